// Jest environment for mutation runs: once a test fails while a mutant is active, the mutant is killed,
// so the rest of its tests are skipped (StrykerJS stops at the first failing test with other runners;
// Jest cannot bail per test through its API). Outside a mutant run (the plain tests, Stryker's first
// run that measures coverage) it is Node's environment unchanged.
const { TestEnvironment } = require("jest-environment-node");

const ACTIVE = "__STRYKER_ACTIVE_MUTANT__";
/** The mutant that already failed a test in this process (one mutant runs at a time). */
let killed;

class BailOnKillEnvironment extends TestEnvironment {
  async handleTestEvent(event) {
    const mutant = process.env[ACTIVE];
    if (mutant === undefined) return;
    if (event.name === "test_fn_failure" || event.name === "hook_failure") killed = mutant;
    else if (killed !== mutant) return;
    // Skipping a whole describe block also skips its beforeAll hooks.
    else if (event.name === "run_describe_start") event.describeBlock.mode = "skip";
    else if (event.name === "test_start") event.test.mode = "skip";
  }
}

module.exports = BailOnKillEnvironment;
