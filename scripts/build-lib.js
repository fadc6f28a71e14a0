#!/usr/bin/env node
// Compiles the core and the CLI into lib/ (the Node API and `jixiao`), and makes the command executable:
// tsc writes files without the execute bit, which `npx jixiao` needs on Linux and macOS.
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..");
execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", path.join(root, "tsconfig.lib.json")], { stdio: "inherit" });
fs.chmodSync(path.join(root, "lib", "cli", "jixiao.js"), 0o755);
