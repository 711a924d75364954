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
//    + 5 s, and a new test runner process after it).
// 4. A loop that never ends stops sooner. A mutant that makes a synchronous loop endless never yields, so
//    no timer in this process can stop it: StrykerJS waits for its own timeout (8 s and more for the
//    engine), then kills the test runner process and starts a new one. But the mutated code asks StrykerJS's
//    context which mutant is active at every mutated spot it passes, and every loop in a mutated room
//    passes some. Here that question checks the clock (every 1,024 asks), and once a test has run for
//    2 s + 10 x its time in the plain run (test-names.json), it throws and marks the run as StrykerJS marks
//    a mutant that passes its hit limit: Timeout, as StrykerJS's own timer would, only without the wait.
const { TestEnvironment } = require("jest-environment-node");
const { mapKey, testMap } = require("./test-map.cjs");

const ACTIVE = "__STRYKER_ACTIVE_MUTANT__";
const BLOCK = "\u0000describe block ";
/** The mutant that already failed a test in this process (one mutant runs at a time). */
let killed;

const LOOP_BASE_MS = 2000;
const LOOP_FACTOR = 10;
/** A test's time in the plain run (test/mutate/run.mjs keeps those of 10 ms or more), or 0; without a name, the file's. */
function plainMs(file, name) {
  const times = testMap()?.[file];
  return (name === undefined ? times?.ms : times?.slow?.[name]) ?? 0;
}

/** A test's full name as StrykerJS's Jest plugin writes it (describe names and the test's, by spaces). */
function blockName(block) {
  return block.parent ? `${blockName(block.parent)} ${block.name}`.trimStart() : "";
}
function testName(test) {
  return `${blockName(test.parent)} ${test.name}`.trimStart();
}
function testNames(block, names = []) {
  for (const child of block.children) {
    if (child.type === "test") names.push(testName(child));
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

  /** The test file, as test-names.json names it. */
  #file;
  /** When the running test or hook counts as an endless loop (performance.now()), see 4. above. */
  #deadline = Infinity;
  #budget = 0;
  /** Asks for the active mutant since the clock was last read. */
  #asks = 0;

  constructor(config, context) {
    super(config, context);
    this.#mutantTestTimeout = config.projectConfig.testEnvironmentOptions?.mutantTestTimeout;
    this.#file = mapKey(config.projectConfig.rootDir, context.testPath);
  }

  /** From now on the mutated code may run `ms` more before it counts as an endless loop. */
  #arm(ms) {
    const ns = this.global.__stryker__;
    if (!ns) return;
    this.#budget = ms;
    this.#deadline = performance.now() + ms;
    const own = Object.getOwnPropertyDescriptor(ns, "activeMutant");
    if (own?.get?.owner === this) return;
    // StrykerJS deletes the property after each run, so this is set up again for every mutant, and again
    // for each test file of the run (a new environment), keeping the active mutant the last file saw.
    let active = own?.get ? own.get.active() : own?.value;
    const get = () => {
      if ((++this.#asks & 1023) === 0 && performance.now() > this.#deadline) {
        if (typeof ns.hitLimit === "number") ns.hitCount = Math.max(ns.hitCount ?? 0, ns.hitLimit + 1);
        throw new Error(`Mutation run: a test ran for over ${this.#budget} ms, an endless loop (test/mutate/environment.cjs)`);
      }
      return active;
    };
    get.owner = this;
    get.active = () => active;
    Object.defineProperty(ns, "activeMutant", {
      configurable: true,
      enumerable: true,
      get,
      set: (value) => {
        active = value;
      },
    });
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
    if (event.name === "test_fn_start") this.#arm(LOOP_BASE_MS + LOOP_FACTOR * plainMs(this.#file, testName(event.test)));
    else if (event.name === "hook_start") this.#arm(LOOP_BASE_MS + LOOP_FACTOR * plainMs(this.#file));
    else if (["test_fn_success", "test_fn_failure", "hook_success", "hook_failure"].includes(event.name)) this.#deadline = Infinity;
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
