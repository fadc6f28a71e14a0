// Registers the manifest with desktop Excel the way Office's developer tools do: a registry value
// under WEF\Developer on Windows, a copy in Excel's wef folder on macOS. Nothing here needs the network.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");

const ADDIN_ID = readAddinId(path.resolve(__dirname, "..", "manifest.xml"));
const WINDOWS_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_WEF = path.join(os.homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");

function readAddinId(manifestPath) {
  const m = /<Id>\s*([0-9a-fA-F-]{36})\s*<\/Id>/.exec(fs.readFileSync(manifestPath, "utf8"));
  if (!m) throw new Error("manifest.xml has no <Id>");
  return m[1];
}

/** The commands that register (or remove) the manifest on a platform; kept pure so it can be tested. */
function sideloadCommands(platform, manifestPath, action) {
  if (platform === "win32") {
    return action === "add"
      ? [
          ["reg", ["add", WINDOWS_KEY, "/v", ADDIN_ID, "/t", "REG_SZ", "/d", manifestPath, "/f"]],
          ["cmd", ["/c", "start", "", "excel"]],
        ]
      : [["reg", ["delete", WINDOWS_KEY, "/v", ADDIN_ID, "/f"]]];
  }
  if (platform === "darwin") {
    const target = path.join(MAC_WEF, `${ADDIN_ID}.manifest.xml`);
    return action === "add"
      ? [
          ["mkdir", ["-p", MAC_WEF]],
          ["cp", [manifestPath, target]],
          ["open", ["-a", "Microsoft Excel"]],
        ]
      : [["rm", ["-f", target]]];
  }
  return [];
}

function run(platform, manifestPath, action) {
  for (const [cmd, args] of sideloadCommands(platform, manifestPath, action)) {
    execFileSync(cmd, args, { stdio: "inherit" });
  }
}

module.exports = { ADDIN_ID, sideloadCommands, run };
