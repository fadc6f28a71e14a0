#!/usr/bin/env node
// `npm run validate`: checks manifest.xml offline and, after a build, dist/manifest.xml against the files in dist/.
const fs = require("fs");
const path = require("path");
const { checkManifest, manifestBaseUrl } = require("./manifest-checks");

async function main() {
  const root = path.resolve(__dirname, "..");
  const targets = [{ file: path.join(root, "manifest.xml") }];
  const built = path.join(root, "dist", "manifest.xml");
  if (fs.existsSync(built)) targets.push({ file: built, distDir: path.join(root, "dist") });
  else console.log("提示：尚未构建，只检查 manifest.xml（npm run build 后还会检查 dist/）。 (Not built yet: only manifest.xml is checked.)");
  let failed = false;
  for (const target of targets) {
    const xml = fs.readFileSync(target.file, "utf8");
    const problems = await checkManifest(xml, { distDir: target.distDir, baseUrl: target.distDir ? manifestBaseUrl(xml) : undefined });
    const name = path.relative(root, target.file);
    if (problems.length === 0) console.log(`✓ ${name}：通过 (passed)`);
    for (const p of problems) console.log(`✗ ${name}：${p.zh}\n  ${p.en}`);
    failed = failed || problems.length > 0;
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(`清单检查无法完成：${e.message} (The manifest check could not run.)`);
  process.exit(2);
});
