// The map of test names and times per test file that `test/mutate/run.mjs` writes before a mutation run
// (SFO_MUTATE_TEST_MAP), as the sequencer and the environment of mutation runs read it.
const { readFileSync } = require("node:fs");
const { relative } = require("node:path");

/** @type {Record<string, { ms: number, tests: string[], slow?: Record<string, number> }> | null | undefined} */
let map;

/** The map, or null outside a mutation run (no SFO_MUTATE_TEST_MAP). */
function testMap() {
  if (map === undefined) {
    const file = process.env.SFO_MUTATE_TEST_MAP;
    map = file ? JSON.parse(readFileSync(file, "utf8")) : null;
  }
  return map;
}

/** A test file's key in the map: its path from the root, with forward slashes. */
function mapKey(rootDir, path) {
  return relative(rootDir, path).split("\\").join("/");
}

module.exports = { testMap, mapKey };
