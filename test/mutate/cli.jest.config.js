// The CLI's mutants against the CLI's tests (in process; the scan's worker threads run the bundle).
const unit = require("../jest.mutate.config.js");

module.exports = { ...unit, rootDir: "../..", testMatch: ["<rootDir>/test/unit/cli/**/*.test.ts"] };
