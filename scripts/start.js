#!/usr/bin/env node
// `npm start`: builds and serves the add-in on https://localhost:3000. On Windows and macOS it also
// sideloads the manifest into desktop Excel; elsewhere it prints how to sideload into Excel on the web.
const path = require("path");
const { spawn } = require("child_process");
const { ensureCertificates } = require("./dev-certs");
const sideload = require("./sideload");

const desktop = process.platform === "win32" || process.platform === "darwin";
const port = Number(process.env.PORT || process.env.npm_package_config_dev_server_port || 3000);
const root = path.resolve(__dirname, "..");

function instructions() {
  const url = `https://localhost:${port}`;
  return [
    "",
    `绩效自评助手开发服务器已启动：${url}/taskpane.html`,
    "在网页版 Excel 中加载：打开一个工作簿 → 开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项，",
    `选择 ${path.join(root, "manifest.xml")}。`,
    "首次使用请让浏览器信任本机证书（先在浏览器中打开上面的网址）。按 Ctrl+C 停止。",
    "",
    `The 绩效自评助手 dev server is running at ${url}/taskpane.html`,
    "To sideload into Excel on the web: open a workbook → Home → Add-ins → More Add-ins → My Add-ins →",
    `Upload My Add-in, and choose ${path.join(root, "manifest.xml")}.`,
    "Open the URL above in the browser once to trust the local certificate. Press Ctrl+C to stop.",
    "",
  ].join("\n");
}

async function main() {
  await ensureCertificates({ trust: desktop });
  const webpackCli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, PORT: String(port) },
  });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with \d+ warning)/.test(chunk.toString())) {
      announced = true;
      if (desktop) sideload.run(process.platform, path.join(root, "manifest.xml"), "add");
      else process.stdout.write(`${instructions()}\n`);
    }
  });
  const stop = () => server.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((err) => {
  console.error(`启动失败：${err.message}\nCould not start: ${err.message}`);
  process.exit(1);
});
