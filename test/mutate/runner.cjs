// Jest test runner for mutation runs. Outside a mutant's run (the plain tests, StrykerJS's coverage run) it
// is Jest's own runner unchanged. While a mutant is active, it hands Jest's in-band runner one file at a
// time and stops once a test has failed (test/mutate/environment.cjs notes it): the mutant is killed, and
// the files after the killing one are not even loaded.
const TestRunner = require("jest-runner").default;
const MutationEnvironment = require("./environment.cjs");

class MutationRunner extends TestRunner {
  async runTests(tests, watcher, options) {
    const mutant = process.env.__STRYKER_ACTIVE_MUTANT__;
    if (mutant === undefined || !options.serial) return super.runTests(tests, watcher, options);
    for (const test of tests) {
      if (MutationEnvironment.killed() === mutant) break;
      await super.runTests([test], watcher, options);
    }
  }
}

module.exports = MutationRunner;
