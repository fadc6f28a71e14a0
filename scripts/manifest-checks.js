// Offline checks of the add-in manifest: the invariants that make a shared-runtime add-in with custom
// functions load (see the add-in notes), checked without Microsoft's online validator.
const fs = require("fs");
const path = require("path");
const xml2js = require("xml2js");

const MAX_RESID = 32;

/** Walks the parsed tree, calling visit(node, name, parent) for every element in document order. */
function walk(node, name, parent, visit) {
  visit(node, name, parent);
  for (const child of node.$$ || []) walk(child, child["#name"], node, visit);
}

const children = (node, name) => (node.$$ || []).filter((c) => c["#name"] === name);
const child = (node, name) => children(node, name)[0];
const attr = (node, name) => (node && node.$ ? node.$[name] : undefined);
const problem = (zh, en) => ({ zh, en });

async function parseManifest(xmlText) {
  return xml2js.parseStringPromise(xmlText, { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: true });
}

/**
 * Returns the problems found in a manifest, each in Chinese and English; an empty list means it passes.
 * With distDir and baseUrl, every URL must lie under baseUrl and name a file that exists in distDir.
 */
async function checkManifest(xmlText, { distDir, baseUrl } = {}) {
  let doc;
  try {
    doc = await parseManifest(xmlText);
  } catch (e) {
    return [problem(`清单不是有效的 XML：${e.message}`, `The manifest is not well-formed XML: ${e.message}`)];
  }
  const root = doc.OfficeApp;
  if (!root) return [problem("清单的根元素应为 OfficeApp", "The manifest's root element must be OfficeApp")];
  const inventory = inventoryOf(root);
  return [
    ...appProblems(root),
    ...resourceProblems(inventory),
    ...workbookHostProblems(inventory),
    ...translationProblems(root, inventory.defined),
    ...(distDir && baseUrl ? buildProblems(inventory.urls, distDir, baseUrl) : []),
  ];
}

/** The add-in's type, permissions and default language. */
function appProblems(root) {
  const problems = [];
  if (attr(root, "xsi:type") !== "TaskPaneApp") problems.push(problem("OfficeApp 的类型应为 TaskPaneApp", "OfficeApp must be a TaskPaneApp"));
  const text = (name) => (child(root, name) || {})._;
  if ((text("Permissions") || "").trim() !== "ReadWriteDocument") {
    problems.push(problem("权限应为 ReadWriteDocument（不要更宽）", "Permissions must be ReadWriteDocument (nothing broader)"));
  }
  if ((text("DefaultLocale") || "").trim() !== "zh-CN") problems.push(problem("默认语言应为 zh-CN", "DefaultLocale must be zh-CN"));
  return problems;
}

/** What the manifest defines and uses: resources by id, resids and URLs with the element using them, the shared runtime, the Workbook host. */
function inventoryOf(root) {
  const inventory = { defined: new Map(), used: [], urls: [], sharedRuntime: false, workbookHost: null };
  walk(root, "OfficeApp", null, (node, name, parent) => {
    const id = attr(node, "id");
    // Resources sit under bt:Images, bt:Urls, bt:ShortStrings and bt:LongStrings (xml2js keeps the prefix).
    if (id && parent && /(Images|Urls|ShortStrings|LongStrings)$/.test(parent["#name"] || "")) inventory.defined.set(id, node);
    const resid = attr(node, "resid");
    if (resid !== undefined) inventory.used.push([resid, name]);
    for (const key of ["DefaultValue", "Value"]) {
      const v = attr(node, key);
      if (v && /^[a-z]+:\/\//i.test(v)) inventory.urls.push([v, name]);
    }
    if (name === "Set" && attr(node, "Name") === "SharedRuntime") inventory.sharedRuntime = true;
    if (name === "Host" && attr(node, "xsi:type") === "Workbook") inventory.workbookHost = node;
  });
  return inventory;
}

/** The shared runtime requirement, resids defined and short enough, https everywhere. */
function resourceProblems({ defined, used, urls, sharedRuntime }) {
  const problems = [];
  if (!sharedRuntime) problems.push(problem("缺少 SharedRuntime 1.1 要求", "The SharedRuntime 1.1 requirement is missing"));
  for (const [resid, where] of used) {
    if (resid.length > MAX_RESID) problems.push(problem(`resid“${resid}”超过 ${MAX_RESID} 个字符`, `resid "${resid}" is longer than ${MAX_RESID} characters`));
    if (!defined.has(resid)) problems.push(problem(`${where} 引用的 resid“${resid}”没有定义`, `resid "${resid}" used by ${where} is not defined`));
  }
  for (const id of defined.keys()) {
    if (id.length > MAX_RESID) problems.push(problem(`资源 id“${id}”超过 ${MAX_RESID} 个字符`, `Resource id "${id}" is longer than ${MAX_RESID} characters`));
  }
  for (const [url, where] of urls) {
    if (!url.startsWith("https://")) problems.push(problem(`${where} 的网址必须使用 https：${url}`, `${where} must use an https URL: ${url}`));
  }
  return problems;
}

/** The Workbook host: a long-lived runtime first, the functions' namespace, page and function file on that runtime. */
function workbookHostProblems({ workbookHost, defined }) {
  if (!workbookHost) return [problem("缺少 Workbook 的 VersionOverrides 主机", "VersionOverrides has no Workbook host")];
  const problems = [];
  const first = (workbookHost.$$ || [])[0];
  const runtime = first && first["#name"] === "Runtimes" ? child(first, "Runtime") : null;
  if (!runtime) problems.push(problem("Runtimes 必须是 Workbook 主机中的第一个元素", "Runtimes must come first inside the Workbook host"));
  else if (attr(runtime, "lifetime") !== "long")
    problems.push(problem("Runtime 的 lifetime 应为 long（共享运行时）", "The Runtime's lifetime must be long (shared runtime)"));
  const runtimeResid = attr(runtime, "resid");
  let namespace = null;
  let page = null;
  let functionFile = null;
  walk(workbookHost, "Host", null, (node, name) => {
    if (name === "ExtensionPoint" && attr(node, "xsi:type") === "CustomFunctions") {
      namespace = attr(child(node, "Namespace"), "resid");
      page = attr(child(child(node, "Page") || {}, "SourceLocation"), "resid");
    }
    if (name === "FunctionFile") functionFile = attr(node, "resid");
  });
  if (!namespace || !defined.has(namespace) || !attr(defined.get(namespace), "DefaultValue")) {
    problems.push(problem("自定义函数缺少命名空间", "The custom functions have no namespace"));
  }
  if (runtimeResid && (page !== runtimeResid || functionFile !== runtimeResid)) {
    problems.push(
      problem(
        `Page（${page}）、FunctionFile（${functionFile}）和 Runtime（${runtimeResid}）必须使用同一个 resid`,
        `Page (${page}), FunctionFile (${functionFile}) and Runtime (${runtimeResid}) must share one resid`,
      ),
    );
  }
  return problems;
}

/** Every string resource, the display name and the description in English too. */
function translationProblems(root, defined) {
  const problems = [];
  for (const node of defined.values()) {
    const isString = !/^https?:/.test(attr(node, "DefaultValue") || "");
    if (isString && !children(node, "bt:Override").some((o) => attr(o, "Locale") === "en-US")) {
      problems.push(problem(`字符串“${attr(node, "id")}”缺少 en-US 译文`, `String "${attr(node, "id")}" has no en-US override`));
    }
  }
  for (const name of ["DisplayName", "Description"]) {
    if (!children(child(root, name) || {}, "Override").some((o) => attr(o, "Locale") === "en-US")) {
      problems.push(problem(`${name} 缺少 en-US 译文`, `${name} has no en-US override`));
    }
  }
  return problems;
}

/** After a build: every URL under baseUrl, naming a file that is in distDir. */
function buildProblems(urls, distDir, baseUrl) {
  const problems = [];
  for (const [url, where] of urls) {
    if (!url.startsWith(baseUrl)) {
      problems.push(problem(`${where} 的网址不在加载项地址 ${baseUrl} 下：${url}`, `${where} URL is not under the add-in's base ${baseUrl}: ${url}`));
      continue;
    }
    const file = url.slice(baseUrl.length).split(/[?#]/)[0];
    if (!fs.existsSync(path.join(distDir, file))) {
      problems.push(problem(`${where} 指向的文件在构建结果中不存在：${file}`, `${where} names a file missing from the build: ${file}`));
    }
  }
  return problems;
}

/** The base URL a built manifest points at: the folder of its task pane page. */
function manifestBaseUrl(xmlText) {
  const m = /<SourceLocation\s+DefaultValue="([^"]+)taskpane\.html"/.exec(xmlText);
  return m ? m[1] : null;
}

module.exports = { checkManifest, manifestBaseUrl };
