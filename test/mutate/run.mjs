// `npm run mutate:<room>`: one StrykerJS pass over a room (engine or cli). First it runs the room's tests
// once with Jest's JSON output to learn which test names live in which file (the map that
// test/mutate/sequencer.cjs reads, so each mutant loads only the files that hold its covering tests), then
// it starts Stryker. Both runs see SFO_MUTATION=1, which shrinks the few inputs that exist for speed and
// robustness rather than behaviour (see test/mutate/scale.ts). Extra arguments go to Stryker.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const [room, ...strykerArgs] = process.argv.slice(2);
if (!["engine", "cli"].includes(room ?? "")) {
  console.error("usage: node test/mutate/run.mjs engine|cli [stryker options]");
  process.exit(2);
}
const out = join(root, "reports", "mutation", room);
mkdirSync(out, { recursive: true });
const env = { ...process.env, SFO_MUTATION: "1" };
const bin = (name) => join(root, "node_modules", ".bin", name);

const started = Date.now();
const jsonFile = join(out, "tests.json");
const listed = spawnSync(bin("jest"), ["-c", `test/mutate/${room}.jest.config.js`, "--json", `--outputFile=${jsonFile}`, "--silent"], {
  cwd: root,
  env,
  stdio: ["ignore", "ignore", "inherit"],
});
if (listed.status !== 0) {
  console.error(`The ${room} tests fail without any mutant (exit ${listed.status}): fix them before a mutation run.`);
  process.exit(1);
}
const results = JSON.parse(readFileSync(jsonFile, "utf8")).testResults;
// Per file: its tests' full names and how long the file took, so that a mutant's files run fastest first,
// and the tests that took 10 ms or more, for the endless-loop limit (test/mutate/environment.cjs).
const map = Object.fromEntries(
  results.map((file) => [
    relative(root, file.name).split("\\").join("/"),
    {
      ms: file.endTime - file.startTime,
      tests: file.assertionResults.map((test) => test.fullName),
      slow: Object.fromEntries(file.assertionResults.filter((test) => test.duration >= 10).map((test) => [test.fullName, test.duration])),
    },
  ]),
);
const mapFile = join(out, "test-names.json");
writeFileSync(mapFile, JSON.stringify(map));
const count = Object.values(map).reduce((n, file) => n + file.tests.length, 0);
console.log(`${room}: ${count} tests in ${results.length} files mapped in ${((Date.now() - started) / 1000).toFixed(0)} s`);

const run = spawnSync(bin("stryker"), ["run", `test/mutate/${room}.config.mjs`, ...strykerArgs], {
  cwd: root,
  env: { ...env, SFO_MUTATE_TEST_MAP: mapFile },
  stdio: "inherit",
});
console.log(`${room}: mutation run took ${((Date.now() - started) / 60000).toFixed(1)} min in all`);
process.exit(run.status ?? 1);
