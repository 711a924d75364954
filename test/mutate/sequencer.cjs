// Jest test sequencer for mutation runs. StrykerJS runs each mutant with a test-name pattern (the tests that
// cover it), but Jest still loads every test file of the room to look for those names, seconds per mutant.
// With the map of test names per file that `test/mutate/run.mjs` writes before the run (SFO_MUTATE_TEST_MAP),
// this sequencer hands Jest only the files that hold a test the pattern matches: the same tests run, by the
// same rule Jest uses (the pattern searched case-insensitively in the full name). A file missing from the
// map (new since the map was written) is always kept; without a map or a pattern, every file runs.
// The files run fastest first (Jest's own order is slowest first): a mutant stops at its first failing test
// (test/mutate/environment.cjs), so a mutant that a quick file kills never waits for the slow ones.
const Sequencer = require("@jest/test-sequencer").default;
const { mapKey, testMap } = require("./test-map.cjs");

class MutationSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options?.globalConfig?.testNamePattern;
  }

  sort(tests) {
    const files = testMap();
    if (!this.pattern || !files) return super.sort(tests);
    const wanted = new RegExp(this.pattern, "i");
    const known = (test) => files[mapKey(test.context.config.rootDir, test.path)];
    return tests
      .filter((test) => {
        const file = known(test);
        return !file || file.tests.some((name) => wanted.test(name));
      })
      .map((test) => ({ test, ms: known(test)?.ms ?? Infinity }))
      .sort((a, b) => a.ms - b.ms || (a.test.path < b.test.path ? -1 : 1))
      .map(({ test }) => test);
  }
}

module.exports = MutationSequencer;
