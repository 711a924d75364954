// Command-line parsing for sfo-doctor, on node:util's parseArgs (tokens mode, so every mistake maps to
// our own message). No fs, no process, so it can be unit-tested; usage errors carry an i18n key so
// main can print them in the user's language.
import { parseArgs as parseArgv } from "node:util";
import { isEmailAddress } from "../engine";
import { UI_LANGUAGES, uiLanguageOf, type MessageKey, type Params } from "../engine/i18n";

export const COMMANDS = ["diagnose", "report", "panel", "scan", "org"] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CliArgs {
  command: CommandName | "help" | "version";
  /** The command whose usage `--help` asks for; null for the overview. */
  helpFor: CommandName | null;
  json: boolean;
  csv: boolean;
  lang: string | null;
  to: string | null;
  redact: boolean;
  printQueries: boolean;
  paths: string[];
}

/** Exit code 2: the command line itself is wrong. */
export class UsageError extends Error {
  constructor(
    public readonly key: MessageKey,
    public readonly params: Params = {},
    public readonly command: CommandName | null = null,
    /** False when the one line says all there is, and the usage line would only add noise. */
    public readonly showUsage = true,
  ) {
    super(key);
  }
}

const OPTIONS = {
  json: { type: "boolean" },
  csv: { type: "boolean" },
  lang: { type: "string" },
  to: { type: "string" },
  "no-redact": { type: "boolean" },
  "print-queries": { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;
type OptionName = keyof typeof OPTIONS;

const FLAGS_OF: Record<CommandName, readonly OptionName[]> = {
  diagnose: ["json", "lang", "no-redact"],
  report: ["to", "lang", "no-redact"],
  panel: ["json", "lang"],
  scan: ["json", "csv", "lang"],
  org: ["json", "csv", "lang", "print-queries"],
};

const isCommand = (s: string): s is CommandName => (COMMANDS as readonly string[]).includes(s);

/** Finds `--lang` early, so that even a usage error can be told in the asked-for language. */
export function langFlag(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--") break;
    if (argv[i] === "--lang" && i + 1 < argv.length) return argv[i + 1];
    if (argv[i].startsWith("--lang=")) return argv[i].slice("--lang=".length);
  }
  return null;
}

/**
 * A `--lang` tag for one of the 18 languages (de, de-DE, pt_BR, zh-TW, zh-Hant, nb …), kept as given so
 * panel can still pick the regional Salesforce language. Any other tag is a usage error, not a silent English.
 */
function spokenLanguage(tag: string): string {
  if (uiLanguageOf(tag) === null) {
    throw new UsageError("cli.usage.badLang", { lang: tag, languages: UI_LANGUAGES.join(", ") }, null, false);
  }
  return tag;
}

/**
 * Parses argv (without node and script). `platform` decides whether diagnose/report may run
 * without a path (Windows: the SFO log folders under %AppData%).
 */
export function parseArgs(argv: readonly string[], platform: string): CliArgs {
  const args: CliArgs = {
    command: "help",
    helpFor: null,
    json: false,
    csv: false,
    lang: null,
    to: null,
    redact: true,
    printQueries: false,
    paths: [],
  };
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("cli.usage.noCommand");
  if (first === "-h" || first === "--help" || first === "help") {
    // `help scan`, `--help scan` and `-h scan` all ask for scan's usage.
    const topic = rest[0];
    args.helpFor = topic !== undefined && isCommand(topic) ? topic : null;
    return args;
  }
  if (first === "--version" || first === "-V") return { ...args, command: "version" };
  if (!isCommand(first)) throw new UsageError("cli.usage.unknownCommand", { command: first });
  const command = first;
  args.command = command;

  const { tokens } = parseArgv({ args: [...rest], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === "positional") {
      args.paths.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    if (token.name === "help") return { ...args, command: "help", helpFor: command };
    const name = token.name as OptionName;
    // As typed: --csv, or -x for a short one (node gives a long option's rawName without its =value).
    const option = token.rawName;
    if (!(name in OPTIONS) || !FLAGS_OF[command].includes(name)) throw new UsageError("cli.usage.unknownOption", { option }, command);
    if (OPTIONS[name].type === "string") {
      const value = token.value;
      if (value === undefined || value === "") throw new UsageError("cli.usage.missingValue", { option }, command);
      if (name === "lang") args.lang = spokenLanguage(value);
      // Stryker disable next-line ConditionalExpression: --to is the only other option that takes a value
      else if (name === "to") {
        if (!isEmailAddress(value)) throw new UsageError("cli.usage.badAddress", { to: value }, command, false);
        args.to = value.trim();
      }
    } else if (token.inlineValue) {
      throw new UsageError("cli.usage.noValue", { option }, command);
    } else if (name === "json") args.json = true;
    else if (name === "csv") args.csv = true;
    else if (name === "no-redact") args.redact = false;
    // Stryker disable next-line ConditionalExpression: --print-queries is the last flag left; --help returned above
    else if (name === "print-queries") args.printQueries = true;
  }

  if (args.json && args.csv) throw new UsageError("cli.usage.jsonAndCsv", {}, command);
  if (command === "panel" && args.paths.length === 0) throw new UsageError("cli.usage.needUrl", {}, command);
  if (command === "scan" && args.paths.length !== 1) throw new UsageError("cli.usage.needOneFolder", {}, command);
  if (command === "org" && args.paths.length === 0 && !args.printQueries) throw new UsageError("cli.usage.needExports", {}, command);
  if ((command === "diagnose" || command === "report") && args.paths.length === 0 && platform !== "win32") {
    throw new UsageError("cli.usage.needPath", {}, command);
  }
  if (args.paths.filter((p) => p === "-").length > 1) throw new UsageError("cli.usage.stdinOnce", {}, command);
  return args;
}
