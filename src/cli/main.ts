// sfo-doctor's entry: parse, run one command, map every failure to an exit code and one line on
// stderr. 0 diagnosed, 1 unexpected, 2 usage, 3 input that cannot be diagnosed. Never a stack trace.
import * as path from "node:path";
import { parseArgs, langFlag, UsageError, type CliArgs, type CommandName } from "./args";
import { renderDiagnosis } from "./diagnose";
import { diagnoseInputs, type InputContext } from "./inputs";
import { isLogFile, readPanel, readPanelFromLog, renderPanel } from "./panel";
import { InputProblem } from "./read";
import { adminReportFor, redactionNote, renderReport } from "./report";
import { progressBar, renderScanCsv, renderScanTable, scanFolder } from "./scan";
import { cliText, pickLanguage, type CliText } from "./text";
import { registerAllSidePanelLabels } from "../engine/sidepanel/all-labels";

declare const SFO_DOCTOR_VERSION: string;

const EXIT = { ok: 0, unexpected: 1, usage: 2, input: 3 } as const;

registerAllSidePanelLabels(); // the CLI reads side-panel text in any of the 18 languages

const out = (text: string) => void process.stdout.write(text);
const err = (text: string) => void process.stderr.write(`sfo-doctor: ${text}\n`);

function usageOf(command: CommandName | null, t: CliText): string {
  return command ? t.t(`cli.usage.${command}`) : t.t("cli.usage.short");
}

async function readAll(stream: NodeJS.ReadableStream, limit: number): Promise<string> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer);
    parts.push(b);
    if ((size += b.length) > limit) break;
  }
  return Buffer.concat(parts).subarray(0, limit).toString("utf8");
}

async function run(args: CliArgs, t: CliText): Promise<number> {
  const ctx: InputContext = {
    env: process.env,
    stdin: process.stdin,
    onSkipped: (p) => err(t.t(`cli.problem.${p.reason}`, { file: p.file, detail: p.detail })),
  };
  switch (args.command) {
    case "help":
      out(`${args.helpFor ? t.t(`cli.help.${args.helpFor}`) : t.t("cli.help")}\n`);
      return EXIT.ok;
    case "version":
      out(`${typeof SFO_DOCTOR_VERSION === "string" ? SFO_DOCTOR_VERSION : "0.0.0"}\n`);
      return EXIT.ok;
    case "diagnose": {
      const d = await diagnoseInputs(args.paths, ctx);
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
      const reading = joined !== "-" && isLogFile(joined)
        ? await readPanelFromLog(joined)
        : readPanel(args.paths.length === 1 && args.paths[0] === "-" ? await readAll(process.stdin, 1024 * 1024) : joined);
      out(args.json ? `${JSON.stringify(reading, null, 2)}\n` : renderPanel(reading, t, args.lang ?? t.lang));
      return EXIT.ok;
    }
    case "scan": {
      const workerFile = path.join(__dirname, "scan-worker.js");
      const progress = process.stderr.isTTY ? progressBar(process.stderr, t) : () => {};
      const result = await scanFolder(args.paths[0], workerFile, progress);
      out(args.json ? `${JSON.stringify(result, null, 2)}\n` : args.csv ? renderScanCsv(result) : renderScanTable(result, t));
      return EXIT.ok;
    }
  }
}

function exitCodeFor(error: unknown, t: CliText): number {
  if (error instanceof UsageError) {
    err(t.t(error.key, error.params));
    if (error.showUsage) process.stderr.write(`${usageOf(error.command, t)}\n`);
    return EXIT.usage;
  }
  if (error instanceof InputProblem) {
    err(t.t(`cli.problem.${error.reason}`, { file: error.file, detail: error.detail }));
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  err(t.t("cli.error.unexpected", { message: message.split("\n")[0] }));
  return EXIT.unexpected;
}

export async function main(argv: string[]): Promise<void> {
  // Piping into `head` closes stdout early: that is the reader's choice, not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    process.exit(EXIT.unexpected);
  });
  let t = cliText(pickLanguage(langFlag(argv), process.env));
  const fail = (e: unknown) => {
    process.exitCode = exitCodeFor(e, t);
  };
  for (const event of ["uncaughtException", "unhandledRejection"] as const) {
    process.on(event, (e: unknown) => {
      fail(e);
      process.exit();
    });
  }
  try {
    const args = parseArgs(argv, process.platform);
    t = cliText(pickLanguage(args.lang ?? langFlag(argv), process.env));
    process.exitCode = await run(args, t);
  } catch (e) {
    fail(e);
  }
}
