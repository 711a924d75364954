// The command line's edges as a user meets them: every spelling of help and version, and usage errors
// that name the very word that was wrong.
import { langFlag, parseArgs } from "../../../src/cli/args";
import { runCli } from "./run-cli";

describe("sfo-doctor help and version, in every spelling", () => {
  it("shows the overview for -h, --help and help", () => {
    for (const first of ["-h", "--help", "help"]) expect(parseArgs([first], "linux")).toMatchObject({ command: "help", helpFor: null });
  });

  it("shows a command's usage for `help scan`, `--help scan` and `-h scan` alike", () => {
    for (const first of ["-h", "--help", "help"])
      expect(parseArgs([first, "scan"], "linux")).toMatchObject({ command: "help", helpFor: "scan" });
    expect(parseArgs(["--help", "--lang", "da"], "linux").helpFor).toBeNull();
  });

  it("prints the version for --version and -V", () => {
    for (const first of ["--version", "-V"]) expect(parseArgs([first], "linux").command).toBe("version");
  });

  it("reads no language from a --lang left without its value at the end", () => {
    expect(langFlag(["diagnose", "x", "--lang"])).toBeNull();
    expect(langFlag(["--lang"])).toBeNull();
  });
});

describe("sfo-doctor usage errors name what was wrong (exit 2)", () => {
  const usage = async (args: string[]) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    return run.stderr.split("\n")[0];
  };

  it("an unknown command, by its name", async () => {
    expect(await usage(["cure", "Trace.log"])).toBe('sfo-doctor: unknown command "cure".');
  });

  it("an option the command does not have, as typed: long or short", async () => {
    expect(await usage(["diagnose", "--csv", "Trace.log"])).toBe("sfo-doctor: this command has no option --csv.");
    expect(await usage(["diagnose", "-x", "Trace.log"])).toBe("sfo-doctor: this command has no option -x.");
  });

  it("an option given an empty value, in both spellings", async () => {
    expect(await usage(["report", "--to=", "logs"])).toBe("sfo-doctor: --to needs a value.");
    expect(await usage(["report", "--to", "", "logs"])).toBe("sfo-doctor: --to needs a value.");
    expect(await usage(["diagnose", "--lang=", "Trace.log"])).toBe("sfo-doctor: --lang needs a value.");
  });

  it("a flag given a value", async () => {
    expect(await usage(["diagnose", "--json=yes", "Trace.log"])).toBe("sfo-doctor: --json takes no value.");
    expect(await usage(["org", "--print-queries=1"])).toBe("sfo-doctor: --print-queries takes no value.");
  });

  it("report without a path, off Windows", async () => {
    expect(await usage(["report", "--to", "admin@example.org"])).toMatch(/^sfo-doctor: give a log file or an SFO log folder/);
  });
});

describe("sfo-doctor report --to", () => {
  it("addresses the report to the admin without the spaces pasted around the address", () => {
    expect(parseArgs(["report", "--to", "  admin@example.org \n", "logs"], "linux").to).toBe("admin@example.org");
  });

  it("takes --print-queries only where it belongs, and sets nothing else", () => {
    expect(parseArgs(["org", "--print-queries"], "linux")).toMatchObject({ printQueries: true, json: false, csv: false, redact: true });
    expect(parseArgs(["org", "--csv", "x.csv"], "linux")).toMatchObject({ printQueries: false, csv: true });
  });
});
