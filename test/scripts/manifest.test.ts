import { readFileSync } from "fs";
import { join } from "path";

// The checks are plain CommonJS so `npm run validate` runs them without a build.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../scripts/manifest-checks");

const manifest = readFileSync(join(__dirname, "../../manifest.xml"), "utf8");
type Problem = { zh: string; en: string };
const check = (xml: string): Promise<Problem[]> => checkManifest(xml);

describe("manifest checks", () => {
  it("pass on the project's manifest", async () => {
    expect(await check(manifest)).toEqual([]);
  });

  it("fail when the functions page and the runtime use different resids", async () => {
    const broken = manifest
      .replace(/(<Page>\s*<SourceLocation resid=")Taskpane\.Url"/, '$1Functions.Page.Url"')
      .replace("<bt:Urls>", '<bt:Urls>\n<bt:Url id="Functions.Page.Url" DefaultValue="https://localhost:3000/functions.html"/>');
    const problems = await check(broken);
    expect(problems.map((p) => p.en)).toEqual([expect.stringContaining("must share one resid")]);
    expect(problems[0].zh).toContain("同一个 resid");
  });

  it("fail on an http:// URL", async () => {
    const problems = await check(manifest.replace("https://localhost:3000/functions.js", "http://localhost:3000/functions.js"));
    expect(problems.map((p) => p.en)).toEqual(["bt:Url must use an https URL: http://localhost:3000/functions.js"]);
  });

  it("fail on an undefined or overlong resid", async () => {
    const undefinedResid = await check(manifest.replace('<Label resid="Group.Label"/>', '<Label resid="Group.Missing"/>'));
    expect(undefinedResid.map((p) => p.en)).toContain('resid "Group.Missing" used by Label is not defined');
    const long = "X".repeat(33);
    const overlong = await check(manifest.split("Group.Label").join(long));
    expect(overlong.map((p) => p.en)).toContain(`resid "${long}" is longer than 32 characters`);
  });

  it("fail when Runtimes is not the first element of the Workbook host", async () => {
    const moved = manifest
      .replace(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, "")
      .replace("</AllFormFactors>", '</AllFormFactors><Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>');
    expect((await check(moved)).map((p) => p.en)).toContain("Runtimes must come first inside the Workbook host");
  });

  it("fail without the SharedRuntime requirement, a namespace, or with broader permissions", async () => {
    const problems = (
      await check(
        manifest
          .replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', "")
          .replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadDocument</Permissions>")
          .replace('<Namespace resid="Functions.Namespace"/>', ""),
      )
    ).map((p) => p.en);
    expect(problems).toEqual([
      "Permissions must be ReadWriteDocument (nothing broader)",
      "The SharedRuntime 1.1 requirement is missing",
      "The custom functions have no namespace",
    ]);
  });

  it("fail when a user-visible string has no English override", async () => {
    const problems = await check(manifest.replace('<bt:Override Locale="en-US" Value="Self-evaluation"/>', ""));
    expect(problems.map((p) => p.en)).toEqual(['String "Group.Label" has no en-US override']);
  });

  it("fail on XML that does not parse", async () => {
    expect((await check("<OfficeApp"))[0].zh).toContain("不是有效的 XML");
  });
});
