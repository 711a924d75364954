// The unit project alone, for `npm run mutate` (stryker.config.mjs): components and e2e do not load the
// engine's or the CLI's code in a way Stryker sees, and the scripts' tests (manifest builds, lint
// probes, the translation kit) cover neither. The 64 MiB bad-input runs are left out too: robustness, not logic, and a
// minute each per mutant.
const { projects } = require("../jest.config.js");

const { displayName: _name, ...unit } = projects.find((p) => p.displayName === "unit");
module.exports = {
  ...unit,
  rootDir: "..",
  // Jest walks its roots for every mutant's run: the sources and the tests, not the 90,000 files of
  // node_modules (about 0.2 s less per mutant on this machine).
  roots: ["<rootDir>/src", "<rootDir>/test"],
  // Each mutant loads only the test files that hold its covering tests (test/mutate/sequencer.cjs).
  testSequencer: "<rootDir>/test/mutate/sequencer.cjs",
  // A mutant's run stops at its first failing test (test/mutate/environment.cjs).
  testEnvironment: require("node:path").join(__dirname, "mutate", "environment.cjs"),
  // ... and the files after the one that killed it are not loaded (test/mutate/runner.cjs).
  runner: require("node:path").join(__dirname, "mutate", "runner.cjs"),
  testPathIgnorePatterns: [
    "/node_modules/",
    "<rootDir>/test/unit/(guardrails|manifest|scripts)/",
    "<rootDir>/test/unit/cli/bad-input",
    // 50 000 log lines through the instrumented scanner, 1.7 s that every surviving scanner mutant paid;
    // memory-cap.test.ts checks the same trimming with a small cap.
    "<rootDir>/test/unit/engine/memory-cap-default",
    "<rootDir>/test/unit/i18n-kit",
  ],
};
