// `sfo-doctor scan` at its edges, in process: the table, the summary and the CSV an admin reads, built from
// small results; the order of users and the counts from a scan whose worker answers with rows the test chose;
// folders that cannot be listed (simulated: these tests run as root); a worker that throws.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { diagnoseUsers, renderScanCsv, renderScanTable, scanFolder, ScanWorkerExited, type ScanResult } from "../../../src/cli/scan";
import { InputProblem } from "../../../src/cli/read";
import { cliText } from "../../../src/cli/text";
import type { UserRow } from "../../../src/cli/user-folder";

// Hoisted above the imports: the scan's code gets this node:fs too (the worker threads keep the real one).
jest.mock("node:fs", () => {
  const real = jest.requireActual<typeof import("node:fs")>("node:fs");
  return { ...real, readdirSync: jest.fn(real.readdirSync) };
});

const real = jest.requireActual<typeof import("node:fs")>("node:fs");
const en = cliText("en");

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sfo-doctor-scan-"));
});
afterEach(() => {
  jest.mocked(fs.readdirSync).mockImplementation(real.readdirSync);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Folders named "locked" cannot be listed (EACCES), as on a share without the right to read them. */
function lockFolders(): void {
  jest.mocked(fs.readdirSync).mockImplementation(((p: fs.PathLike, options?: never) => {
    if (path.basename(String(p)) === "locked") throw Object.assign(new Error("EACCES: simulated"), { code: "EACCES" });
    return real.readdirSync(p, options);
  }) as typeof fs.readdirSync);
}

/**
 * A scan worker that answers each user with the row written in that user's Trace.log (JSON), after
 * `delay` ms. Other flags: `throws` throws instead; `crashesIdle` answers, then dies idle 20 ms later (unless
 * another job came in) and leaves a file "crashed" next to the user folders; `waitsForCrash` answers once
 * that file exists (or after 1 s). The real worker would diagnose the log.
 */
function scriptedWorker(): string {
  const file = path.join(dir, "scripted-worker.js");
  fs.writeFileSync(
    file,
    `const { parentPort } = require("node:worker_threads");
const fs = require("node:fs");
const path = require("node:path");
let idleCrash;
parentPort.on("message", (job) => {
  const { throws, crashesIdle, waitsForCrash, delay, ...row } = JSON.parse(fs.readFileSync(path.join(job.dir, "Trace.log"), "utf8"));
  const marker = path.join(job.dir, "..", "crashed");
  clearTimeout(idleCrash);
  if (throws) throw new Error("boom");
  const answer = () => {
    parentPort.postMessage({ index: job.index, row: { user: job.user, ...row } });
    if (crashesIdle) idleCrash = setTimeout(() => { fs.writeFileSync(marker, ""); throw new Error("idle boom"); }, 20);
  };
  if (!waitsForCrash) return void setTimeout(answer, delay ?? 0);
  const started = Date.now();
  const poll = () => (fs.existsSync(marker) || Date.now() - started > 1000 ? answer() : setTimeout(poll, 5));
  poll();
});
`,
  );
  return file;
}

function users(rows: Record<string, Partial<UserRow> & { throws?: true; crashesIdle?: true; waitsForCrash?: true; delay?: number }>): void {
  for (const [user, row] of Object.entries(rows)) {
    fs.mkdirSync(path.join(dir, "users", user), { recursive: true });
    fs.writeFileSync(
      path.join(dir, "users", user, "Trace.log"),
      JSON.stringify({ status: null, cause: null, confidence: null, problems: [], ...row }),
    );
  }
}

const row = (user: string, over: Partial<UserRow> = {}): UserRow => ({
  user,
  status: null,
  cause: null,
  confidence: null,
  problems: [],
  ...over,
});

/** The promise's value, or "still waiting" when it has not settled within ms. */
const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<string>((resolve) => setTimeout(() => resolve("still waiting"), ms).unref())]);

const NO_WORKER = path.join(os.tmpdir(), "sfo-doctor-no-such-worker.js");

describe("the scan table and summary", () => {
  const result: ScanResult = {
    users: [
      row("dana", { status: "logged-out", cause: "refresh-token-expired", confidence: 0.857 }),
      row("eve", { status: "logged-out", cause: "unknown", confidence: 0.3 }),
      row("al", { status: "connected" }),
      row("bo", {
        problems: [
          { file: "Trace.log", reason: "binary" },
          { file: "AddinTrace.log", reason: "empty" },
        ],
      }),
      row("cy", { problems: [{ file: "", reason: "unreadable" }] }),
    ],
    foldersWithoutLogs: ["x", "y"],
    summary: { users: 5, causes: { "refresh-token-expired": 1, unknown: 1 }, statuses: { "logged-out": 2, connected: 1 }, problems: 2 },
  };

  it("aligns the columns, shows a percentage only for named causes, a dash for nothing, every problem, and counts per cause, healthy and unreadable", () => {
    expect(renderScanTable(result, en)).toBe(
      [
        "User  Status      Cause                         Problem",
        "----  ----------  ----------------------------  --------------------------------------------------",
        "dana  logged out  refresh-token-expired (86 %)",
        "eve   logged out  unknown",
        "al    connected   —",
        "bo    —           —                             Trace.log: binary file; AddinTrace.log: empty file",
        "cy    —           —                             cannot be read",
        "",
        "5 users. Per cause:",
        "     1  refresh-token-expired  The Refresh Token Policy expired Salesforce for Outlook's sign-in",
        "     1  unknown                Logged out, for a reason the logs do not name",
        "     1  no sign-in problem found",
        "     2  with logs that could not be read",
        "",
        "2 user folders hold no SFO logs: x, y",
        "",
      ].join("\n"),
    );
  });

  it("gives spreadsheets the confidence as a fraction and every problem with its file, one CRLF line per user", () => {
    expect(renderScanCsv(result)).toBe(
      "user,status,cause,confidence,problem,problem_file\r\n" +
        "dana,logged-out,refresh-token-expired,0.86,,\r\n" +
        "eve,logged-out,unknown,0.3,,\r\n" +
        "al,connected,,,,\r\n" +
        "bo,,,,binary;empty,Trace.log;AddinTrace.log\r\n" +
        "cy,,,,unreadable,\r\n",
    );
  });

  const folders = (n: number) => Array.from({ length: n }, (_, i) => `f${String(i + 1).padStart(2, "0")}`);
  const oneUser: ScanResult = {
    users: [row("zed", { status: "logged-out", cause: "token-revoked", confidence: 1 })],
    foldersWithoutLogs: [],
    summary: { users: 1, causes: { "token-revoked": 1 }, statuses: { "logged-out": 1 }, problems: 0 },
  };
  const table = [
    "User  Status      Cause                  Problem",
    "----  ----------  ---------------------  -------",
    "zed   logged out  token-revoked (100 %)",
  ];
  const perCause = ["", "1 user. Per cause:", "     1  token-revoked  Salesforce for Outlook's access was revoked"];

  it("says nothing of healthy users, unreadable logs or folders without logs when there are none", () => {
    expect(renderScanTable(oneUser, en)).toBe([...table, ...perCause, ""].join("\n"));
  });

  it("names up to 20 folders without logs, and past that says how many more", () => {
    expect(renderScanTable({ ...oneUser, foldersWithoutLogs: folders(20) }, en)).toBe(
      [...table, ...perCause, "", `20 user folders hold no SFO logs: ${folders(20).join(", ")}`, ""].join("\n"),
    );
    expect(renderScanTable({ ...oneUser, foldersWithoutLogs: folders(21) }, en)).toBe(
      [...table, ...perCause, "", `21 user folders hold no SFO logs: ${folders(20).join(", ")}, and 1 more`, ""].join("\n"),
    );
  });
});

describe("scanning a folder", () => {
  it("lists users by cause in catalog order, then healthy ones, then the unreadable, each group by name; counts causes, statuses and problems", async () => {
    users({
      a1: { status: "connected" },
      b1: { problems: [{ file: "Trace.log", reason: "binary" }] },
      c1: { status: "logged-out", cause: "token-revoked", confidence: 0.5 },
      d1: { status: "logged-out", cause: "refresh-token-expired", confidence: 0.9 },
      d2: { status: "logged-out", cause: "refresh-token-expired", confidence: 0.8 },
    });
    fs.mkdirSync(path.join(dir, "users", "a0", "locked"), { recursive: true });
    lockFolders();
    const progress: number[] = [];
    const result = await scanFolder(path.join(dir, "users"), scriptedWorker(), (done, total) => progress.push(done * 10 + total));
    expect(result.users.map((u) => u.user)).toEqual(["d1", "d2", "c1", "a1", "a0/locked", "b1"]);
    expect(result.users[4]).toEqual(row("a0/locked", { problems: [{ file: "", reason: "unreadable" }] }));
    expect(result.summary).toEqual({
      users: 6,
      causes: { "refresh-token-expired": 2, "token-revoked": 1 },
      statuses: { "logged-out": 3, connected: 1 },
      problems: 2,
    });
    expect(progress).toEqual([15, 25, 35, 45, 55]);
  });

  it("refuses a folder it may not list, as unreadable", async () => {
    fs.mkdirSync(path.join(dir, "locked"));
    lockFolders();
    const error = await scanFolder(path.join(dir, "locked"), NO_WORKER, () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputProblem);
    expect(error).toMatchObject({ file: path.join(dir, "locked"), reason: "unreadable", detail: "EACCES" });
  });

  it("reports a folder whose only user folder cannot be listed, rather than saying there are no logs", async () => {
    fs.mkdirSync(path.join(dir, "team", "locked"), { recursive: true });
    lockFolders();
    const result = await within(
      scanFolder(path.join(dir, "team"), NO_WORKER, () => undefined),
      1000,
    );
    expect(result).toEqual({
      users: [row("locked", { problems: [{ file: "", reason: "unreadable" }] })],
      foldersWithoutLogs: [],
      summary: { users: 1, causes: {}, statuses: {}, problems: 1 },
    });
  });
});

describe("the worker pool", () => {
  it("answers no folders at once, without starting a worker", async () => {
    expect(
      await within(
        diagnoseUsers([], NO_WORKER, () => undefined),
        500,
      ),
    ).toEqual([]);
  });

  /**
   * The users' folders, as diagnoseUsers takes them. Index -1 names nobody: a worker's exit that were taken
   * for an unanswered job (there is none) would then reject naming "nobody" rather than crash the test run.
   */
  const jobs = (...names: string[]) =>
    Object.assign(
      names.map((user) => ({ user, dir: path.join(dir, "users", user) })),
      { [-1]: { user: "nobody", dir } },
    );
  const ports = () => process.getActiveResourcesInfo().filter((r) => r === "MessagePort").length;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
  /** The threads open before a test, once those of the tests before it have ended (up to 1 s). */
  async function threadsBefore() {
    for (let i = 0; i < 100 && ports() > 0; i++) await tick();
    return ports();
  }
  /** Waits up to 1 s for the pool's threads to end: none may outlive the scan, or the CLI would not exit. */
  async function expectThreadsEnded(before: number) {
    for (let i = 0; i < 100 && ports() > before; i++) await tick();
    expect(ports()).toBeLessThanOrEqual(before);
  }

  it("costs one row when a worker throws, and finishes the other users", async () => {
    users({ a: { throws: true }, b: { status: "connected", delay: 50 } });
    const rows = await within(
      diagnoseUsers(jobs("a", "b"), scriptedWorker(), () => undefined),
      5000,
    );
    expect(rows).toEqual([row("a", { problems: [{ file: "", reason: "failed" }] }), row("b", { status: "connected" })]);
  });

  it("starts a new worker for the folders left when every worker throws, and none after the last", async () => {
    const before = await threadsBefore();
    users({ x: { throws: true }, y: { throws: true }, z: { throws: true } });
    const rows = await within(
      diagnoseUsers(jobs("x", "y", "z"), scriptedWorker(), () => undefined),
      5000,
    );
    expect(rows).toEqual(["x", "y", "z"].map((user) => row(user, { problems: [{ file: "", reason: "failed" }] })));
    await expectThreadsEnded(before);
  });

  it("does not blame the next user for a worker that dies idle after its answer", async () => {
    users({ a: { status: "connected", crashesIdle: true }, b: { status: "logged-out", waitsForCrash: true } });
    const rows = await within(
      diagnoseUsers(jobs("a", "b"), scriptedWorker(), () => undefined),
      5000,
    );
    expect(rows).toEqual([row("a", { status: "connected" }), row("b", { status: "logged-out" })]);
  });

  it("ends its worker threads once every user is answered, so the CLI can exit", async () => {
    const before = await threadsBefore();
    users({ a: { status: "connected" }, b: { status: "connected" } });
    await diagnoseUsers(jobs("a", "b"), scriptedWorker(), () => undefined);
    await expectThreadsEnded(before);
  });

  it("names the user and the exit code when a worker ends without an answer", () => {
    const error = new ScanWorkerExited("anna.berg", 7);
    expect(error.message).toBe("scan worker exited (7) while reading anna.berg");
    expect(error.name).toBe("ScanWorkerExited");
  });
});
