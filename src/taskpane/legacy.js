/*
 * For an engine too old for the pane (ES5 only, like the Internet Explorer engine that Office on Windows
 * falls back to without WebView2): a plain message instead of 正在加载… forever. Written in ES5 and
 * shipped as it is, not bundled, so an old engine can run it. It shows the message when
 *  - the engine lacks what the pane's code needs; it then marks the page data-engine="legacy" so
 *    taskpane.ts does not start, or
 *  - the pane's code did not start by the time the page is parsed (it could not even be parsed):
 *    taskpane.ts sets data-theme on <html> as the first thing it does.
 */
(function () {
  var root = document.documentElement;
  var modern =
    typeof Promise === "function" &&
    typeof Symbol === "function" &&
    typeof Map === "function" &&
    typeof Object.fromEntries === "function" &&
    typeof Array.prototype.flatMap === "function" &&
    typeof String.prototype.matchAll === "function";
  if (!modern) root.setAttribute("data-engine", "legacy");

  function paragraph(tag, lang, text) {
    var node = document.createElement(tag);
    node.setAttribute("lang", lang);
    node.appendChild(document.createTextNode(text));
    return node;
  }

  function showMessage() {
    if (modern && root.hasAttribute("data-theme")) return;
    var app = document.getElementById("app");
    if (!app) return;
    var notice = document.createElement("section");
    notice.className = "notice";
    notice.setAttribute("role", "alert");
    notice.appendChild(paragraph("h2", "zh-CN", "无法在此 Excel 中运行"));
    notice.appendChild(
      paragraph(
        "p",
        "zh-CN",
        "这台电脑上的 Excel 用旧的 Internet Explorer 引擎显示加载项，绩效自评助手无法在其中运行。请安装 Microsoft Edge WebView2 运行时后重新打开 Excel，或使用网页版 Excel。"
      )
    );
    notice.appendChild(paragraph("h2", "en", "This Excel cannot run the add-in"));
    notice.appendChild(
      paragraph(
        "p",
        "en",
        "Excel on this computer shows add-ins with the old Internet Explorer engine, which cannot run the Self-Evaluation Assistant. Install the Microsoft Edge WebView2 Runtime and reopen Excel, or use Excel on the web."
      )
    );
    while (app.firstChild) app.removeChild(app.firstChild);
    app.appendChild(notice);
    app.removeAttribute("aria-busy");
  }

  // Deferred scripts (the pane's) have run by the time DOMContentLoaded fires.
  document.addEventListener("DOMContentLoaded", showMessage);
})();
