/**
 * `npm run lint` (with tsc and Prettier): typescript-eslint's recommended rules and the rules of Microsoft's
 * eslint-plugin-office-addins recommended config (a property read before load/sync, sync in a loop, navigational
 * loads…). The plugin's own preset also brings its pinned typescript-eslint and runs Prettier inside ESLint; its
 * rules are taken alone so one typescript-eslint serves every file and Prettier runs once, on its own.
 */
const js = require("@eslint/js");
const officeAddins = require("eslint-plugin-office-addins");
const globals = require("globals");
const tseslint = require("typescript-eslint");

const officeAddinsRecommended = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([id]) => id.startsWith("office-addins/")),
);

module.exports = tseslint.config(
  { ignores: ["node_modules/", "dist/", "lib/", "coverage/", "test-artifacts/", "test/fixtures/seed/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAddinsRecommended,
      // `_` names an argument a callback must take but does not use.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
    },
  },
  {
    // ExcelJS workbooks, not Office.js: the office-addins rules would read their cells as proxies never loaded.
    files: ["src/cli/**", "src/xlsx/**", "test/cli/**", "test/xlsx/**"],
    rules: Object.fromEntries(Object.keys(officeAddinsRecommended).map((id) => [id, "off"])),
  },
  {
    // custom-functions-metadata turns `any` into Excel's "any" parameter type: the JX wrappers must declare it.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // The build, start and CI scripts and configs: CommonJS run by Node.
    files: ["**/*.js"],
    ignores: ["src/**"],
    languageOptions: { sourceType: "commonjs", globals: globals.node },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Plain scripts shipped to the browser as they are (the task pane's fallback for engines too old for it).
    files: ["src/**/*.js"],
    languageOptions: { sourceType: "script", globals: globals.browser },
  },
);
