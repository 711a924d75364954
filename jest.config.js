/** Three projects: engine unit tests (node), components (jsdom), end-to-end (real Chromium). */
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript", tsx: true }, transform: { react: { runtime: "automatic" } }, target: "es2022" } }];
// Generous per-test limit: component tests render the whole pane, and on a loaded 2-core machine a
// render can take seconds. Speed is measured by the benchmarks, never by a test's clock.
const common = {
  testTimeout: 30000,
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleNameMapper: {
    "^office-addin-manifest$": "<rootDir>/test/stubs/office-addin-manifest.js",
    "\\.(css)$": "<rootDir>/test/stubs/style.js",
  },
};
module.exports = {
  // Jest reads testTimeout from the top level only (inside `projects` it is ignored, leaving 5 s).
  testTimeout: common.testTimeout,
  projects: [
    { ...common, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/unit/**/*.test.ts"] },
    {
      ...common,
      displayName: "component",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/component/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/component/setup.ts"],
    },
    { ...common, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"], slowTestThreshold: 30 },
  ],
};
