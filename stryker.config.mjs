// `npm run mutate`: StrykerJS mutates the engine and the CLI and runs the unit tests against each
// mutant (not part of npm test: a full run takes about half an hour on two cores). Reports (HTML and JSON)
// land in reports/mutation/ (ignored by git). Incremental: a second run re-tests only mutants whose
// code or covering tests changed since reports/mutation/stryker-incremental.json.
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  packageManager: "npm",
  mutate: [
    "src/engine/**/*.ts",
    "src/cli/**/*.ts",
    "!src/**/*.d.ts",
    // Runs only inside worker threads started from the bundle; scan's tests cover it from outside.
    "!src/cli/scan-worker.ts",
  ],
  testRunner: "jest",
  jest: {
    projectType: "custom",
    configFile: "test/jest.mutate.config.js",
    enableFindRelatedTests: false,
  },
  checkers: ["typescript"],
  // The CLI's program holds the engine too (each room's pass narrows it to its own: test/mutate/rooms.mjs).
  tsconfigFile: "src/cli/tsconfig.json",
  // The checker runs on TypeScript 7's native compiler (the dev dependency @typescript/native, an alias of
  // typescript@7; the project's own type check stays on typescript 5.9's API): it type-checks the engine's
  // program in 0.16 s instead of 3.1 s (a slice over src/engine/redact/judge.ts: 2 min 14 s before, 1 min 16 s
  // after, the same 189 killed, 11 survived, 13 compile errors).
  typescriptChecker: { prioritizePerformanceOverAccuracy: true, experimentalNativePreview: true },
  // ... and checks only the mutated file after each mutant (test/mutate/checker.mjs says what that gives up).
  plugins: ["@stryker-mutator/*", "./test/mutate/checker.mjs"],
  coverageAnalysis: "perTest",
  // Mutants in module-level constants run every test; they are few and mostly regex tables.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "reports/mutation/stryker-incremental.json",
  reporters: ["html", "json", "clear-text", "progress"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  thresholds: { high: 80, low: 70, break: null },
  concurrency: 2,
  // The first run of all unit tests with coverage per test takes minutes on a busy machine.
  dryRunTimeoutMinutes: 60,
  // A mutant that loops for ever is stopped after its tests' own time x 1.5, plus StrykerJS's measured
  // start-up overhead (about 4 s for the engine's tests), plus 3 s.
  timeoutMS: 3_000,
  timeoutFactor: 1.5,
  tempDirName: ".stryker-tmp",
  // Not copied into the sandbox: builds, reports and the benchmarks' generated gigabytes.
  ignorePatterns: ["dist", "coverage", "test-results", ".bench", "i18n-work", "docs/screenshots"],
  // The tests run through swc, which never type-checks; the TypeScript checker above does that once.
  disableTypeChecks: false,
  cleanTempDir: "always",
};
