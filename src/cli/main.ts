// sfo-doctor's entry: parse, run one command, map every failure to an exit code and one line on
// stderr. 0 diagnosed, 1 unexpected, 2 usage, 3 input that cannot be diagnosed. Never a stack trace.
import * as path from "node:path";
import * as v8 from "node:v8";
import { redactDiagnosis } from "../engine";
import { parseArgs, langFlag, UsageError, type CliArgs, type CommandName } from "./args";
import { renderDiagnosis } from "./diagnose";
import { diagnoseInputs, type InputContext } from "./inputs";
import { isLogFile, readPanel, readPanelFromLog, renderPanel } from "./panel";
import { InputProblem, type InputProblemReason } from "./read";
import { SFO_LOG_FOLDER_TEXT } from "../engine";
import { UI_LANGUAGES, type MessageKey } from "../engine/i18n";
import { adminReportFor, redactionNote, renderReport } from "./report";
import {
  byteProgressBar,
  orgCsvPieces,
  orgJsonPieces,
  orgTextPieces,
  problemText,
  readOrgExports,
  renderQueries,
  writePieces,
} from "./org";
import { progressBar, renderScanCsv, renderScanTable, scanFolder, ScanWorkerExited } from "./scan";
import { cliText, pickLanguage, type CliText } from "./text";
import { registerAllSidePanelLabels } from "../engine/sidepanel/all-labels";

declare const SFO_DOCTOR_VERSION: string;

const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3 } as const;

registerAllSidePanelLabels(); // the CLI reads side-panel text in any of the 18 languages

/** What a run reads and writes: the process's own streams, or a test's. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  /** The bundled scan worker (lib/scan-worker.js next to lib/cli.js). */
  scanWorker: string;
}

const writers = (io: CliIo) => ({
  out: (text: string) => void io.stdout.write(text),
  err: (text: string) => void io.stderr.write(`sfo-doctor: ${text}\n`),
});

function usageOf(command: CommandName | null, t: CliText): string {
  return command ? t.t(`cli.usage.${command}`) : t.t("cli.usage.short");
}

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    // Stryker disable next-line ConditionalExpression: Buffer.from copies a Buffer to an equal one
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    parts.push(b);
    if ((size += b.length) > limit) break;
  }
  return Buffer.concat(parts).subarray(0, limit).toString("utf8");
}

async function run(args: CliArgs, t: CliText, io: CliIo): Promise<number> {
  const { out, err } = writers(io);
  const ctx: InputContext = {
    env: io.env,
    stdin: io.stdin,
    onSkipped: (p) => err(t.t(`cli.problem.${p.reason}`, { file: p.file, detail: p.detail, folder: SFO_LOG_FOLDER_TEXT })),
  };
  switch (args.command) {
    case "help":
      out(`${args.helpFor ? t.t(`cli.help.${args.helpFor}`) : t.t("cli.help", { languages: UI_LANGUAGES.join("|") })}\n`);
      return EXIT.ok;
    case "version":
      out(`${typeof SFO_DOCTOR_VERSION === "string" ? SFO_DOCTOR_VERSION : "0.0.0"}\n`);
      return EXIT.ok;
    case "diagnose": {
      // Its output gets pasted into tickets: log-derived text is redacted as in a report.
      const d = redactDiagnosis(await diagnoseInputs(args.paths, ctx), { credentialsOnly: !args.redact }).diagnosis;
      out(args.json ? `${JSON.stringify(d, null, 2)}\n` : renderDiagnosis(d, t));
      return EXIT.ok;
    }
    case "report": {
      const d = await diagnoseInputs(args.paths, ctx);
      const report = adminReportFor(d, t, { redact: args.redact, to: args.to });
      out(renderReport(report, t, args.to));
      err(redactionNote(report, t, args.redact));
      return EXIT.ok;
    }
    case "panel": {
      // An unquoted URL with spaces arrives as several words; join them back.
      const joined = args.paths.join(" ");
      const reading =
        joined !== "-" && isLogFile(joined)
          ? await readPanelFromLog(joined)
          : readPanel(args.paths.length === 1 && args.paths[0] === "-" ? await readAll(io.stdin, 1024 * 1024) : joined);
      out(args.json ? `${JSON.stringify(reading, null, 2)}\n` : renderPanel(reading, t, args.lang ?? t.lang));
      return EXIT.ok;
    }
    case "scan": {
      const progress = io.stderr.isTTY ? progressBar(io.stderr, t) : () => {};
      const result = await scanFolder(args.paths[0], io.scanWorker, progress);
      out(args.json ? `${JSON.stringify(result, null, 2)}\n` : args.csv ? renderScanCsv(result) : renderScanTable(result, t));
      return EXIT.ok;
    }
    case "org": {
      if (args.printQueries) {
        out(renderQueries(t));
        if (args.paths.length === 0) return EXIT.ok;
      }
      // V8 doubles its young generation (to 2 x 32 MiB here) whenever enough has survived its scavenges,
      // and a long stream always gets there; a stream's garbage dies young, so the first size does. The
      // flag is read at each resize, so setting it now holds (measured by scripts/bench/org.mjs).
      // Stryker disable next-line StringLiteral: memory use only, which no output shows (scripts/bench/org.mjs measures it)
      v8.setFlagsFromString("--semi-space-growth-factor=1");
      // A bar only where a person watches and the read takes a while.
      const bar = io.stderr.isTTY ? byteProgressBar(io.stderr, t) : null;
      const report = await readOrgExports(args.paths, (done, total) => {
        if (bar && total > 32 * 1024 * 1024) bar(done, total);
      });
      // Written as it is made, one user at a time: a big org's report never stands whole in memory.
      await writePieces(io.stdout, args.json ? orgJsonPieces(report) : args.csv ? orgCsvPieces(report) : orgTextPieces(report, t));
      // The problems go to stderr too when stdout is for machines, one line each.
      if (args.json || args.csv) for (const p of report.head.problems) err(problemText(p, t));
      return report.head.files.length > 0 ? EXIT.ok : EXIT.input;
    }
  }
}

/** Where a command's advice differs from the general one (scan's is about folders of users). */
const COMMAND_PROBLEMS: Partial<Record<CommandName, Partial<Record<InputProblemReason, MessageKey>>>> = {
  scan: { missing: "cli.problem.scan.missing", unreadable: "cli.problem.scan.unreadable", "no-logs": "cli.problem.scan.no-logs" },
};

/** The problem's message, in the words of the command that met it (scan's advice is about folders of users). */
function problemMessage(error: InputProblem, t: CliText, command: CommandName | null): string {
  const params = { file: error.file, detail: error.detail, folder: SFO_LOG_FOLDER_TEXT };
  const specific = command ? COMMAND_PROBLEMS[command]?.[error.reason] : undefined;
  return t.t(specific ?? `cli.problem.${error.reason}`, params);
}

function exitCodeFor(error: unknown, t: CliText, command: CommandName | null, json: boolean, io: CliIo): number {
  const { err } = writers(io);
  const code = exitCodeOf(error);
  const message =
    error instanceof UsageError
      ? t.t(error.key, error.params)
      : error instanceof InputProblem
        ? problemMessage(error, t, command)
        : error instanceof ScanWorkerExited
          ? t.t("cli.error.workerExited", { user: error.user, code: error.code })
          : t.t("cli.error.unexpected", { message: (error instanceof Error ? error.message : String(error)).split("\n")[0] });
  // A script that asked for JSON gets JSON, also when the run fails.
  if (json && !(error instanceof UsageError)) {
    const reason = error instanceof InputProblem ? error.reason : error instanceof ScanWorkerExited ? "worker-exited" : "unexpected";
    const file = error instanceof InputProblem ? error.file : null;
    io.stdout.write(`${JSON.stringify({ error: { exitCode: code, reason, file, message } }, null, 2)}\n`);
  }
  err(message);
  if (error instanceof UsageError && error.showUsage) io.stderr.write(`${usageOf(error.command, t)}\n`);
  return code;
}

function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError) return EXIT.usage;
  if (error instanceof InputProblem) return EXIT.input;
  return EXIT.unexpected;
}

/** One run of sfo-doctor over `io`; resolves to the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let t = cliText(pickLanguage(langFlag(argv), io.env));
  let command: CommandName | null = null;
  // Stryker disable next-line BooleanLiteral: read only when parseArgs got through (it sets it), or for a usage error, which never answers in JSON
  let json = false;
  try {
    const args = parseArgs(argv, io.platform);
    command = args.command === "help" || args.command === "version" ? null : args.command;
    json = args.json;
    t = cliText(pickLanguage(args.lang ?? langFlag(argv), io.env));
    return await run(args, t, io);
  } catch (e) {
    return exitCodeFor(e, t, command, json, io);
  }
}

export async function main(argv: string[]): Promise<void> {
  const io: CliIo = {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    platform: process.platform,
    scanWorker: path.join(__dirname, "scan-worker.js"),
  };
  // Piping into `head` closes stdout early: that is the reader's choice, not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    process.exit(EXIT.unexpected);
  });
  for (const event of ["uncaughtException", "unhandledRejection"] as const) {
    process.on(event, (e: unknown) => {
      process.exitCode = exitCodeFor(e, cliText(pickLanguage(langFlag(argv), process.env)), null, false, io);
      process.exit();
    });
  }
  process.exitCode = await runCli(argv, io);
}
