// Command-line parsing for sfo-doctor. Pure (no fs, no process) so it can be unit-tested; usage
// errors carry an i18n key so main can print them in the user's language.
import { UI_LANGUAGES, uiLanguageOf, type Params } from "../engine/i18n";

export const COMMANDS = ["diagnose", "report", "panel", "scan"] as const;
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
  paths: string[];
}

/** Exit code 2: the command line itself is wrong. */
export class UsageError extends Error {
  constructor(
    public readonly key: string,
    public readonly params: Params = {},
    public readonly command: CommandName | null = null,
    /** False when the one line says all there is, and the usage line would only add noise. */
    public readonly showUsage = true,
  ) {
    super(key);
  }
}

type Flag = "--json" | "--csv" | "--lang" | "--to" | "--no-redact";
const VALUE_FLAGS: readonly Flag[] = ["--lang", "--to"];
const FLAGS_OF: Record<CommandName, readonly Flag[]> = {
  diagnose: ["--json", "--lang"],
  report: ["--to", "--lang", "--no-redact"],
  panel: ["--json", "--lang"],
  scan: ["--json", "--csv", "--lang"],
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
  const args: CliArgs = { command: "help", helpFor: null, json: false, csv: false, lang: null, to: null, redact: true, paths: [] };
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("cli.usage.noCommand");
  if (first === "-h" || first === "--help" || first === "help") {
    const topic = first === "help" ? rest[0] : undefined;
    args.helpFor = topic !== undefined && isCommand(topic) ? topic : null;
    return args;
  }
  if (first === "--version" || first === "-V") return { ...args, command: "version" };
  if (!isCommand(first)) throw new UsageError("cli.usage.unknownCommand", { command: first });
  const command = first;
  args.command = command;

  let optionsEnded = false;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i];
    if (optionsEnded || word === "-" || !word.startsWith("-")) {
      args.paths.push(word);
      continue;
    }
    if (word === "--") {
      optionsEnded = true;
      continue;
    }
    if (word === "-h" || word === "--help") return { ...args, command: "help", helpFor: command };
    const eq = word.indexOf("=");
    const name = (eq > 0 ? word.slice(0, eq) : word) as Flag;
    if (!FLAGS_OF[command].includes(name)) throw new UsageError("cli.usage.unknownOption", { option: name }, command);
    if (VALUE_FLAGS.includes(name)) {
      const value = eq > 0 ? word.slice(eq + 1) : rest[++i];
      if (value === undefined || value === "") throw new UsageError("cli.usage.missingValue", { option: name }, command);
      if (name === "--lang") args.lang = spokenLanguage(value);
      else args.to = value;
    } else if (eq > 0) {
      throw new UsageError("cli.usage.noValue", { option: name }, command);
    } else if (name === "--json") args.json = true;
    else if (name === "--csv") args.csv = true;
    else if (name === "--no-redact") args.redact = false;
  }

  if (args.json && args.csv) throw new UsageError("cli.usage.jsonAndCsv", {}, command);
  if (command === "panel" && args.paths.length === 0) throw new UsageError("cli.usage.needUrl", {}, command);
  if (command === "scan" && args.paths.length !== 1) throw new UsageError("cli.usage.needOneFolder", {}, command);
  if ((command === "diagnose" || command === "report") && args.paths.length === 0 && platform !== "win32") {
    throw new UsageError("cli.usage.needPath", {}, command);
  }
  if (args.paths.filter((p) => p === "-").length > 1) throw new UsageError("cli.usage.stdinOnce", {}, command);
  return args;
}
