/**
 * The layers of src/: the core (src/core) depends on nothing but itself and the language, so the same rules
 * run in Excel, in the CLI and in a test; every check stands alone beside shared helpers in checks/support/;
 * no module reaches itself through its imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, resolve } from "path";
import ts from "typescript";

const root = resolve(__dirname, "..");
const src = join(root, "src");
const core = join(src, "core");

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** The file a relative import names, or null for a package (or a Node built-in). */
function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith(".")) return null;
  const base = resolve(dirname(from), specifier);
  const candidate = [`${base}.ts`, join(base, "index.ts"), base].find((p) => existsSync(p) && statSync(p).isFile());
  if (!candidate) throw new Error(`${relative(root, from)} imports ${specifier}, which does not exist`);
  return candidate;
}

interface Import {
  specifier: string;
  /** The imported file, or null for a package. */
  target: string | null;
}

const files = tsFiles(src);
const importsOf = new Map<string, Import[]>(
  files.map((file) => {
    const { importedFiles, referencedFiles, typeReferenceDirectives } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
    const specifiers = [...importedFiles, ...referencedFiles, ...typeReferenceDirectives].map((f) => f.fileName);
    return [file, specifiers.map((specifier) => ({ specifier, target: resolveImport(file, specifier) }))];
  }),
);
const coreFiles = files.filter((f) => f.startsWith(core + "/"));
const show = (file: string) => relative(root, file);

describe("src/core", () => {
  it("imports nothing but other core modules: no package, no Node built-in, no other layer", () => {
    const outside = coreFiles.flatMap((file) =>
      importsOf
        .get(file)!
        .filter(({ target }) => target === null || !target.startsWith(core + "/"))
        .map(({ specifier }) => `${show(file)} → ${specifier}`),
    );
    expect(outside).toEqual([]);
  });

  it("compiles with the language alone: no DOM, Node or Office types", () => {
    const program = ts.createProgram(coreFiles, {
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10,
      lib: ["lib.es2020.d.ts"],
      types: [],
      strict: true,
      noEmit: true,
      resolveJsonModule: true,
      esModuleInterop: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map((d) => `${d.file ? show(d.file.fileName) : ""} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
    expect(problems).toEqual([]);
  });
});

describe("checks", () => {
  const checksDir = join(core, "checks");
  // A check module is one that defines a Check; the runner, the summary, the types and support/ are not.
  const checkModules = new Set(
    readdirSync(checksDir)
      .map((name) => join(checksDir, name))
      .filter((path) => path.endsWith(".ts") && /export const \w+: Check(<"[\w-]+">)? = /.test(readFileSync(path, "utf8"))),
  );

  it("finds the check modules", () => {
    expect(checkModules.size).toBeGreaterThanOrEqual(10);
  });

  it("never import one another: what they share lives in checks/support/", () => {
    const crossing = [...checkModules].flatMap((file) =>
      importsOf
        .get(file)!
        .filter(({ target }) => target !== null && checkModules.has(target))
        .map(({ specifier }) => `${show(file)} → ${specifier}`),
    );
    expect(crossing).toEqual([]);
  });
});

/** Strongly connected components of the import graph with more than one module, or a module importing itself. */
function importCycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, index.size);
    low.set(file, index.get(file)!);
    stack.push(file);
    onStack.add(file);
    for (const { target } of importsOf.get(file) ?? []) {
      if (target === null || !importsOf.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(file, Math.min(low.get(file)!, index.get(target)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(show(member));
    } while (member !== file);
    const selfImport = importsOf.get(file)!.some(({ target }) => target === file);
    if (component.length > 1 || selfImport) cycles.push(component.sort());
  };
  for (const file of files) if (!index.has(file)) visit(file);
  return cycles;
}

describe("src/", () => {
  it("has no import cycle", () => {
    expect(importCycles()).toEqual([]);
  });
});
