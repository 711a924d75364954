// The Jest runner of mutation runs (test/mutate/runner.cjs), driven by real Jest in a child process: once a
// test fails while a mutant is active, the test files after it are not loaded at all.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const root = path.join(__dirname, "..", "..", "..");
let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mutate-runner-"));
  // Each file notes that it was loaded, so a file that is never loaded leaves no mark.
  const file = (name: string, body: string) =>
    fs.writeFileSync(
      path.join(dir, name),
      `require("node:fs").appendFileSync(${JSON.stringify(path.join(dir, "loaded.txt"))}, "${name}\\n");\n${body}`,
    );
  file("1-passes.test.js", `it("one", () => {});`);
  file(
    "2-fails-under-mutant.test.js",
    `it("two", () => { if (process.env.__STRYKER_ACTIVE_MUTANT__ === "7") throw new Error("killed"); });`,
  );
  file("3-after.test.js", `it("three", () => {});`);
  fs.writeFileSync(
    path.join(dir, "sequencer.cjs"),
    `const Base = require(${JSON.stringify(require.resolve("@jest/test-sequencer"))}).default;
module.exports = class extends Base { sort(tests) { return [...tests].sort((a, b) => (a.path < b.path ? -1 : 1)); } };`,
  );
  fs.writeFileSync(
    path.join(dir, "run.cjs"),
    `const { runCLI } = require(${JSON.stringify(path.join(root, "node_modules", "jest"))});
const config = {
  rootDir: ${JSON.stringify(dir)},
  testEnvironment: ${JSON.stringify(path.join(root, "test", "mutate", "environment.cjs"))},
  runner: ${JSON.stringify(path.join(root, "test", "mutate", "runner.cjs"))},
  testSequencer: ${JSON.stringify(path.join(dir, "sequencer.cjs"))},
};
runCLI({ config: JSON.stringify(config), silent: true, runInBand: true, _: [], $0: "" }, [${JSON.stringify(dir)}]).then(({ results }) => {
  process.stdout.write(JSON.stringify(results.testResults.flatMap((file) => file.testResults.map((t) => [t.fullName, t.status]))));
});`,
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function run(env: Record<string, string> = {}) {
  fs.rmSync(path.join(dir, "loaded.txt"), { force: true });
  const child = spawnSync(process.execPath, [path.join(dir, "run.cjs")], { encoding: "utf8", env: { ...process.env, ...env } });
  expect(child.stderr).not.toContain("Error: Cannot find");
  const loaded = fs.existsSync(path.join(dir, "loaded.txt"))
    ? fs.readFileSync(path.join(dir, "loaded.txt"), "utf8").trim().split("\n")
    : [];
  return { tests: JSON.parse(child.stdout) as [string, string][], loaded };
}

describe("mutation runs' Jest runner", () => {
  it("does not load the files after the one whose test killed the mutant", () => {
    const { tests, loaded } = run({ __STRYKER_ACTIVE_MUTANT__: "7" });
    expect(loaded).toEqual(["1-passes.test.js", "2-fails-under-mutant.test.js"]);
    expect(tests).toEqual([
      ["one", "passed"],
      ["two", "failed"],
    ]);
  });

  it("runs every file for a mutant no test kills", () => {
    const { tests, loaded } = run({ __STRYKER_ACTIVE_MUTANT__: "8" });
    expect(loaded).toEqual(["1-passes.test.js", "2-fails-under-mutant.test.js", "3-after.test.js"]);
    expect(tests.map(([, status]) => status)).toEqual(["passed", "passed", "passed"]);
  });

  it("runs every file when no mutant is active (the plain tests and the coverage run)", () => {
    const { loaded } = run();
    expect(loaded).toHaveLength(3);
  });
});
