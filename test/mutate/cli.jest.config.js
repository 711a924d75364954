// The CLI's mutants against the CLI's tests (in process; the scan's worker threads run the bundle).
const unit = require("../jest.mutate.config.js");

module.exports = {
  ...unit,
  rootDir: "../..",
  testMatch: ["<rootDir>/test/unit/cli/**/*.test.ts"],
  // Under a mutant, a test that has not finished in 4 s is waiting for ever (test/mutate/environment.cjs);
  // the slowest CLI test takes 0.3 s, and all 235 together about 4 s in StrykerJS's instrumented first run.
  testEnvironmentOptions: { ...unit.testEnvironmentOptions, mutantTestTimeout: 4000 },
};
