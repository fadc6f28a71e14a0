#!/usr/bin/env node
// `npm stop`: removes the sideloaded manifest from desktop Excel (the dev server stops with Ctrl+C).
const path = require("path");
const sideload = require("./sideload");

sideload.run(process.platform, path.resolve(__dirname, "..", "manifest.xml"), "remove");
console.log("已移除旁加载的清单。停止开发服务器请在其窗口中按 Ctrl+C。\nThe sideloaded manifest is removed. Press Ctrl+C in the server's window to stop it.");
