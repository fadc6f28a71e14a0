// Build options read from the environment, kept apart from webpack so they can be tested.
const DEV_BASE_URL = "https://localhost:3000/";

const OFFICE_JS_SOURCES = {
  // The copy in dist/office-js: works on an isolated intranet with no internet.
  local: { local: true, url: "office-js/office.js", origin: null },
  // Microsoft's CDN: the only source Microsoft supports for production.
  microsoft: { local: false, url: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", origin: "https://appsforoffice.microsoft.com" },
  // 21Vianet-operated Office 365 in China.
  "21vianet": {
    local: false,
    url: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
    origin: "https://appsforoffice.cdn.partner.office365.cn",
  },
};

function officeJsSource(value) {
  const key = (value || "local").trim().toLowerCase();
  const source = OFFICE_JS_SOURCES[key];
  if (!source) {
    throw new Error(
      `OFFICE_JS 只能是 ${Object.keys(OFFICE_JS_SOURCES).join(" / ")}，而不是“${value}”。 (OFFICE_JS must be one of ${Object.keys(OFFICE_JS_SOURCES).join(", ")}.)`,
    );
  }
  return source;
}

/** The production base URL: https only, always ending in a slash. */
function addinBaseUrl(value) {
  const url = (value || DEV_BASE_URL).trim();
  if (!/^https:\/\/[^/\s]+(\/\S*)?$/.test(url)) {
    throw new Error(`ADDIN_BASE_URL 必须是 https:// 开头的网址，而不是“${url}”。 (ADDIN_BASE_URL must be an https:// URL.)`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** The custom-functions metadata with every description and parameter name replaced by its English one. */
function localizeFunctionsMetadata(metadata, english) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const en = english[fn.id];
      if (!en || !en.description) throw new Error(`functions.en-us.json has no English description for ${fn.id}`);
      return {
        ...fn,
        description: en.description,
        result: fn.result,
        // The Chinese parameter names give way to the English ones, listed in the same order.
        parameters: (fn.parameters || []).map((p, i) => {
          const [name, text] = (en.parameters && Object.entries(en.parameters)[i]) || [];
          if (!text) throw new Error(`functions.en-us.json has no English description for ${fn.id}(${p.name})`);
          return { ...p, name, description: text };
        }),
      };
    }),
  };
}

module.exports = { DEV_BASE_URL, OFFICE_JS_SOURCES, officeJsSource, addinBaseUrl, localizeFunctionsMetadata };
