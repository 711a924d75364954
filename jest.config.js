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
  // `npm run test:unit` measures coverage per room and fails under these floors (set a few points under
  // what the suite reaches, so that deleting a room's tests fails CI). The CLI runs in process in its tests.
  collectCoverageFrom: ["src/**/*.{ts,tsx}", "!src/**/*.d.ts", "!src/engine/i18n/**"],
  coverageProvider: "v8",
  coverageReporters: ["text-summary", "json-summary"],
  coverageThreshold: {
    // Measured (v8, unit + component): engine 98.8 / 92.9 / 98.0 / 98.8, cli 88.8 / 86.6 / 91.0 / 88.8,
    // host 71.3 / 61.4 / 87.5 / 71.3, taskpane 94.6 / 82.3 / 79.2 / 94.6, worker 83.8 / 92.9 / 83.3 / 83.8.
    "./src/engine/": { statements: 94, branches: 88, functions: 94, lines: 94 },
    "./src/cli/": { statements: 85, branches: 82, functions: 86, lines: 85 },
    "./src/host/": { statements: 66, branches: 56, functions: 82, lines: 66 },
    "./src/taskpane/": { statements: 90, branches: 78, functions: 74, lines: 90 },
    "./src/worker/": { statements: 78, branches: 85, functions: 78, lines: 78 },
  },
  projects: [
    { ...common, displayName: "unit", testEnvironment: "node", testMatch: ["<rootDir>/test/unit/**/*.test.ts"] },
    {
      ...common,
      displayName: "component",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/component/**/*.test.tsx"],
      setupFilesAfterEnv: ["<rootDir>/test/component/setup.ts"],
      // Rendering Fluent UI in jsdom with coverage on takes seconds per test when the two cores are shared.
      testTimeout: 30_000,
    },
    { ...common, displayName: "e2e", testEnvironment: "node", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"], slowTestThreshold: 30 },
  ],
};
