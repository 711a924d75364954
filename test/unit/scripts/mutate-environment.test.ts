// The Jest environment of mutation runs (test/mutate/environment.cjs), driven by real Jest in a child
// process the way StrykerJS drives it: a shared context where mutated code notes the running test, and the
// active mutant in an environment variable.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..", "..");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutate-env-"));
  // StrykerJS's Jest plugin: it shares one context with every test file and names the running test in it.
  fs.writeFileSync(
    path.join(dir, "env.cjs"),
    `const Base = require(${JSON.stringify(path.join(root, "test", "mutate", "environment.cjs"))});
const shared = (globalThis.__context ??= { mutantCoverage: { static: {}, perTest: {} } });
const blockName = (b) => (b.parent ? \`\${blockName(b.parent)} \${b.name}\`.trimStart() : "");
module.exports = class extends Base {
  constructor(config, context) { super(config, context); this.global.__stryker__ = shared; }
  handleTestEvent(event, state) {
    super.handleTestEvent(event, state);
    if (event.name === "test_start") shared.currentTestId = \`\${blockName(event.test.parent)} \${event.test.name}\`.trimStart();
    if (event.name === "test_done") shared.currentTestId = undefined;
  }
};`,
  );
  // What instrumented code does when it runs: count a hit under the running test, or as static.
  const cover = `function cover(id) {
  const ns = globalThis.__stryker__, cov = ns.mutantCoverage;
  const into = ns.currentTestId ? (cov.perTest[ns.currentTestId] ??= {}) : cov.static;
  into[id] = (into[id] ?? 0) + 1;
}`;
  fs.writeFileSync(
    path.join(dir, "coverage.test.js"),
    `${cover}
cover("import");
describe("report", () => {
  cover("built in the describe body");
  beforeAll(() => cover("built in beforeAll"));
  it("names the setting", () => cover("in the test"));
  describe("in Danish", () => {
    it("names it in Danish", () => {});
  });
});
describe("other", () => { it("unrelated", () => cover("other")); });`,
  );
  fs.writeFileSync(
    path.join(dir, "bail.test.js"),
    `it("first", () => expect(1).toBe(2));
it("second", () => {});
describe("later block", () => { beforeAll(() => { throw new Error("must not run"); }); it("third", () => {}); });`,
  );
  // Instrumented code asks which mutant is active at every mutated spot; a mutant made this loop endless.
  fs.writeFileSync(
    path.join(dir, "loop.test.js"),
    `const ns = globalThis.__stryker__;
Object.assign(ns, { hitLimit: 500, hitCount: 0 });
const isActive = (id) => ns.activeMutant === id;
it("takes a second", () => { const end = Date.now() + 1000; while (Date.now() < end) isActive("3"); });
it("never ends", () => { for (;;) isActive("3"); });
it("after it", () => {});`,
  );
  // Two test files of one mutant's run: each sees the active mutant, however often it asks.
  for (const name of ["a", "b"]) {
    fs.writeFileSync(
      path.join(dir, `sees-${name}.test.js`),
      `const ns = globalThis.__stryker__;
if (ns.activeMutant === undefined) ns.activeMutant = process.env.__STRYKER_ACTIVE_MUTANT__;
it("${name} sees mutant 7", () => { for (let i = 0; i < 5000; i++) expect(ns.activeMutant).toBe("7"); });`,
    );
  }
  fs.writeFileSync(
    path.join(dir, "run.cjs"),
    `const { runCLI } = require(${JSON.stringify(path.join(root, "node_modules", "jest"))});
const [match] = process.argv.slice(2);
const config = { rootDir: ${JSON.stringify(dir)}, testEnvironment: ${JSON.stringify(path.join(dir, "env.cjs"))}, testMatch: ["**/" + match] };
runCLI({ config: JSON.stringify(config), silent: true, runInBand: true, _: [], $0: "" }, [${JSON.stringify(dir)}]).then(({ results }) => {
  const tests = results.testResults.flatMap((file) => file.testResults.map((t) => [t.fullName, t.status]));
  const { mutantCoverage: coverage, hitCount, hitLimit } = globalThis.__context;
  process.stdout.write(JSON.stringify({ tests, coverage, hits: [hitCount, hitLimit] }));
});`,
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(file: string, env: Record<string, string> = {}) {
  const child = spawnSync(process.execPath, [path.join(dir, "run.cjs"), file], {
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
  expect(child.stderr).not.toContain("Error: Cannot find");
  return JSON.parse(child.stdout) as {
    tests: [string, string][];
    hits: [number | undefined, number | undefined];
    coverage: { static: Record<string, number>; perTest: Record<string, Record<string, number>> };
  };
}

describe("mutation runs' Jest environment", () => {
  it("hands code run by a describe body or beforeAll to every test inside that block, so their assertions count", () => {
    const { coverage } = run("coverage.test.js");
    const shared = { "built in the describe body": 1, "built in beforeAll": 1 };
    expect(coverage.perTest["report names the setting"]).toEqual({ ...shared, "in the test": 1 });
    expect(coverage.perTest["report in Danish names it in Danish"]).toEqual(shared);
    expect(coverage.perTest["other unrelated"]).toEqual({ other: 1 });
    // Importing modules stays static: that code runs once for every test.
    expect(coverage.static).toEqual({ import: 1 });
    expect(Object.keys(coverage.perTest)).toHaveLength(3);
  });

  it("skips a mutant's remaining tests and blocks once one test fails", () => {
    const { tests } = run("bail.test.js", { __STRYKER_ACTIVE_MUTANT__: "7" });
    expect(tests).toEqual([
      ["first", "failed"],
      ["second", "pending"],
      ["later block third", "pending"],
    ]);
  });

  it("stops a test whose loop never ends after 2 s and marks the mutant as timed out, as StrykerJS's hit limit does", () => {
    const started = Date.now();
    const { tests, hits } = run("loop.test.js", { __STRYKER_ACTIVE_MUTANT__: "7" });
    expect(tests).toEqual([
      ["takes a second", "passed"],
      ["never ends", "failed"],
      ["after it", "pending"],
    ]);
    // StrykerJS reads a hit count above the limit as Timeout.
    expect(hits).toEqual([501, 500]);
    // Not StrykerJS's timeout (8 s and more) and a new process: about 2 s for the endless test.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("keeps the active mutant from one test file to the next", () => {
    const { tests } = run("sees-*.test.js", { __STRYKER_ACTIVE_MUTANT__: "7" });
    expect(tests.sort()).toEqual([
      ["a sees mutant 7", "passed"],
      ["b sees mutant 7", "passed"],
    ]);
  });

  it("runs every test when no mutant is active", () => {
    const { tests } = run("bail.test.js");
    expect(tests.map(([, status]) => status)).toEqual(["failed", "passed", "failed"]);
  });
});
