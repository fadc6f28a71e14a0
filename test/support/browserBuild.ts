/**
 * Builds for the browser tests and the browser benchmarks, with webpack's Node API: the add-in as
 * webpack.config.js builds it (into a directory of the caller's), and page-side scripts such as the
 * office.js stand-in, each as one browser script. Nothing here is shipped.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import webpack, { Configuration, Stats } from "webpack";

const root = resolve(__dirname, "../..");

function compile(config: Configuration | Configuration[]): Promise<void> {
  return new Promise((done, reject) => {
    webpack(config as Configuration, (err?: Error | null, stats?: Stats) => {
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

/** The add-in's dist/ (task pane, functions, office.js copy) built into outDir. */
export async function buildAddin(outDir: string, mode: "development" | "production"): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(join(root, "webpack.config.js")) as (env: object, argv: { mode: string }) => Configuration;
  const config = makeConfig({}, { mode });
  await compile({ ...config, mode, context: root, output: { ...config.output, path: outDir } });
}

/** The office.js stand-in (test/support/officeStandIn.ts) as one classic script, its text. */
export const bundleStandIn = (): Promise<string> => bundleScript("./test/support/officeStandIn.ts");

/** A page-side entry (a test's or a benchmark's, not shipped) bundled as one classic script, its text. */
export async function bundleScript(entry: string): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), "jx-stand-in-"));
  try {
    await compile({
      mode: "development",
      devtool: false,
      context: root,
      entry,
      output: { path: outDir, filename: "page.js" },
      // package.json marks test modules free of side effects: an entry's bare `import "./officeStandIn"` must still run.
      optimization: { sideEffects: false },
      resolve: { extensions: [".ts", ".js"] },
      module: {
        rules: [
          {
            test: /\.ts$/,
            use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "ES2020", target: "ES2017", sourceMap: false } } },
          },
        ],
      },
    });
    return readFileSync(join(outDir, "page.js"), "utf8");
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}
