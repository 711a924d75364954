// `sfo-doctor org`: the org's exports (Login History download, sf data query output) streamed into the
// engine's OrgAnalysis. GZIP is undone here with node:zlib, so the engine only ever sees text bytes.
import * as fs from "node:fs";
import * as path from "node:path";
import { createGunzip } from "node:zlib";
import { once } from "node:events";
import {
  formatNumber,
  getCause,
  OrgAnalysis,
  OrgFileReader,
  OrgInputError,
  orgCsvHeader,
  orgCsvRow,
  orgQueries,
  queryCommandLine,
  type OrgProblem,
  type OrgReport,
  type OrgUser,
  type UiLanguage,
} from "../engine";
import { shown, type CliText } from "./text";
import { readChunks } from "./read";

export type ByteProgress = (done: number, total: number) => void;

/** The files a path names: itself, or the files directly inside a folder (hidden ones left out). */
function filesOf(p: string, problems: OrgProblem[]): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(p);
  } catch (e) {
    problems.push(problemOf(e, p));
    return [];
  }
  if (!stat.isDirectory()) return [p];
  try {
    return fs
      .readdirSync(p, { withFileTypes: true })
      .filter((d) => d.isFile() && !d.name.startsWith("."))
      .map((d) => path.join(p, d.name))
      .sort();
  } catch (e) {
    problems.push(problemOf(e, p));
    return [];
  }
}

function problemOf(e: unknown, file: string): OrgProblem {
  if (e instanceof OrgInputError) return { file, reason: e.kind, detail: e.detail };
  // Stryker disable next-line StringLiteral: an error without a code matches none of the codes below, whatever stands in for it, and is thrown again
  const code = (e as NodeJS.ErrnoException | null)?.code ?? "";
  if (code === "ENOENT" || code === "ENOTDIR") return { file, reason: "missing", detail: "" };
  if (code === "Z_BUF_ERROR") return { file, reason: "gzip-truncated", detail: "" };
  if (code.startsWith("Z_")) return { file, reason: "gzip-bad", detail: "" };
  if (/^E[A-Z]+$/.test(code)) return { file, reason: "unreadable", detail: code };
  throw e;
}

function isGzip(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(2);
    return fs.readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}

/** The reader copies what it keeps, so diagnose's double-buffered reading serves the org's exports too. */
async function readPlain(file: string, reader: OrgFileReader, onBytes: (n: number) => void): Promise<void> {
  const fd = fs.openSync(file, "r");
  try {
    await readChunks(fd, (chunk) => {
      reader.push(chunk);
      onBytes(chunk.length);
    });
  } finally {
    fs.closeSync(fd);
  }
}

async function readGzip(file: string, reader: OrgFileReader, onBytes: (n: number) => void): Promise<void> {
  // Stryker disable next-line ObjectLiteral,ArithmeticOperator: the size of each read changes only how fast the file is read, never what is read
  const raw = fs.createReadStream(file, { highWaterMark: 1024 * 1024 });
  // Stryker disable next-line ObjectLiteral: the size of each unpacked piece changes only how fast the rows come, never which rows
  const gunzip = createGunzip({ chunkSize: 256 * 1024 });
  raw.on("error", (e) => gunzip.destroy(e));
  raw.pipe(gunzip);
  let counted = 0;
  try {
    for await (const chunk of gunzip) {
      reader.push(chunk as Buffer);
      onBytes(raw.bytesRead - counted);
      counted = raw.bytesRead;
    }
  } finally {
    // Closing the file is asynchronous: wait for it, so no export stays open after its read (a broken
    // GZIP file ends the loop with an error while the file is still open).
    raw.destroy();
    if (!raw.closed) await once(raw, "close");
  }
}

async function readExport(analysis: OrgAnalysis, file: string, onBytes: (n: number) => void): Promise<void> {
  const reader = new OrgFileReader(analysis, file);
  await (isGzip(file) ? readGzip(file, reader, onBytes) : readPlain(file, reader, onBytes));
  reader.end();
}

/** The report without its users, and the users made one at a time as the output is written. */
export interface OrgRun {
  head: Omit<OrgReport, "users">;
  users: () => Iterable<OrgUser>;
}

/** Reads every export; a bad file becomes a problem in the report and the others are still read. */
export async function readOrgExports(paths: readonly string[], onProgress: ByteProgress): Promise<OrgRun> {
  const analysis = new OrgAnalysis();
  const problems: OrgProblem[] = [];
  const files = [...new Set(paths.flatMap((p) => filesOf(p, problems)))];
  const sizes = files.map((f) => {
    try {
      return fs.statSync(f).size;
    } catch {
      return 0;
    }
  });
  const total = sizes.reduce((a, b) => a + b, 0);
  let done = 0;
  for (const file of files) {
    try {
      await readExport(analysis, file, (n) => onProgress((done += n), total));
    } catch (e) {
      problems.push(problemOf(e, file));
    }
  }
  for (const p of problems) analysis.problem(p);
  return analysis.reportParts();
}

/** Writes the pieces in batches of about 64 KiB, waiting whenever the stream asks to (a slow pipe). */
export async function writePieces(stream: NodeJS.WritableStream, pieces: Iterable<string>): Promise<void> {
  let batch: string[] = [];
  let size = 0;
  const flush = async () => {
    const text = batch.join("");
    batch = [];
    size = 0;
    if (!stream.write(text)) await once(stream, "drain");
  };
  for (const piece of pieces) {
    batch.push(piece);
    size += piece.length;
    if (size >= 64 * 1024) await flush();
  }
  if (size > 0) await flush();
}

const indented = (value: unknown, pad: string) => JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);

/** `--json`: the same text as JSON.stringify(report, null, 2), written one user at a time. */
export function* orgJsonPieces(run: OrgRun): Generator<string> {
  const h = run.head;
  yield `{\n  "files": ${indented(h.files, "  ")},\n  "problems": ${indented(h.problems, "  ")},\n  "dateOrder": ${JSON.stringify(h.dateOrder)},\n  "users": [`;
  let first = true;
  for (const u of run.users()) {
    yield `${first ? "" : ","}\n    ${indented(u, "    ")}`;
    first = false;
  }
  yield first ? "],\n" : "\n  ],\n";
  yield `  "tokens": ${indented(h.tokens, "  ")},\n  "audit": ${indented(h.audit, "  ")},\n  "summary": ${indented(h.summary, "  ")}\n}\n`;
}

/** `--csv`: one row per user. */
export function* orgCsvPieces(run: OrgRun): Generator<string> {
  yield orgCsvHeader();
  for (const u of run.users()) yield orgCsvRow(u);
}

/** A count in the reader's digits and separators: 1,200 in English, 1.200 in Danish, German and Dutch. */
const n = (x: number, lang: UiLanguage) => formatNumber(x, lang);

/** The text view, one piece per line (each ends in a newline), users made one at a time. */
export function* orgTextPieces(run: OrgRun, t: CliText): Generator<string> {
  const report = run.head;
  let out: string[] = [];
  let started = false;
  // Lines are gathered per part and yielded; blank lines before the first text are left out.
  const take = function* (): Generator<string> {
    for (const line of out) {
      if (!started && line === "") continue;
      started = true;
      yield `${line}\n`;
    }
    out = [];
  };
  const rows = report.files.reduce((s, f) => s + f.rows, 0);
  const sfo = report.files.reduce((s, f) => s + f.sfoRows, 0);
  if (report.files.length > 0) {
    out.push(t.t("org.text.files", { files: report.files.length, rows: n(rows, t.lang), sfo: n(sfo, t.lang) }));
    for (const f of report.files) {
      out.push(
        t.t("org.text.file", {
          file: shown(f.file, 120),
          kind: t.t(`org.kind.${f.kind}`),
          rows: n(f.rows, t.lang),
          sfo: n(f.sfoRows, t.lang),
        }),
      );
      if (f.unreadable.count > 0) {
        const more = f.unreadable.count > f.unreadable.lines.length ? ", …" : "";
        out.push(
          t.t("org.text.fileUnreadable", {
            file: shown(path.basename(f.file), 80),
            count: n(f.unreadable.count, t.lang),
            lines: f.unreadable.lines.join(", ") + more,
          }),
        );
      }
    }
    if (report.dateOrder) out.push(t.t(`org.text.dateOrder.${report.dateOrder}`));
  }

  const hasLogins = report.files.some((f) => f.kind === "login-history");
  if (hasLogins) {
    out.push("");
    if (report.summary.users === 0) out.push(t.t("org.text.noUsers"));
    else out.push(t.t("org.text.users", { users: n(report.summary.users, t.lang), failing: n(report.summary.failing, t.lang) }), "");
    yield* take();
    for (const u of run.users()) {
      out.push(shown(u.user, 120));
      if (u.latest) {
        const latest = t.t("org.text.latest", { status: shown(u.latest.status || "—", 120), time: u.latest.time });
        out.push(u.failing ? `${latest} ${t.t("org.text.failingNow")}` : latest);
      }
      for (const c of u.causes) {
        const line = t.t("org.text.cause", {
          cause: c.cause,
          count: n(c.count, t.lang),
          first: c.first,
          last: c.last,
          statuses: c.statuses.map((s) => shown(s, 80)).join(", "),
          title: t.t(getCause(c.cause).titleKey),
        });
        out.push(c.inferred ? `${line} ${t.t("org.text.probably")}` : line);
      }
      if (u.clientVersion || u.tlsProtocol) {
        out.push(
          t.t("org.text.client", {
            client: shown(u.clientVersion ?? t.t("org.text.unknownValue"), 60),
            tls: shown(u.tlsProtocol ?? t.t("org.text.unknownValue"), 60),
          }),
        );
      }
      if (u.hint) out.push(t.t("org.text.hint", { text: t.t(u.hint.key, u.hint.params) }));
      yield* take();
    }
    const causes = Object.entries(report.summary.causes);
    if (causes.length > 0) {
      out.push("", t.t("org.text.perCause"));
      const width = Math.max(...causes.map(([id]) => id.length));
      for (const [id, count] of causes.sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))) {
        out.push(`  ${String(count).padStart(5)}  ${id.padEnd(width)}  ${t.t(getCause(id as Parameters<typeof getCause>[0]).titleKey)}`);
      }
    }
  }

  if (report.files.some((f) => f.kind === "oauth-token")) {
    out.push("", t.t("org.text.tokens", { users: n(report.tokens.length, t.lang) }));
    for (const u of report.tokens) {
      out.push(shown(u.user, 120));
      for (const tk of u.tokens) {
        out.push(
          tk.lastUsed
            ? t.t("org.text.token", { created: tk.created, lastUsed: tk.lastUsed, count: tk.useCount ?? "?" })
            : t.t("org.text.tokenNeverUsed", { created: tk.created }),
        );
      }
      if (u.hint) out.push(t.t("org.text.hint", { text: t.t(u.hint.key, u.hint.params) }));
    }
  }

  if (report.files.some((f) => f.kind === "setup-audit-trail")) {
    out.push("");
    if (report.audit.length === 0) out.push(t.t("org.text.noAudit"));
    else {
      out.push(t.t("org.text.audit", { count: report.audit.length }));
      for (const a of report.audit)
        out.push(`  ${a.time}  ${shown(a.who || "—", 60)}  ${shown(a.section ? `${a.section}: ` : "", 60)}${shown(a.display, 300)}`);
    }
  }

  if (report.problems.length > 0) {
    out.push("", t.t("org.text.problems", { count: report.problems.length }));
    for (const p of report.problems) out.push(`  ${problemText(p, t)}`);
  }
  yield* take();
}

export const problemText = (p: OrgProblem, t: CliText): string =>
  t.t(`org.problem.${p.reason}`, { file: shown(p.file, 160), detail: shown(p.detail, 300) });

export function renderQueries(t: CliText): string {
  const days = 30;
  const out = [`# ${t.t("org.queries.intro")}`, ""];
  const queries = orgQueries(days);
  for (const q of queries) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: 30 days is under the 180 Salesforce keeps, so the audit trail's limit gives every query the same number
    out.push(`# ${t.t(`org.queries.${q.kind}`, { days: q.kind === "setup-audit-trail" ? Math.min(days, 180) : days })}`);
    out.push(queryCommandLine(q), "");
  }
  out.push(`# ${t.t("org.queries.then")}`, `sfo-doctor org ${queries.map((q) => q.file).join(" ")}`);
  return out.join("\n") + "\n";
}

/** A byte bar redrawn in place at most every 100 ms; only when stderr is a terminal and the read is big. */
export function byteProgressBar(stream: NodeJS.WritableStream, t: CliText): ByteProgress {
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    const mb = (b: number) => (b / 1048576).toFixed(0);
    stream.write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${t.t("org.progress", { done: mb(done), total: mb(total) })}`);
    if (done >= total) stream.write("\r\u001b[K");
  };
}
