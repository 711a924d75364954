// The test sequencer of mutation runs (test/mutate/sequencer.cjs): a mutant's run loads only the files that
// hold its covering tests, quickest first, so that a killed mutant stops before the slow files.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const rootDir = "/repo";
const test = (file: string) => ({ path: path.join(rootDir, file), context: { config: { rootDir } } });
const files = [
  test("test/unit/engine/slow-scale.test.ts"),
  test("test/unit/engine/quick.test.ts"),
  test("test/unit/engine/middle.test.ts"),
  test("test/unit/engine/new-since-the-map.test.ts"),
];

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutate-seq-"));
  fs.writeFileSync(
    path.join(dir, "map.json"),
    JSON.stringify({
      "test/unit/engine/slow-scale.test.ts": { ms: 3000, tests: ["org at scale keeps 3,000 users apart", "redact: a mail address"] },
      "test/unit/engine/quick.test.ts": { ms: 40, tests: ["redact: a mail address (quoted)"] },
      "test/unit/engine/middle.test.ts": { ms: 400, tests: ["diagnose: the seed article's logs"] },
    }),
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function sorted(pattern: string | undefined, map: string | undefined = path.join(dir, "map.json")) {
  let result: string[] = [];
  jest.isolateModules(() => {
    process.env.SFO_MUTATE_TEST_MAP = map;
    // Jest's own order (slowest first, from its cache) needs a real run's contexts: stand it in with the input order.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    jest.spyOn(require("@jest/test-sequencer").default.prototype, "sort").mockImplementation((tests) => tests);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Sequencer = require("../../mutate/sequencer.cjs");
    const sequencer = new Sequencer({ contexts: [], globalConfig: { testNamePattern: pattern } });
    result = sequencer.sort(files).map((t: { path: string }) => path.relative(rootDir, t.path));
  });
  delete process.env.SFO_MUTATE_TEST_MAP;
  return result;
}

describe("mutation runs' test sequencer", () => {
  it("loads only the files holding a covering test, quickest first, and files the map does not know last", () => {
    // The pattern StrykerJS builds: each covering test's full name, escaped, in a group of its own.
    expect(sorted("(redact: a mail address)")).toEqual([
      "test/unit/engine/quick.test.ts",
      "test/unit/engine/slow-scale.test.ts",
      "test/unit/engine/new-since-the-map.test.ts",
    ]);
    expect(sorted("(diagnose: the seed article's logs)|(org at scale keeps 3,000 users apart)")).toEqual([
      "test/unit/engine/middle.test.ts",
      "test/unit/engine/slow-scale.test.ts",
      "test/unit/engine/new-since-the-map.test.ts",
    ]);
  });

  it("leaves every file in when there is no pattern or no map", () => {
    const all = files.map((t) => path.relative(rootDir, t.path));
    expect(sorted(undefined)).toEqual(all);
    expect(sorted("(redact: a mail address)", "")).toEqual(all);
  });
});
