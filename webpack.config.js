// Builds the task pane page, the custom-functions bundle and its metadata, a local copy of office.js,
// and the manifest pointed at ADDIN_BASE_URL. Needs no network: everything comes from node_modules.
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const TerserPlugin = require("terser-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const webpack = require("webpack");
const { officeJsSource, addinBaseUrl, DEV_BASE_URL, localizeFunctionsMetadata } = require("./scripts/build-options");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** Emits functions.en-us.json beside functions.json: the same metadata with the English descriptions. */
class EnglishFunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EnglishFunctionsMetadata", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "EnglishFunctionsMetadata", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL + 1 }, (assets) => {
        if (!assets["functions.json"]) return;
        const english = JSON.parse(fs.readFileSync(path.resolve(__dirname, "src/functions/functions.en-us.json"), "utf8"));
        const metadata = JSON.parse(assets["functions.json"].source().toString());
        const localized = localizeFunctionsMetadata(metadata, english);
        compilation.emitAsset("functions.en-us.json", new webpack.sources.RawSource(JSON.stringify(localized, null, 2)));
      });
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode !== "production";
  const officeJs = officeJsSource(process.env.OFFICE_JS);
  const baseUrl = dev ? DEV_BASE_URL : addinBaseUrl(process.env.ADDIN_BASE_URL);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      // The page loads the functions first: the task pane and its lazy parts use the core they bring.
      taskpane: { import: "./src/taskpane/taskpane.ts", dependOn: "functions" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.web.json", transpileOnly: true } } }],
    },
    plugins: [
      // Generates functions.json from the JSDoc and appends CustomFunctions.associate(...) to the bundle.
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
      new EnglishFunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "functions", "taskpane"],
        templateParameters: { officeJsUrl: officeJs.url, officeJsOrigin: officeJs.origin },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/taskpane/help.html", to: "help.html" },
          // ES5 for engines too old for the bundles: shipped as written (the minifier would make it ES2020).
          { from: "src/taskpane/legacy.js", to: "legacy.js", info: { minimized: true } },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => content.toString().split(DEV_BASE_URL).join(baseUrl),
          },
          ...(officeJs.local
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  globOptions: { ignore: ["**/*.debug.js", "**/*-vsdoc.js", "**/*.d.ts"] },
                  // office.js is shipped minified; re-minifying its 250+ files would take minutes.
                  info: { minimized: true },
                },
              ]
            : []),
        ],
      }),
    ],
    optimization: {
      // The page loads both entries with one runtime; the task pane depends on the functions entry, so the
      // core is downloaded, parsed and instantiated once (its caches too), not once per entry.
      runtimeChunk: { name: "runtime" },
      splitChunks: {
        chunks: "all",
        minSize: 0,
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // What only lazily loaded parts share (the table reader and checks of 校验, 汇总 and 批量审核)
          // loads once, with the first of them.
          lazyShared: { name: "checking", minChunks: 2, chunks: "async", enforce: true },
        },
      },
      minimizer: [
        new TerserPlugin({
          extractComments: false,
          terserOptions: {
            ecma: 2020,
            module: true,
            toplevel: true,
            compress: { passes: 3, pure_getters: true, unsafe_arrows: true, unsafe_methods: true },
            format: { comments: false },
          },
        }),
      ],
    },
    performance: { hints: false },
    devServer: {
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Certificates are made only when serving, so a production build never touches them.
      server: env.WEBPACK_SERVE ? { type: "https", options: require("./scripts/dev-certs").httpsOptionsSync() } : undefined,
      port: Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000),
      host: "localhost",
      hot: false,
      liveReload: false,
      client: false,
    },
  };
};
