/**
 * The task pane in Debian's Chromium: the built page served from a local server, office.js answered
 * by the in-page stand-in (an in-memory workbook), every flow driven the way a user would.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { checkTable, summariseTable } from "../../src/core/checks";
import { buildSheetPlan, planCell, SheetPlan } from "../../src/core/plan";
import { getRulebook, rulebooks } from "../../src/core/rulebooks";
import { readTables } from "../../src/core/table";
import { cellAddress } from "../../src/core/address";
import { SEED_COLUMNS, SEED_RECORDS, seedGrid } from "../fixtures/seed";
import { layOut, withCell } from "../fixtures/tables";
import { buildAddin, bundleStandIn } from "../support/browserBuild";
import type { StandInConditionalFormat, StandInConfig, StandInProbe, StandInSheet } from "../support/officeStandIn";
import { AXE_PATH, launchChromium, paneContext, paneSession, PaneSession, serveDirectory, StaticServer } from "./paneHarness";
import { committed, renderScene, SCENES } from "./readmePictures";
import { gridSheet, planSheet } from "./workbooks";

const root = resolve(__dirname, "../..");
const artifacts = join(root, "test-artifacts");
const XSS = "<img src=x onerror=alert(1)>";
const SH2018 = getRulebook("sh-2018").title.zh;
const PLANTED = withCell(seedGrid(), "F12", 35);
/** The user's own formats on the seed table, which marking and clearing must leave as they were. */
const USER_FORMATS: StandInSheet["formats"] = {
  "A4:G4": { fill: "#D9E1F2", bold: true },
  "F5:F23": { fill: "#FFF2CC", fontColor: "#1F4E79", borders: { EdgeTop: "Continuous", EdgeBottom: "Continuous", EdgeRight: "Dash" } },
};

let dir: string;
let server: StaticServer;
let browser: Browser;
let context: BrowserContext;
let standIn: string;
const sessions: PaneSession[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "jx-pane-"));
  [standIn] = await Promise.all([bundleStandIn(), buildAddin(dir, "development")]);
  server = await serveDirectory(dir);
  browser = await launchChromium();
  context = await paneContext(browser);
  mkdirSync(artifacts, { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function config(sheets: StandInSheet[], overrides: Partial<StandInConfig> = {}): StandInConfig {
  return { host: "Excel", displayLanguage: "zh-CN", excelApiMinor: 13, sheets, ...overrides };
}

/** A new page of the task pane over a workbook (the last one is closed); every session's requests are checked at the end. */
async function openPane(officeJs: StandInConfig | "404", inContext = context): Promise<PaneSession> {
  await sessions[sessions.length - 1]?.page.close();
  const session = await paneSession(inContext, officeJs === "404" ? "404" : { standIn, config: officeJs });
  sessions.push(session);
  await session.page.goto(`${server.origin}/taskpane.html`);
  await session.page.waitForSelector("main#app:not([aria-busy])");
  return session;
}

const probe = <T>(page: Page, read: (p: StandInProbe) => T): Promise<T> => page.evaluate(`(${read.toString()})(window.jxStandIn)`) as Promise<T>;

/**
 * Does what a user does and returns the status line it ends with: the first text, once no longer
 * working, that differs from the line before, so an earlier outcome is never taken for this one.
 */
async function statusAfter(page: Page, id: string, act: () => Promise<unknown>): Promise<string> {
  const status = page.locator(`#${id}`);
  const before = await status.textContent();
  await act();
  await page.waitForFunction(
    ([statusId, previous]) => {
      const el = document.getElementById(statusId!);
      return el !== null && !el.classList.contains("working") && el.textContent !== "" && el.textContent !== previous;
    },
    [id, before] as const,
  );
  return (await status.textContent()) ?? "";
}

async function runCheck(page: Page): Promise<string | null> {
  await page.getByRole("tab", { name: "校验" }).click();
  return statusAfter(page, "check-status", () => page.getByRole("button", { name: "校验工作表" }).click());
}

function examplePlan(): SheetPlan {
  return buildSheetPlan(getRulebook("sh-2018"), { projectName: "示例项目", department: "", implementer: "", year: "2025" }, { example: true });
}

const seedWorkbook = (grid = PLANTED, formats = USER_FORMATS) =>
  config(
    [
      { name: "封面", values: [["封面"]] },
      { ...gridSheet(grid, "自评表"), formats },
    ],
    { active: "自评表" },
  );

/** The seed workbook with a conditional format of the user's own on the score column, which marks must leave alone. */
const seedWorkbookWithRule = () => {
  const workbook = seedWorkbook();
  workbook.sheets[1].conditionalFormats = [{ type: "Custom", ranges: "F5:F23", formula: "=F5>10", format: { fill: "#00B050", borders: {} } }];
  return workbook;
};

/** The sheet's conditional formats that are the pane's marks. */
const ourMarks = async (page: Page, sheet: string) =>
  ((await page.evaluate(`window.jxStandIn.conditionalFormats(${JSON.stringify(sheet)})`)) as StandInConditionalFormat[]).filter((f) =>
    f.formula?.includes("JX-MARK"),
  );

describe("outside Excel", () => {
  it("asks to open the pane in Excel when office.js cannot be loaded", async () => {
    const { page, pageErrors } = await openPane("404");
    await expect(page.locator(".notice h2").textContent()).resolves.toBe("请在 Excel 中打开");
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it("asks to open the pane in Excel when the host is not Excel", async () => {
    const { page, pageErrors } = await openPane(config([{ name: "Sheet1" }], { host: "Word" }));
    await expect(page.locator(".notice h2").textContent()).resolves.toBe("请在 Excel 中打开");
    expect(pageErrors).toEqual([]);
  });

  it("says Excel is too old when ExcelApi 1.9 is missing", async () => {
    const { page, pageErrors } = await openPane(config([{ name: "Sheet1" }], { excelApiMinor: 8 }));
    await expect(page.locator(".notice h2").textContent()).resolves.toBe("Excel 版本过旧");
    expect(await page.getByRole("tab").count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });
});

describe("old engines", () => {
  const MESSAGE = ["无法在此 Excel 中运行", "This Excel cannot run the add-in"];

  async function openOld(prepare: (page: Page) => Promise<unknown>): Promise<PaneSession> {
    await sessions[sessions.length - 1]?.page.close();
    const session = await paneSession(context, { standIn, config: seedWorkbook() });
    sessions.push(session);
    await prepare(session.page);
    await session.page.goto(`${server.origin}/taskpane.html`);
    await session.page.waitForSelector("main#app:not([aria-busy])");
    return session;
  }

  it("says plainly that this Excel cannot run the pane when the bundles cannot be parsed (ES5 engines)", async () => {
    // What an ES5 engine makes of the ES2020 bundles: a syntax error, and none of their code runs.
    const { page, pageErrors } = await openOld((p) =>
      p.route(/\/(shared|taskpane)\.js$/, (route) => route.fulfill({ contentType: "text/javascript", body: "var score = total ?. 1;" })),
    );
    await expect(page.locator(".notice h2").allTextContents()).resolves.toEqual(MESSAGE);
    await expect(page.locator("main").textContent()).resolves.not.toContain("正在加载");
    expect(pageErrors.some((e) => e.includes("SyntaxError"))).toBe(true);
  });

  it("shows the message, and the pane does not start, when the engine lacks what the bundles use (ES2019/2020 built-ins)", async () => {
    const { page } = await openOld((p) =>
      p.addInitScript(() => {
        const lacking = [Object, Array.prototype, String.prototype] as unknown as Record<string, unknown>[];
        delete lacking[0].fromEntries;
        delete lacking[1].flatMap;
        delete lacking[2].matchAll;
      }),
    );
    await expect(page.locator(".notice h2").allTextContents()).resolves.toEqual(MESSAGE);
    // Had the pane asked Office.onReady, the stand-in would have answered in a task queued before these.
    await page.waitForFunction(() => document.readyState === "complete");
    await page.evaluate(() => new Promise((done) => setTimeout(done, 0)));
    expect(await page.getByRole("tab").count()).toBe(0);
    await expect(page.locator(".notice h2").allTextContents()).resolves.toEqual(MESSAGE);
  });

  it("keeps legacy.js to ES5, as the engines it is for read it", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { parse } = require("acorn") as { parse(code: string, options: object): unknown };
    const code = readFileSync(join(dir, "legacy.js"), "utf8");
    expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
    expect(() => parse("var f = (a) => a;", { ecmaVersion: 5 })).toThrow();
  });
});

describe("the shared runtime", () => {
  it("loads the shared core once for both entries and registers every JX function once, working", async () => {
    const { page, pageErrors, requests } = await openPane(config([{ name: "Sheet1" }]));
    const scripts = await page.locator("script[src]").evaluateAll((els) => els.map((e) => e.getAttribute("src")));
    expect(scripts).toEqual(["legacy.js", "office-js/office.js", "runtime.js", "functions.js", "taskpane.js"]);
    const ids = (JSON.parse(readFileSync(join(dir, "functions.json"), "utf8")).functions as { id: string }[]).map((f) => f.id);
    expect(ids.length).toBeGreaterThan(5);
    expect(await probe(page, (p) => p.associated)).toEqual(ids);
    expect(await probe(page, (p) => p.callFunction("GRADE", [[97], [59]]))).toEqual([["优"], ["差"]]);
    // 批量审核's code comes with its tab, not with the pane: its chunk (and the checks it shares with 校验) load
    // once the tab is opened.
    const loaded = () => requests.filter((url) => url.endsWith(".js")).length;
    const before = loaded();
    await page.getByRole("tab", { name: "批量审核" }).click();
    await page.locator("#panel-review:not([aria-busy]) .review-drop").waitFor();
    expect(loaded()).toBeGreaterThan(before);
    expect(loaded()).toBeLessThanOrEqual(before + 2);
    expect(pageErrors).toEqual([]);
  });
});

describe("插入", () => {
  let page: Page;
  const fields = { projectName: "社区养老服务", department: "民政局", implementer: "街道办", year: "2025" };

  beforeAll(async () => {
    ({ page } = await openPane(config([{ name: "Sheet1", values: [["原有内容"]] }])));
  });

  async function fillForm(): Promise<void> {
    await page.getByRole("radio", { name: SH2018 }).check();
    await page.getByLabel("项目名称").fill(fields.projectName);
    await page.getByLabel("主管部门").fill(fields.department);
    await page.getByLabel("实施单位").fill(fields.implementer);
    await page.getByLabel("年度").fill(fields.year);
  }

  it("inserts the table into a new sheet once, even on a double click, in at most two syncs", async () => {
    await fillForm();
    // Excel takes its time: every sync waits until the test lets it go.
    await probe(page, (p) => p.holdSyncs());
    const outcome = statusAfter(page, "insert-status", async () => {
      await page.getByRole("button", { name: "插入评分表" }).dblclick();
      // While Excel works the buttons are disabled and the pane shows progress.
      await expect(page.getByRole("button", { name: "插入评分表" }).isDisabled()).resolves.toBe(true);
      await expect(page.locator("#insert-status.working").textContent()).resolves.toBe("正在插入评分表…");
      await probe(page, (p) => p.releaseSyncs());
    });
    await expect(outcome).resolves.toBe("已插入工作表“绩效自评表”。");
    await expect(page.getByRole("button", { name: "插入评分表" }).isEnabled()).resolves.toBe(true);
    // The outcome is read out through the live region too.
    await expect(page.waitForFunction(() => document.getElementById("announcer")?.textContent === "已插入工作表“绩效自评表”。")).resolves.toBeTruthy();

    expect(await probe(page, (p) => p.sheetNames())).toEqual(["Sheet1", "绩效自评表"]);
    const runs = await probe(page, (p) => p.runs);
    expect(runs).toHaveLength(1);
    expect(runs[0].failed).toBe(false);
    expect(runs[0].syncs).toBeLessThanOrEqual(2);

    const plan = buildSheetPlan(getRulebook("sh-2018"), fields, { example: false });
    const written = await probe(page, (p) => p.snapshot("绩效自评表"));
    const cells = new Map<string, { value: unknown; formula: string | null }>(JSON.parse(written).cells);
    let compared = 0;
    for (let r = plan.extent.top; r <= plan.extent.bottom; r++) {
      for (let c = plan.extent.left; c <= plan.extent.right; c++) {
        const want = planCell(plan, r, c);
        if (!want || want.value === null) continue;
        const got = cells.get(`${r},${c}`);
        expect([cellAddress(r, c), want.formula ? got?.formula : got?.value]).toEqual([cellAddress(r, c), want.formula ?? want.value]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(JSON.stringify([...cells.values()])).toContain(fields.projectName);
    expect(await probe(page, (p) => p.cell("Sheet1", "A1")?.value)).toBe("原有内容");
  });

  it("inserts again into 绩效自评表 (2) and leaves the first table as it was", async () => {
    const first = await probe(page, (p) => p.snapshot("绩效自评表"));
    const outcome = statusAfter(page, "insert-status", () => page.getByRole("button", { name: "插入评分表" }).click());
    await expect(outcome).resolves.toBe("已插入工作表“绩效自评表 (2)”。");
    expect(await probe(page, (p) => p.sheetNames())).toEqual(["Sheet1", "绩效自评表", "绩效自评表 (2)"]);
    expect(await probe(page, (p) => p.snapshot("绩效自评表"))).toBe(first);
    expect(await probe(page, (p) => p.activeSheet())).toBe("绩效自评表 (2)");
  });

  it("refuses a year that is not four digits, next to the field", async () => {
    await page.getByLabel("年度").fill("25年");
    await page.getByRole("button", { name: "插入评分表" }).click();
    await expect(page.locator("#year-error").textContent()).resolves.toMatch(/^年度应为四位数字/);
    await expect(page.getByLabel("年度").getAttribute("aria-invalid")).resolves.toBe("true");
    expect(await probe(page, (p) => p.sheetNames())).toHaveLength(3);
  });
});

describe("插入 at the selection", () => {
  it("refuses to overwrite cells that are not empty, and inserts into an empty area", async () => {
    const notes = { name: "说明", values: [["填表说明"]] };
    const { page } = await openPane(config([notes], { selection: "A1" }));
    await page.getByRole("radio", { name: SH2018 }).check();
    await page.getByLabel("所选单元格处（仅限空白区域）").check();
    const before = await probe(page, (p) => p.snapshot("说明"));
    const refused = statusAfter(page, "insert-status", () => page.getByRole("button", { name: "插入评分表" }).click());
    await expect(refused).resolves.toMatch(/^所选位置需要的区域 A1:\w+ 中已有内容/);
    await expect(page.locator("#insert-status").getAttribute("class")).resolves.toBe("status error");
    expect(await probe(page, (p) => p.snapshot("说明"))).toBe(before);

    const { page: empty } = await openPane(config([notes], { selection: "C5" }));
    await empty.getByRole("radio", { name: SH2018 }).check();
    await empty.getByLabel("所选单元格处（仅限空白区域）").check();
    const inserted = statusAfter(empty, "insert-status", () => empty.getByRole("button", { name: "插入评分表" }).click());
    await expect(inserted).resolves.toMatch(/^已在 C5:\w+ 插入评分表。$/);
    expect(await probe(empty, (p) => p.cell("说明", "A1")?.value)).toBe("填表说明");
    expect(await probe(empty, (p) => p.sheetNames())).toEqual(["说明"]);
  });
});

describe("校验", () => {
  it("lists the planted error with its cell, selects the cell, marks it and clears the mark back to the user's format", async () => {
    const { page, pageErrors } = await openPane(seedWorkbook());
    await expect(runCheck(page)).resolves.toBe("共 1 张表：错误 1 个，警告 0 个。");
    await expect(page.locator(".finding-group h3").allTextContents()).resolves.toEqual(["错误（1）"]);
    const finding = page.locator(".findings.error .finding");
    await expect(finding.locator(".cell").textContent()).resolves.toBe("F12");
    const expected = checkTable(readTables(PLANTED)[0]);
    await expect(finding.locator(".message").textContent()).resolves.toBe(expected[0].message.zh);

    await finding.click();
    await page.waitForFunction(() => (window as unknown as { jxStandIn: StandInProbe }).jxStandIn.selection() !== null);
    expect(await probe(page, (p) => p.selection())).toEqual({ sheet: "自评表", address: "F12" });

    const before = JSON.parse(await probe(page, (p) => p.snapshot("自评表")));
    const marking = statusAfter(page, "mark-status", () => page.getByRole("button", { name: "标记问题" }).click());
    await expect(marking).resolves.toBe("已标记 1 个单元格。");
    // The check's counts stay in view beside the marking's outcome.
    await expect(page.locator("#check-status").textContent()).resolves.toBe("共 1 张表：错误 1 个，警告 0 个。");
    expect(await ourMarks(page, "自评表")).toEqual([
      {
        type: "Custom",
        ranges: ["F12"],
        formula: '=ISTEXT("JX-MARK:error")',
        format: {
          fill: "#FFC7CE",
          fontColor: "#9C0006",
          borders: { EdgeTop: "Continuous", EdgeBottom: "Continuous", EdgeLeft: "Continuous", EdgeRight: "Continuous" },
        },
      },
    ]);
    // The mark is a conditional format of its own: no cell's own format changes.
    expect(JSON.parse(await probe(page, (p) => p.snapshot("自评表"))).cells).toEqual(before.cells);
    await page.screenshot({ path: join(artifacts, "taskpane-zh-check-marked.png"), fullPage: true });

    const clearing = statusAfter(page, "mark-status", () => page.getByRole("button", { name: "清除标记" }).click());
    await expect(clearing).resolves.toBe("已清除标记，单元格恢复原有格式。");
    expect(JSON.parse(await probe(page, (p) => p.snapshot("自评表")))).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  it("says 未发现问题 for a clean table", async () => {
    const { page } = await openPane(seedWorkbook(seedGrid()));
    await expect(runCheck(page)).resolves.toBe("共 1 张表：错误 0 个，警告 0 个。");
    await expect(page.locator(".report .ok").textContent()).resolves.toBe("未发现问题。");
    expect(await page.locator(".finding").count()).toBe(0);
    // The seed's table has no grade cell: the pane says what its total earns, and that the table does not say it.
    await expect(page.locator(".report .totals").textContent()).resolves.toBe("总分 97，等级 优秀（按总分计算，表中未填写）");
  });

  it("says there is no table on a sheet without one", async () => {
    const { page } = await openPane(config([{ name: "封面", values: [["2025 年度项目支出绩效自评报告"], ["单位：民政局"]] }]));
    await expect(runCheck(page)).resolves.toMatch(/^当前工作表中未找到指标评分表/);
    await expect(page.getByRole("button", { name: "标记问题" }).isHidden()).resolves.toBe(true);
  });
});

describe("marks that cannot go wrong", () => {
  async function checkAndMark(page: Page): Promise<void> {
    await runCheck(page);
    await expect(statusAfter(page, "mark-status", () => page.getByRole("button", { name: "标记问题" }).click())).resolves.toMatch(/^已标记 \d+ 个单元格。$/);
  }
  const clear = async (page: Page) => {
    await page.getByRole("tab", { name: "校验" }).click();
    return statusAfter(page, "mark-status", () => page.getByRole("button", { name: "清除标记" }).click());
  };
  const snapshot = async (page: Page, sheet: string) => JSON.parse((await page.evaluate(`window.jxStandIn.snapshot(${JSON.stringify(sheet)})`)) as string);

  it("clears after the pane is reloaded over the saved and reopened workbook, back to exactly the formats before", async () => {
    const { page } = await openPane(seedWorkbookWithRule());
    const before = await snapshot(page, "自评表");
    await checkAndMark(page);
    expect(await ourMarks(page, "自评表")).toHaveLength(1);
    const saved = await probe(page, (p) => p.save());

    // A new pane, nothing in its memory, over the workbook as the file kept it.
    const { page: reloaded, pageErrors } = await openPane(config([], { saved, active: "自评表" }));
    expect(await ourMarks(reloaded, "自评表")).toHaveLength(1);
    await expect(clear(reloaded)).resolves.toBe("已清除标记，单元格恢复原有格式。");
    expect(await snapshot(reloaded, "自评表")).toEqual(before);
    expect(pageErrors).toEqual([]);
  });

  it("clears only its marks after the sheet is renamed, another takes its old name and rows and columns are inserted", async () => {
    const { page } = await openPane(seedWorkbookWithRule());
    const cover = await snapshot(page, "封面");
    await checkAndMark(page);
    await probe(page, (p) => {
      p.renameSheet("自评表", "自评表（旧）");
      p.renameSheet("封面", "自评表");
      p.insert("自评表（旧）", "rows", 6, 2);
      p.insert("自评表（旧）", "columns", 1, 1);
    });
    // Excel moves a conditional format with its cells: F12 is now G14.
    expect((await ourMarks(page, "自评表（旧）"))[0].ranges).toEqual(["G14"]);
    const moved = await snapshot(page, "自评表（旧）");
    await clear(page);
    const after = await snapshot(page, "自评表（旧）");
    expect(after).toEqual({
      ...moved,
      conditionalFormats: moved.conditionalFormats.filter((f: StandInConditionalFormat) => f.formula !== '=ISTEXT("JX-MARK:error")'),
    });
    // The user's own rule is still there, moved with its cells.
    expect(after.conditionalFormats).toEqual([
      expect.objectContaining({ format: { fill: "#00B050", borders: {} }, ranges: [{ top: 4, left: 6, bottom: 24, right: 6 }] }),
    ]);
    expect(await snapshot(page, "自评表")).toEqual({ ...cover, name: "自评表" });
  });

  it("replaces its marks when marking a second time before clearing, and one clear removes them", async () => {
    const { page } = await openPane(seedWorkbookWithRule());
    const before = await snapshot(page, "自评表");
    await checkAndMark(page);
    // The user puts the planted score back and types a wrong one elsewhere, then checks and marks again.
    const seed = seedGrid();
    const original = seed.values[11 - seed.origin.row][5 - seed.origin.col] as number;
    await page.evaluate(`window.jxStandIn.type("自评表", "F12", ${original}); window.jxStandIn.type("自评表", "F8", 99)`);
    await checkAndMark(page);
    const marks = await ourMarks(page, "自评表");
    expect(marks).toHaveLength(1);
    expect(marks[0].ranges).toContain("F8");
    expect(marks[0].ranges).not.toContain("F12");

    await clear(page);
    const after = await snapshot(page, "自评表");
    expect(after.conditionalFormats).toEqual(before.conditionalFormats);
    const formats = (s: { cells: [string, { format: unknown }][] }) => s.cells.map(([key, cell]) => [key, cell.format]);
    expect(formats(after)).toEqual(formats(before));
  });
});

describe("at 320 px, what a user sees", () => {
  let narrow: BrowserContext;
  beforeAll(async () => {
    narrow = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: "zh-CN" });
  });
  afterAll(() => narrow.close());

  it("shows every table family's whole title, and no internal id", async () => {
    const { page } = await openPane(config([{ name: "Sheet1" }]), narrow);
    const labels = page.locator('input[name="family"] + label');
    await expect(labels.allTextContents()).resolves.toEqual(rulebooks.map((b) => b.title.zh));
    const clipped = await labels.evaluateAll((els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth || e.getBoundingClientRect().right > window.innerWidth).map((e) => e.textContent),
    );
    expect(clipped).toEqual([]);
    await expect(page.locator("#panel-insert").textContent()).resolves.not.toMatch(/sh-20|mof-20/);
    // The chosen family is what gets inserted: the last one, with its own description.
    await page.getByRole("radio", { name: rulebooks[2].title.zh }).check();
    await expect(page.locator("#family-hint").textContent()).resolves.toBe(rulebooks[2].description.zh);
  });

  it.each([
    ["zh-CN", "校验"],
    ["en-US", "Check"],
  ])("keeps the three check buttons on one row (%s)", async (displayLanguage, tab) => {
    const { page } = await openPane({ ...seedWorkbook(), displayLanguage }, narrow);
    await page.getByRole("tab", { name: tab }).click();
    await page.locator('[data-action="check"]').click();
    await page.locator('[data-action="mark"]:not([hidden])').waitFor();
    const boxes = await page.locator("#panel-check .actions button").evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(3);
    expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(320);
  });

  it.each([
    ["zh-CN", ["插入", "校验", "汇总", "批量审核"]],
    ["en-US", ["Insert", "Check", "Summary", "Review"]],
  ])("keeps the four tabs on one row, each label on one line, and nothing in any tab wider than the pane (%s)", async (displayLanguage, labels) => {
    const { page } = await openPane({ ...seedWorkbook(), displayLanguage }, narrow);
    const tabs = page.getByRole("tab");
    await expect(tabs.allTextContents()).resolves.toEqual(labels);
    for (const label of labels) {
      await page.getByRole("tab", { name: label }).click();
      // A tab whose code loads when it is first opened is measured once its panel is there.
      await page.locator('[role="tabpanel"]:not([hidden]):not([aria-busy]) > *').first().waitFor();
      // Measured with the selected (bold) label, which is the widest each tab gets.
      const layout = await tabs.evaluateAll((els) =>
        els.map((e) => {
          const text = document.createRange();
          text.selectNodeContents(e);
          const box = e.getBoundingClientRect();
          return { label: e.textContent, lines: text.getClientRects().length, top: box.top, right: box.right, clipped: e.scrollWidth > e.clientWidth };
        }),
      );
      expect(layout.filter((t) => t.lines !== 1 || t.clipped).map((t) => t.label)).toEqual([]);
      expect(new Set(layout.map((t) => t.top)).size).toBe(1);
      expect(Math.max(...layout.map((t) => t.right))).toBeLessThanOrEqual(320);
      const wide = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        elements: Array.from(document.querySelectorAll("main *"))
          .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > window.innerWidth)
          .map((e) => e.tagName + (e.id ? `#${e.id}` : "")),
      }));
      expect(wide).toEqual({ page: 320, elements: [] });
    }
  });

  it("says once that a freshly inserted blank table is not filled in, instead of one 缺少得分 per indicator", async () => {
    const blank = buildSheetPlan(getRulebook("sh-2018"), { projectName: "示例项目", department: "", implementer: "", year: "2025" }, { example: false });
    const { page } = await openPane(config([planSheet(blank, "绩效自评表")]), narrow);
    await expect(runCheck(page)).resolves.toBe("共 1 张表：错误 15 个，警告 0 个。");
    await expect(page.locator(".finding-group h3").allTextContents()).resolves.toEqual(["错误（15）"]);
    const cards = page.locator(".findings .finding");
    await expect(cards.locator(".message").allTextContents()).resolves.toEqual(["表格尚未填写：15 项得分待填"]);
    // The card goes to the first empty score.
    const firstScore = (await cards.locator(".cell").textContent())!;
    expect(firstScore).toMatch(/^[A-Z]+\d+$/);
    expect(await page.evaluate(`window.jxStandIn.cell("绩效自评表", "${firstScore}")?.value ?? ""`)).toBe("");
    await cards.click();
    await page.waitForFunction(() => (window as unknown as { jxStandIn: StandInProbe }).jxStandIn.selection() !== null);
    expect(await probe(page, (p) => p.selection())).toEqual({ sheet: "绩效自评表", address: firstScore });
  });

  it("lists each missing score of a table that has scores", async () => {
    const { page } = await openPane(seedWorkbook(withCell(withCell(seedGrid(), "F8", null), "F9", null)), narrow);
    await runCheck(page);
    await expect(page.locator(".findings.error .finding .cell").allTextContents()).resolves.toEqual(expect.arrayContaining(["F8", "F9"]));
    await expect(page.locator(".findings").textContent()).resolves.not.toContain("表格尚未填写");
  });

  it("does not repeat Office's title as a heading: the page's h1 is for screen readers only", async () => {
    const { page } = await openPane(config([{ name: "Sheet1" }]), narrow);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("绩效自评助手");
    const box = await page.getByRole("heading", { level: 1 }).evaluate((h) => h.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.width * box.height).toBeLessThanOrEqual(1);
    // The first thing a user sees is the tabs.
    const tabsTop = await page.getByRole("tablist").evaluate((e) => e.getBoundingClientRect().top);
    expect(tabsTop).toBeLessThan(20);
  });
});

describe("when Excel fails", () => {
  it("explains a known Excel error in plain words with what to do next, and works on the next try", async () => {
    const { page, pageErrors } = await openPane(seedWorkbook());
    await probe(page, (p) => p.failNextSync("InvalidOperationInCellEditMode", "The operation is not possible in cell edit mode."));
    await expect(runCheck(page)).resolves.toBe("Excel 正忙，可能正在编辑单元格。请按 Enter 或 Esc 结束编辑后重试。");
    await expect(page.locator("#check-status").getAttribute("class")).resolves.toBe("status error");
    await expect(page.getByRole("button", { name: "校验工作表" }).isEnabled()).resolves.toBe(true);
    await expect(runCheck(page)).resolves.toBe("共 1 张表：错误 1 个，警告 0 个。");
    expect(pageErrors).toEqual([]);
  });

  it("names an unknown Excel error without a stack trace", async () => {
    const { page } = await openPane({ ...seedWorkbook(), displayLanguage: "en-US" });
    await probe(page, (p) => p.failNextSync("GeneralException", "An internal error has occurred."));
    await page.getByRole("tab", { name: "Check" }).click();
    const text = await statusAfter(page, "check-status", () => page.getByRole("button", { name: "Check sheet" }).click());
    expect(text).toBe("The operation did not finish: An internal error has occurred. Try again; if it still fails, save the workbook and reopen it.");
  });
});

describe("汇总", () => {
  it("shows the total, the grade and one bar per first-level indicator of the inserted example", async () => {
    const { page, pageErrors } = await openPane(config([planSheet(examplePlan(), "绩效自评表")]));
    await page.getByRole("tab", { name: "汇总" }).click();
    const summarised = statusAfter(page, "summary-status", () => page.getByRole("button", { name: "汇总当前表格" }).click());
    await expect(summarised).resolves.toBe("已汇总 3 个一级指标。");
    await expect(page.locator(".summary .totals").textContent()).resolves.toBe("总分 97，等级 优秀");
    await expect(page.locator(".bars .bar-label").allTextContents()).resolves.toEqual(["投入目标：36 / 36", "产出目标：34 / 34", "效果目标：27 / 30"]);
    // Each score bar is drawn in proportion to its weight.
    const widths = await page.locator(".bars .bar-score").evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("width"))));
    expect(widths).toEqual([240, 240, Math.round((240 * 27) / 30)]);
    await page.screenshot({ path: join(artifacts, "taskpane-zh-summary.png"), fullPage: true });
    expect(pageErrors).toEqual([]);
  });

  it("inserts a native bar chart whose data links to the table's cells", async () => {
    const { page } = await openPane(seedWorkbook(seedGrid()));
    const groups = summariseTable(readTables(seedGrid())[0], []).groups;
    await page.getByRole("tab", { name: "汇总" }).click();
    await statusAfter(page, "summary-status", () => page.getByRole("button", { name: "汇总当前表格" }).click());
    await expect(page.locator(".bars li").count()).resolves.toBe(groups.length);
    const charted = statusAfter(page, "summary-status", () => page.getByRole("button", { name: "插入图表" }).click());
    await expect(charted).resolves.toBe("已在工作表中插入图表。");
    const charts = await probe(page, (p) => p.charts("自评表"));
    expect(charts).toHaveLength(1);
    expect(charts[0]).toMatchObject({ type: "BarClustered", seriesBy: "Columns", title: "各一级指标得分", source: `I4:K${4 + groups.length}` });
    expect(charts[0].position).not.toBeNull();
    const nameColumn = await probe(page, (p) => ["I5", "I6", "I7"].map((a) => p.cell("自评表", a)?.value));
    expect(nameColumn).toEqual(groups.map((g) => g.name));
    const scoreLinks = await probe(page, (p) => ["K5", "K6", "K7"].map((a) => p.cell("自评表", a)?.formula));
    expect(scoreLinks).toEqual(groups.map((g) => `=${g.scoreCell}`));
  });
});

describe("workbook text is shown as text", () => {
  it("shows a cell holding markup as its characters in the findings and the summary, and runs nothing", async () => {
    const records = SEED_RECORDS.map((r, i) => (i === 0 ? { ...r, level1: XSS } : i === 1 ? { ...r, name: XSS, rule: XSS, score: 9 } : r));
    const grid = layOut(records, { columns: SEED_COLUMNS, above: [["1. 指标评分表"], [], []] });
    const findings = checkTable(readTables(grid)[0]);
    const { page, dialogs, pageErrors } = await openPane(seedWorkbook(grid, {}));
    await runCheck(page);
    const messages = await page.locator(".finding .message").allTextContents();
    expect(messages).toEqual(expect.arrayContaining(findings.map((f) => f.message.zh)));
    expect(messages.some((m) => m.includes("onerror=alert(1)>"))).toBe(true);

    await page.getByRole("tab", { name: "汇总" }).click();
    await statusAfter(page, "summary-status", () => page.getByRole("button", { name: "汇总当前表格" }).click());
    const firstBar = await page.locator(".bars .bar-label").first().textContent();
    expect(firstBar).toContain("onerror=alert(1)>");
    expect(firstBar?.startsWith("<img")).toBe(true);

    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe("language", () => {
  it("is English when Office's display language is English", async () => {
    const { page } = await openPane(config([{ name: "Cover", values: [["Annual report"]] }], { displayLanguage: "en-US" }));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en-US");
    await expect(page.getByRole("tab").allTextContents()).resolves.toEqual(["Insert", "Check", "Summary", "Review"]);
    await expect(page.locator("form button[type=submit]").textContent()).resolves.toBe("Insert scoring table");
    await expect(page.getByText("Project name", { exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(artifacts, "taskpane-en-insert.png"), fullPage: true });
    await page.getByRole("tab", { name: "Check" }).click();
    const checked = statusAfter(page, "check-status", () => page.getByRole("button", { name: "Check sheet" }).click());
    await expect(checked).resolves.toMatch(/^No indicator table on this sheet/);
  });

  it("shows English findings for an English Office", async () => {
    const { page } = await openPane({ ...seedWorkbook(), displayLanguage: "en-US" });
    await page.getByRole("tab", { name: "Check" }).click();
    const checked = statusAfter(page, "check-status", () => page.getByRole("button", { name: "Check sheet" }).click());
    await expect(checked).resolves.toBe("1 table(s): 1 error(s), 0 warning(s).");
    const expected = checkTable(readTables(PLANTED)[0]);
    await expect(page.locator(".finding .message").textContent()).resolves.toBe(expected[0].message.en);
    await expect(page.locator(".finding-group h3").textContent()).resolves.toBe("Errors (1)");
    await page.screenshot({ path: join(artifacts, "taskpane-en-check.png"), fullPage: true });
  });

  it("is Chinese when Office's display language is Chinese", async () => {
    const { page } = await openPane(config([{ name: "Sheet1" }], { displayLanguage: "zh-CN" }));
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await expect(page.getByRole("tab").allTextContents()).resolves.toEqual(["插入", "校验", "汇总", "批量审核"]);
    await expect(page.title()).resolves.toBe("绩效自评助手");
    await page.screenshot({ path: join(artifacts, "taskpane-zh-insert.png"), fullPage: true });
  });
});

describe("keyboard", () => {
  it("reaches the tabs with Tab, switches them with the arrow keys, and works buttons with Enter and Space", async () => {
    const { page } = await openPane(config([{ name: "封面", values: [["封面"]] }]));
    const focused = () => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.tagName);
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("tab-insert");
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { matches: document.activeElement!.matches(":focus-visible"), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring).toEqual({ matches: true, outline: "solid", width: 2 });

    await page.keyboard.press("ArrowRight");
    await expect(focused()).resolves.toBe("tab-check");
    await expect(page.locator("#tab-check").getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.locator("#panel-check").isVisible()).resolves.toBe(true);
    await expect(page.locator("#panel-insert").isHidden()).resolves.toBe(true);
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect(focused()).resolves.toBe("tab-review");
    await page.keyboard.press("Home");
    await page.keyboard.press("ArrowRight");
    await expect(focused()).resolves.toBe("tab-check");

    // Into the panel, then to its first button.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("校验工作表");
    await expect(statusAfter(page, "check-status", () => page.keyboard.press("Enter"))).resolves.toMatch(/^当前工作表中未找到指标评分表/);

    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("清除标记");
    await expect(statusAfter(page, "mark-status", () => page.keyboard.press("Space"))).resolves.toBe("已清除标记，单元格恢复原有格式。");
  });
});

describe("accessibility (axe-core)", () => {
  // Serious and critical violations fail; the pane had none of any impact when this was written
  // (a moderate heading-order one was fixed: table and summary headings are h2 under the h1).
  interface AxeResults {
    passes: unknown[];
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  }

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ url: AXE_PATH });
    const results = (await page.evaluate(() =>
      (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResults> } }).axe.run(document, { resultTypes: ["violations"] }),
    )) as AxeResults;
    // A scan that checked nothing would pass anything.
    expect(results.passes.length).toBeGreaterThan(10);
    return results.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }

  it.each([
    ["light", undefined],
    ["dark", "#292929"],
  ])("finds nothing serious in the insert form, a check report with findings and the summary (%s theme)", async (theme, bodyBackgroundColor) => {
    const { page } = await openPane({ ...seedWorkbook(), bodyBackgroundColor });
    await expect(page.locator("html").getAttribute("data-theme")).resolves.toBe(theme);
    expect(await seriousViolations(page)).toEqual([]);

    await runCheck(page);
    await page.locator(".findings.error .finding").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    if (theme === "dark") await page.screenshot({ path: join(artifacts, "taskpane-zh-check-dark.png"), fullPage: true });
    else await page.screenshot({ path: join(artifacts, "taskpane-zh-check.png"), fullPage: true });

    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByRole("button", { name: "汇总当前表格" }).click();
    await page.locator(".bars li").first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe("network", () => {
  it("asks nothing of any host but the add-in's own, and its CSP allows only its own origin", async () => {
    const { page } = await openPane(config([{ name: "Sheet1" }]));
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*|'unsafe-eval'|'unsafe-inline'/);

    const requests = sessions.flatMap((s) => s.requests);
    expect(requests.length).toBeGreaterThan(sessions.length * 3);
    expect(requests.filter((url) => !url.startsWith(`${server.origin}/`))).toEqual([]);
  });
});

describe("the real office.js", () => {
  interface Visit {
    violations: string[];
    foreign: string[];
    requests: string[];
    notice: string | null;
  }

  /**
   * The built page with the office.js it ships (no stand-in), as a host opens it: what CSP reported and what was
   * asked of other hosts, once `settled` says the page has done what it does (waiting on that, not on a clock, as a
   * loaded machine can take any time).
   */
  async function visit(query: string, settled: (page: Page) => Promise<unknown>): Promise<Visit> {
    const page = await context.newPage();
    try {
      const requests: string[] = [];
      page.on("request", (r) => requests.push(r.url()));
      await page.addInitScript(() => {
        const w = window as unknown as { cspViolations: string[] };
        w.cspViolations = [];
        document.addEventListener("securitypolicyviolation", (e) =>
          w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI} (${e.sourceFile.replace(/^.*\//, "")})`),
        );
      });
      await page.goto(`${server.origin}/taskpane.html${query}`);
      await settled(page);
      return {
        violations: (await page.evaluate("window.cspViolations")) as string[],
        foreign: requests.filter((url) => !url.startsWith(`${server.origin}/`)),
        requests: requests.map((url) => url.replace(server.origin, "").replace(/\?.*$/, "")),
        notice: await page
          .locator(".notice h2")
          .first()
          .textContent({ timeout: 100 })
          .catch(() => null),
      };
    } finally {
      await page.close();
    }
  }

  it.each([
    ["Excel on Windows", "Excel$Win32$16.01$zh-CN$$$$0", "excel-win32-16.01.js"],
    ["Excel on the web", "Excel$Web$16.00$zh-CN$$$$0", "excel-web-16.00.js"],
    ["Excel on the Mac", "Excel$Mac$16.00$zh-CN$$$$0", "excel-mac-16.00.js"],
  ])("breaks no rule of the page's CSP and asks no other host for anything in %s", async (_, hostInfo, hostFile) => {
    // Excel names itself to office.js in the page's address; office.js then loads its host's file and strings beside itself.
    // Settled: office.js has loaded and run its host's files, the page has loaded, and the network is quiet.
    const { violations, foreign, requests } = await visit(`?_host_Info=${hostInfo}`, async (page) => {
      await page.waitForFunction(
        (files) => document.readyState === "complete" && files.every((file) => performance.getEntriesByType("resource").some((e) => e.name.endsWith(file))),
        [`/office-js/${hostFile}`, "/office-js/zh-cn/office_strings.js"],
      );
      await page.waitForLoadState("networkidle");
    });
    expect(requests).toEqual(expect.arrayContaining(["/office-js/office.js", `/office-js/${hostFile}`, "/office-js/zh-cn/office_strings.js", "/taskpane.js"]));
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it("outside Office, says to open it in Excel; the CSP blocks office.js's telemetry frame to Microsoft, so nothing leaves the add-in's host", async () => {
    // Only office.js's fallback for a page outside any host (o15apptofilemappingtable.js) makes this frame,
    // three seconds after loading; no Excel host does. It is refused, not allowed.
    // Settled: the frame has been refused and the notice shown, however long the fallback took.
    const { violations, foreign, notice } = await visit("", async (page) => {
      await page.waitForFunction(() => (window as unknown as { cspViolations: string[] }).cspViolations.some((v) => v.startsWith("frame-src")), undefined, {
        timeout: 25_000,
      });
      await page.locator(".notice h2").first().waitFor({ timeout: 25_000 });
    });
    expect(notice).toBe("请在 Excel 中打开");
    expect(foreign).toEqual([]);
    expect(violations).toEqual([
      "style-src-attr inline (o15apptofilemappingtable.js)",
      "frame-src https://telemetryservice.firstpartyapps.oaspapps.com (o15apptofilemappingtable.js)",
    ]);
  });
});

describe("README pictures", () => {
  it.each(SCENES.map((scene) => [scene.file, scene] as const))(
    "docs/%s shows what the pane shows now (else run scripts/make-readme-pictures.ts)",
    async (_, scene) => {
      const rendered = await renderScene(browser, server.origin, standIn, scene);
      writeFileSync(join(artifacts, scene.file), rendered.png);
      const saved = committed(scene);
      expect(saved.state).toBe(rendered.state);
      // The committed picture is the one taken with that state.
      expect(saved.pictureSha).toBe(saved.actualSha);
    },
  );
});
