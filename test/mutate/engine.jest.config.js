// The engine's mutants against the engine's own tests (engine, redaction and report, hostile input,
// the worker's org reading, i18n): the CLI's tests run the engine too, but each of them costs seconds
// per mutant, and the engine must be pinned down by its own tests.
const unit = require("../jest.mutate.config.js");

module.exports = {
  ...unit,
  rootDir: "../..",
  testMatch: ["<rootDir>/test/unit/{engine,trust,hostile,worker}/**/*.test.ts", "<rootDir>/test/unit/i18n.test.ts"],
};
