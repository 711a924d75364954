// Jest environment for mutation runs. Outside StrykerJS (the plain tests) it is Node's environment
// unchanged. Under StrykerJS it does two things:
//
// 1. Coverage of work done for tests outside a test. StrykerJS learns which tests cover a mutant by
//    noting the running test's name whenever mutated code runs, in its first run. Code that a describe
//    block's body or its beforeAll/afterAll hooks run (a report built once and checked by ten tests)
//    runs while no test is running, so StrykerJS would count it as "static": with ignoreStatic the mutant
//    is either ignored or tried only against the few tests that call the code themselves, and the ten
//    tests that check the result never see it. Here that coverage is recorded under the block and, once
//    the file has run, handed to every test inside the block. Code that runs when a source module is
//    first imported (the test file's imports, before any describe) stays static.
// 2. Bail on the first failure. Once a test fails while a mutant is active, the mutant is killed, so the
//    rest of its tests are skipped (StrykerJS stops at the first failing test with other runners; Jest
//    cannot bail per test through its API).
// 3. A test that waits for ever fails sooner. When the room's config sets testEnvironmentOptions
//    `mutantTestTimeout` (the CLI's: its tests await streams and worker threads, and a mutant that drops a
//    resolve() leaves them waiting), each test of a mutant's run may take that long at most. The mutant
//    is then killed by a failing test within seconds instead of StrykerJS's timeout (its tests' time x 1.5
//    + 5 s, and a new test runner process after it). A loop that never yields is left to StrykerJS.
const { TestEnvironment } = require("jest-environment-node");

const ACTIVE = "__STRYKER_ACTIVE_MUTANT__";
const BLOCK = "\u0000describe block ";
/** The mutant that already failed a test in this process (one mutant runs at a time). */
let killed;

/** A test's full name as StrykerJS's Jest plugin writes it (describe names and the test's, by spaces). */
function blockName(block) {
  return block.parent ? `${blockName(block.parent)} ${block.name}`.trimStart() : "";
}
function testNames(block, names = []) {
  for (const child of block.children) {
    if (child.type === "test") names.push(`${blockName(child.parent)} ${child.name}`.trimStart());
    else testNames(child, names);
  }
  return names;
}

class MutationEnvironment extends TestEnvironment {
  /** Blocks whose body or hooks ran mutated code, by the name their coverage is kept under. */
  #blocks = new Map();
  /** The describe bodies being collected, innermost last. */
  #collecting = [];

  /** Milliseconds a test of a mutant's run may take (see 3. above), or undefined. */
  #mutantTestTimeout;

  constructor(config, context) {
    super(config, context);
    this.#mutantTestTimeout = config.projectConfig.testEnvironmentOptions?.mutantTestTimeout;
  }

  /** StrykerJS's context while it measures coverage per test; undefined otherwise. */
  #coverageRun() {
    if (process.env[ACTIVE] !== undefined) return undefined;
    return this.global.__stryker__;
  }

  #coverUnder(context, block) {
    let key = [...this.#blocks].find(([, known]) => known === block)?.[0];
    if (key === undefined) {
      key = `${BLOCK}${this.#blocks.size}`;
      this.#blocks.set(key, block);
    }
    context.currentTestId = key;
  }

  #handOut(context) {
    const perTest = context.mutantCoverage?.perTest;
    for (const [key, block] of this.#blocks) {
      const covered = perTest?.[key];
      if (!covered) continue;
      delete perTest[key];
      for (const name of testNames(block)) {
        const into = (perTest[name] ??= {});
        for (const [id, hits] of Object.entries(covered)) into[id] = (into[id] ?? 0) + hits;
      }
    }
    this.#blocks.clear();
  }

  handleTestEvent(event, state) {
    const context = this.#coverageRun();
    if (context) {
      if (event.name === "start_describe_definition") {
        this.#collecting.push(state.currentDescribeBlock);
        this.#coverUnder(context, state.currentDescribeBlock);
      } else if (event.name === "finish_describe_definition") {
        this.#collecting.pop();
        const outer = this.#collecting.at(-1);
        if (outer) this.#coverUnder(context, outer);
        else context.currentTestId = undefined;
      } else if (event.name === "hook_start" && (event.hook.type === "beforeAll" || event.hook.type === "afterAll")) {
        this.#coverUnder(context, event.hook.parent);
      } else if (
        (event.name === "hook_success" || event.name === "hook_failure") &&
        (event.hook.type === "beforeAll" || event.hook.type === "afterAll")
      ) {
        context.currentTestId = undefined;
      } else if (event.name === "run_finish") {
        this.#handOut(context);
      }
      return;
    }
    const mutant = process.env[ACTIVE];
    if (mutant === undefined) return;
    if (event.name === "test_start" && this.#mutantTestTimeout) state.testTimeout = Math.min(state.testTimeout, this.#mutantTestTimeout);
    if (event.name === "test_fn_failure" || event.name === "hook_failure") killed = mutant;
    else if (killed !== mutant) return;
    // Skipping a whole describe block also skips its beforeAll hooks.
    else if (event.name === "run_describe_start") event.describeBlock.mode = "skip";
    else if (event.name === "test_start") event.test.mode = "skip";
  }
}

/** The mutant that failed a test in this process, for the runner (test/mutate/runner.cjs). */
MutationEnvironment.killed = () => killed;

module.exports = MutationEnvironment;
