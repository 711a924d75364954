import { langFlag, parseArgs, UsageError } from "../../../src/cli/args";

const usageKey = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UsageError) return e.key;
    throw e;
  }
  throw new Error("no usage error");
};

describe("sfo-doctor argument parsing", () => {
  it("reads diagnose with --json, --lang in both spellings, and several paths", () => {
    const a = parseArgs(["diagnose", "--json", "--lang", "da", "Trace.log", "AddinTrace.log"], "linux");
    expect(a).toMatchObject({ command: "diagnose", json: true, lang: "da", paths: ["Trace.log", "AddinTrace.log"] });
    expect(parseArgs(["diagnose", "--lang=da", "x"], "linux").lang).toBe("da");
  });

  it("takes - as stdin and anything after -- as a path, even when it looks like an option", () => {
    expect(parseArgs(["diagnose", "-"], "linux").paths).toEqual(["-"]);
    expect(parseArgs(["diagnose", "--", "--json"], "linux")).toMatchObject({ json: false, paths: ["--json"] });
  });

  it("reads report options: --to, and --no-redact turns redaction off", () => {
    const a = parseArgs(["report", "--to", "admin@example.org", "--no-redact", "logs"], "linux");
    expect(a).toMatchObject({ command: "report", to: "admin@example.org", redact: false, paths: ["logs"] });
    expect(parseArgs(["report", "logs"], "linux").redact).toBe(true);
  });

  it("passes on every word of a panel URL the shell split at its spaces (panel joins them: panel-split-url.test.ts)", () => {
    expect(parseArgs(["panel", "file:///C:/Salesforce", "for", "Outlook/x.htm"], "linux").paths).toHaveLength(3);
  });

  it("asks for help with -h, --help and `help <command>`", () => {
    expect(parseArgs(["--help"], "linux")).toMatchObject({ command: "help", helpFor: null });
    expect(parseArgs(["scan", "-h"], "linux")).toMatchObject({ command: "help", helpFor: "scan" });
    expect(parseArgs(["help", "report"], "linux")).toMatchObject({ command: "help", helpFor: "report" });
    expect(parseArgs(["--version"], "linux").command).toBe("version");
  });

  it("rejects what cannot be run, with a key that says why", () => {
    expect(usageKey(() => parseArgs([], "linux"))).toBe("cli.usage.noCommand");
    expect(usageKey(() => parseArgs(["cure", "x"], "linux"))).toBe("cli.usage.unknownCommand");
    expect(usageKey(() => parseArgs(["diagnose", "--csv", "x"], "linux"))).toBe("cli.usage.unknownOption");
    expect(usageKey(() => parseArgs(["report", "--to"], "linux"))).toBe("cli.usage.missingValue");
    expect(usageKey(() => parseArgs(["scan", "--json", "--csv", "d"], "linux"))).toBe("cli.usage.jsonAndCsv");
    expect(usageKey(() => parseArgs(["scan", "a", "b"], "linux"))).toBe("cli.usage.needOneFolder");
    expect(usageKey(() => parseArgs(["panel"], "linux"))).toBe("cli.usage.needUrl");
    expect(usageKey(() => parseArgs(["diagnose", "-", "-"], "linux"))).toBe("cli.usage.stdinOnce");
  });

  it("needs a path for diagnose everywhere but Windows, where it finds the SFO folders itself", () => {
    expect(usageKey(() => parseArgs(["diagnose"], "linux"))).toBe("cli.usage.needPath");
    expect(parseArgs(["diagnose"], "win32").paths).toEqual([]);
  });

  it("refuses a --lang outside the 18 languages, naming them, but takes regional tags", () => {
    for (const lang of ["pl", "xx", "tr-TR"]) {
      let error: unknown;
      try {
        parseArgs(["diagnose", "--lang", lang, "x"], "linux");
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect(error).toMatchObject({
        key: "cli.usage.badLang",
        params: { lang, languages: expect.stringMatching(/^en, da, de, .*zh-TW$/) },
      });
    }
    for (const lang of ["da-DK", "en_US", "DA", "en-GB"]) expect(parseArgs(["panel", `--lang=${lang}`, "u"], "linux").lang).toBe(lang);
  });

  it("finds --lang before parsing, so usage errors speak the asked-for language", () => {
    expect(langFlag(["cure", "--lang", "da"])).toBe("da");
    expect(langFlag(["x", "--lang=da"])).toBe("da");
    expect(langFlag(["diagnose", "--", "--lang", "da"])).toBeNull();
  });
});
