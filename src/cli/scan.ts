// `sfo-doctor scan`: many users' log folders, diagnosed on every core by a worker_threads pool.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import { CAUSE_IDS, csvCell, getCause } from "../engine";
import { percent } from "./diagnose";
import { InputProblem, toInputProblem } from "./read";
import type { ScanJob } from "./scan-worker";
import { shown, type CliText } from "./text";
import { findUserFolders, type UserFolder, type UserRow } from "./user-folder";

export interface ScanResult {
  users: UserRow[];
  /** Leaf folders (empty or not) that hold no SFO logs (relative to the scanned folder, with `/`). */
  foldersWithoutLogs: string[];
  summary: { users: number; causes: Partial<Record<string, number>>; statuses: Partial<Record<string, number>>; problems: number };
}

type Progress = (done: number, total: number) => void;

/** A worker that ended without answering (killed, or process.exit in a dependency): the scan stops and says so. */
export class ScanWorkerExited extends Error {
  constructor(
    public readonly user: string,
    /** The worker's exit code: node always gives one. */
    public readonly code: number,
  ) {
    super(`scan worker exited (${code}) while reading ${user}`);
    this.name = "ScanWorkerExited";
  }
}

/**
 * Runs the folders through a pool of workers. A worker that throws costs one row, not the scan; one that
 * exits without an answer fails the scan with ScanWorkerExited rather than leaving it waiting forever.
 */
export function diagnoseUsers(folders: UserFolder[], workerFile: string, onProgress: Progress): Promise<UserRow[]> {
  // Stryker disable next-line ArrayDeclaration: only a size hint; the promise resolves once every index has its row, and with no folders both are []
  const rows: UserRow[] = new Array(folders.length);
  if (folders.length === 0) return Promise.resolve(rows);
  // Stryker disable next-line MethodExpression,LogicalOperator,OptionalChaining: only how many workers read at once (at least one; extra ones get no job and are terminated with the rest); each row is stored at its folder's index, and Node 22+ always has availableParallelism
  const size = Math.max(1, Math.min(folders.length, os.availableParallelism?.() ?? os.cpus().length));
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    const workers = new Set<Worker>();
    let settled = false;
    const finish = (index: number, row: UserRow) => {
      rows[index] = row;
      onProgress(++done, folders.length);
      if (done === folders.length && !settled) {
        // Stryker disable next-line BooleanLiteral: when the last row arrives every worker is idle (current is -1), so no exit can reject after it, and done reaches folders.length only once
        settled = true;
        for (const w of workers) void w.terminate();
        resolve(rows);
      }
    };
    const start = () => {
      const worker = new Worker(workerFile);
      // Stryker disable next-line UnaryOperator: feed() below gives every new worker a job before any event (the pool is never larger than the folders, and a worker is only restarted while folders are left), so this value is never read
      let current = -1;
      const feed = () => {
        if (next >= folders.length) return;
        current = next++;
        worker.postMessage({ index: current, ...folders[current] } satisfies ScanJob);
      };
      worker.on("message", (msg: { index: number; row: UserRow }) => {
        current = -1;
        finish(msg.index, msg.row);
        feed();
      });
      worker.on("error", () => {
        // Stryker disable next-line CallExpression: a failed worker left in the set only gets terminate() again when the scan ends, which does nothing to a stopped thread
        workers.delete(worker);
        const failed = current;
        current = -1;
        if (failed >= 0)
          finish(failed, {
            user: folders[failed].user,
            status: null,
            cause: null,
            confidence: null,
            problems: [{ file: "", reason: "failed" }],
          });
        if (next < folders.length) start();
      });
      worker.on("exit", (code) => {
        // Stryker disable next-line CallExpression: an exited worker left in the set only gets terminate() again later, which does nothing to a stopped thread
        workers.delete(worker);
        if (current < 0 || settled) return;
        // Stryker disable next-line BooleanLiteral: the promise is rejected two lines below and settles only once; a later resolve, reject or terminate() changes nothing, and progress is reported either way
        settled = true;
        for (const w of workers) void w.terminate();
        reject(new ScanWorkerExited(folders[current].user, code));
      });
      workers.add(worker);
      feed();
    };
    // Stryker disable next-line EqualityOperator: one worker more only reads a folder sooner or waits idle (current -1) until the scan ends and terminates it; rows are stored by index
    for (let i = 0; i < size; i++) start();
  });
}

export async function scanFolder(root: string, workerFile: string, onProgress: Progress): Promise<ScanResult> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch (e) {
    throw toInputProblem(e, root) ?? e;
  }
  if (!stat.isDirectory()) throw new InputProblem(root, "not-folder");
  try {
    fs.readdirSync(root);
  } catch (e) {
    throw toInputProblem(e, root) ?? e;
  }
  const { users: folders, unreadable, withoutLogs } = findUserFolders(path.resolve(root));
  if (folders.length === 0 && unreadable.length === 0) throw new InputProblem(root, "no-logs");
  const rows = await diagnoseUsers(folders, workerFile, onProgress);
  for (const u of unreadable)
    rows.push({ user: u.user, status: null, cause: null, confidence: null, problems: [{ file: "", reason: "unreadable" }] });
  return { users: sortRows(rows), foldersWithoutLogs: withoutLogs, summary: summarise(rows) };
}

// Problems first in cause-catalog order, then users without a cause, then unreadable folders.
function sortRows(rows: UserRow[]): UserRow[] {
  const rank = (r: UserRow) => (r.cause ? CAUSE_IDS.indexOf(r.cause) : r.status ? CAUSE_IDS.length : CAUSE_IDS.length + 1);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.user < b.user ? -1 : a.user > b.user ? 1 : 0));
}

function summarise(rows: UserRow[]): ScanResult["summary"] {
  const causes: Partial<Record<string, number>> = {};
  const statuses: Partial<Record<string, number>> = {};
  for (const r of rows) {
    if (r.cause) causes[r.cause] = (causes[r.cause] ?? 0) + 1;
    if (r.status) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  return { users: rows.length, causes, statuses, problems: rows.filter((r) => r.problems.length > 0).length };
}

const problemText = (r: UserRow, t: CliText) =>
  r.problems.map((p) => (p.file ? `${shown(p.file, 80)}: ${t.t(`cli.reason.${p.reason}`)}` : t.t(`cli.reason.${p.reason}`))).join("; ");

// Enough names to act on; a tree with hundreds of empty folders should not bury the summary.
const MAX_NAMED_FOLDERS = 20;

export function renderScanTable(result: ScanResult, t: CliText): string {
  const header = [t.t("cli.scan.col.user"), t.t("cli.scan.col.status"), t.t("cli.scan.col.cause"), t.t("cli.scan.col.problem")];
  const body = result.users.map((r) => [
    shown(r.user, 80),
    r.status ? t.t(`cli.status.${r.status}`) : "—",
    r.cause ? `${r.cause}${r.confidence !== null && getCause(r.cause).named ? ` (${percent(r.confidence)} %)` : ""}` : "—",
    problemText(r, t),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  const out = [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line), ""];
  out.push(t.t("cli.scan.summary", { users: result.summary.users }));
  const found = CAUSE_IDS.filter((id) => result.summary.causes[id]);
  const idWidth = Math.max(0, ...found.map((id) => id.length));
  for (const id of found)
    out.push(`  ${String(result.summary.causes[id]).padStart(4)}  ${id.padEnd(idWidth)}  ${t.t(getCause(id).titleKey)}`);
  const healthy = result.users.filter((r) => !r.cause && r.status).length;
  if (healthy) out.push(`  ${String(healthy).padStart(4)}  ${t.t("cli.scan.noCause")}`);
  if (result.summary.problems) out.push(`  ${String(result.summary.problems).padStart(4)}  ${t.t("cli.scan.withProblems")}`);
  const missing = result.foldersWithoutLogs;
  if (missing.length > 0) {
    const named = missing.slice(0, MAX_NAMED_FOLDERS).map((f) => shown(f, 80));
    if (missing.length > MAX_NAMED_FOLDERS) named.push(t.t("cli.scan.andMore", { count: missing.length - MAX_NAMED_FOLDERS }));
    out.push("", t.t("cli.scan.withoutLogs", { count: missing.length, list: named.join(", ") }));
  }
  return out.join("\n") + "\n";
}

export function renderScanCsv(result: ScanResult): string {
  const rows = [["user", "status", "cause", "confidence", "problem", "problem_file"]];
  for (const r of result.users) {
    rows.push([
      r.user,
      r.status ?? "",
      r.cause ?? "",
      r.confidence === null ? "" : String(percent(r.confidence) / 100),
      r.problems.map((p) => p.reason).join(";"),
      r.problems.map((p) => p.file).join(";"),
    ]);
  }
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** A one-line bar redrawn in place; only used when stderr is a terminal. */
export function progressBar(stream: NodeJS.WritableStream, t: CliText): Progress {
  return (done, total) => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${t.t("cli.scan.progress", { done, total })}`);
    if (done === total) stream.write("\r\u001b[K");
  };
}
