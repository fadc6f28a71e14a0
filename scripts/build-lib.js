#!/usr/bin/env node
// Compiles the core and the CLI into lib/ (the Node API and `jixiao`), and makes the command executable:
// tsc writes files without the execute bit, which `npx jixiao` needs on Linux and macOS.
//
// Then the checking thread of `jixiao check` is bundled into one file, lib/cli/checkWorker.js: a worker
// thread starts with an empty module cache, and resolving and compiling the ~90 modules of the reader and
// the checks one by one cost each worker about 50 ms of CPU before its first file; one file costs ~15 ms.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const root = path.resolve(__dirname, "..");
const lib = path.join(root, "lib");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.lib.json")], { stdio: "inherit" });
fs.chmodSync(path.join(lib, "cli", "jixiao.js"), 0o755);

const worker = {
  mode: "production",
  target: "node",
  devtool: false,
  entry: path.join(lib, "cli", "checkWorker.js"),
  output: { path: path.join(lib, "cli"), filename: "checkWorker.js" },
  // Readable, for a stack trace in a bug report; unminified it loads as fast.
  optimization: { minimize: false },
  // The worker inflates with Node's zlib (checkFile.js sets it); fflate is the reader's inflater in the browser.
  resolve: { alias: { fflate: false } },
  performance: { hints: false },
};

webpack(worker, (err, stats) => {
  if (err || stats.hasErrors()) {
    console.error(err ?? stats.toString("errors-only"));
    process.exitCode = 1;
  }
});
