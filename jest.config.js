/**
 * Two projects: `unit` (everything that runs in Node alone) and `browser` (the task pane in a real
 * Chromium-based browser). `npm test` runs both; `npm run test:unit` / `test:browser` one each.
 */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { warnOnly: false } }],
  },
  setupFiles: ["<rootDir>/test/setup/customFunctionsShim.ts"],
};

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    { ...shared, displayName: "unit", testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/"] },
    { ...shared, displayName: "browser", testMatch: ["<rootDir>/test/browser/**/*.test.ts"], globalSetup: "<rootDir>/test/browser/globalSetup.ts" },
  ],
};
