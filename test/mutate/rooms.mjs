// `npm run mutate` runs one StrykerJS pass per room, each mutant against its room's tests only, so a
// mutant in the engine does not wait for the CLI's slower tests (docs/HOUSE.md). Reports per room in
// reports/mutation/<room>/.
import base from "../../stryker.config.mjs";

/** @returns {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export function roomConfig(room, { mutate, high, low }) {
  const out = `reports/mutation/${room}`;
  return {
    ...base,
    mutate,
    jest: { ...base.jest, configFile: `test/mutate/${room}.jest.config.js` },
    // The room's own program (the type check of npm run typecheck): the checker re-checks only the room's
    // files after each mutant, not the tests and the other rooms.
    tsconfigFile: `src/${room}/tsconfig.json`,
    incrementalFile: `${out}/stryker-incremental.json`,
    htmlReporter: { fileName: `${out}/index.html` },
    jsonReporter: { fileName: `${out}/mutation.json` },
    thresholds: { high, low, break: null },
  };
}
