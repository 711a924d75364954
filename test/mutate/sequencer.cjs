// Jest test sequencer for mutation runs. StrykerJS runs each mutant with a test-name pattern (the tests that
// cover it), but Jest still loads every test file of the room to look for those names, seconds per mutant.
// With the map of test names per file that `test/mutate/run.mjs` writes before the run (SFO_MUTATE_TEST_MAP),
// this sequencer hands Jest only the files that hold a test the pattern matches: the same tests run, by the
// same rule Jest uses (the pattern searched case-insensitively in the full name). A file missing from the
// map (new since the map was written) is always kept; without a map or a pattern, every file runs.
const { readFileSync } = require("node:fs");
const { relative } = require("node:path");
const Sequencer = require("@jest/test-sequencer").default;

let map;
function testMap() {
  if (map === undefined) {
    const file = process.env.SFO_MUTATE_TEST_MAP;
    map = file ? JSON.parse(readFileSync(file, "utf8")) : null;
  }
  return map;
}

class MutationSequencer extends Sequencer {
  constructor(options) {
    super(options);
    this.pattern = options?.globalConfig?.testNamePattern;
  }

  sort(tests) {
    const names = testMap();
    if (!this.pattern || !names) return super.sort(tests);
    const wanted = new RegExp(this.pattern, "i");
    return super.sort(
      tests.filter((test) => {
        const inFile = names[relative(test.context.config.rootDir, test.path).split("\\").join("/")];
        return !inFile || inFile.some((name) => wanted.test(name));
      }),
    );
  }
}

module.exports = MutationSequencer;
