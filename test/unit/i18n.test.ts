import { CATALOGS } from "../../src/engine/i18n/catalogs";
import {
  toUiLanguage,
  toSalesforceLanguage,
  translate,
  format,
  formatBytes,
  formatLogTime,
  SALESFORCE_LANGUAGES,
} from "../../src/engine/i18n";
import { textsFor } from "../../src/engine/i18n/catalogs";

describe("i18n catalogs", () => {
  it("Danish has every key English has, and no empty text", () => {
    const en = Object.keys(CATALOGS.en).sort();
    const da = Object.keys(CATALOGS.da).sort();
    expect(da.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !da.includes(k))).toEqual([]);
    for (const [k, v] of Object.entries(CATALOGS.da)) expect([k, v.trim().length > 0]).toEqual([k, true]);
  });

  it("Danish placeholders match English ones", () => {
    // `{name}`, `{name, number}` and `{name, plural, …}` all name the argument `name`
    const names = (s: string) => [...new Set([...s.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]))].sort().join(",");
    const da: Readonly<Record<string, string | undefined>> = CATALOGS.da;
    for (const [k, v] of Object.entries(CATALOGS.en)) expect([k, names(da[k] ?? "")]).toEqual([k, names(v)]);
  });

  it("maps display languages to the UI language and to Salesforce's languages", () => {
    expect(toUiLanguage("da-DK")).toBe("da");
    expect(toUiLanguage("de-DE")).toBe("de");
    expect(toUiLanguage("xx-YY")).toBe("en");
    expect(toUiLanguage(undefined)).toBe("en");
    expect(toSalesforceLanguage("nb-NO")).toBe("no");
    expect(toSalesforceLanguage("zh-TW")).toBe("zh_TW");
    expect(toSalesforceLanguage("es-MX")).toBe("es_MX");
    expect(toSalesforceLanguage("pt-PT")).toBe("pt_BR");
    expect(toSalesforceLanguage("xx")).toBeNull();
    expect(SALESFORCE_LANGUAGES).toHaveLength(18);
  });

  // Outlook's displayLanguage and navigator.language are BCP 47; --lang and LANG also take Salesforce's codes.
  it.each([
    ["en-US", "en"],
    ["en-GB", "en"],
    ["en_US", "en"],
    ["da", "da"],
    ["de-AT", "de"],
    ["de-CH", "de"],
    ["es-ES", "es"],
    ["es", "es"],
    ["es-MX", "es-MX"],
    ["es-419", "es-MX"],
    ["es-AR", "es-MX"],
    ["es-US", "es-MX"],
    ["es_MX", "es-MX"],
    ["fi-FI", "fi"],
    ["fr-CA", "fr"],
    ["fr-FR", "fr"],
    ["it-IT", "it"],
    ["ja-JP", "ja"],
    ["ko-KR", "ko"],
    ["nl-NL", "nl"],
    ["nl-BE", "nl"],
    ["nl_NL", "nl"],
    ["nb-NO", "no"],
    ["nn-NO", "no"],
    ["no", "no"],
    ["pt-BR", "pt-BR"],
    ["pt-PT", "pt-BR"],
    ["pt_BR", "pt-BR"],
    ["ru-RU", "ru"],
    ["sv-SE", "sv"],
    ["sv-FI", "sv"],
    ["th-TH", "th"],
    ["zh-CN", "zh-CN"],
    ["zh", "zh-CN"],
    ["zh-SG", "zh-CN"],
    ["zh-Hans-HK", "zh-CN"],
    ["zh_CN", "zh-CN"],
    ["zh-TW", "zh-TW"],
    ["zh-HK", "zh-TW"],
    ["zh-MO", "zh-TW"],
    ["zh-Hant", "zh-TW"],
    ["zh-Hant-HK", "zh-TW"],
    ["zh_TW", "zh-TW"],
    ["pt_BR.UTF-8", "pt-BR"],
    ["C", "en"],
    ["", "en"],
    ["pl-PL", "en"],
  ])("%s -> %s", (tag, ui) => {
    expect(toUiLanguage(tag)).toBe(ui);
  });

  it("fills placeholders and falls back to English, then to the key", () => {
    expect(translate({ "ui.see.title": "Hej {name}" }, "ui.see.title", { name: "Ib" })).toBe("Hej Ib");
    expect(translate({}, "ui.see.title", undefined, { "ui.see.title": "fallback" })).toBe("fallback");
    // A key no catalog has (a language chunk that failed to load, an older catalog) shows itself.
    expect(translate({}, "ui.see.title")).toBe("ui.see.title");
  });
});

describe("plurals, numbers, sizes and dates in the reader's language", () => {
  const en = textsFor("en");
  const da = textsFor("da");

  it('says 1 line and 2 lines, 1 linje and 2 linjer (never "1 lines")', () => {
    expect(en.t("ui.result.file", { name: "Trace.log", entries: 1 })).toBe("Trace.log (1 line)");
    expect(en.t("ui.result.file", { name: "Trace.log", entries: 2 })).toBe("Trace.log (2 lines)");
    expect(da.t("ui.result.file", { name: "Trace.log", entries: 1 })).toBe("Trace.log (1 linje)");
    expect(da.t("ui.result.file", { name: "Trace.log", entries: 2 })).toBe("Trace.log (2 linjer)");
    expect(en.t("ui.logs.started", { count: 1 })).toBe("Reading 1 file…");
    expect(da.t("ui.logs.started", { count: 3 })).toBe("Læser 3 filer…");
    expect(en.t("report.evidence.more", { count: 1 })).toBe("(1 more log line is not shown.)");
    expect(da.t("report.evidence.more", { count: 8 })).toBe("(8 logfillinjer mere er ikke vist.)");
  });

  it("writes large counts with the language's separators", () => {
    expect(en.t("ui.result.file", { name: "Trace.log", entries: 12345 })).toBe("Trace.log (12,345 lines)");
    expect(da.t("ui.result.file", { name: "Trace.log", entries: 12345 })).toBe("Trace.log (12.345 linjer)");
    expect(format("{n, number}", { n: 1234.5 }, "da")).toBe("1.234,5");
  });

  it("supports ICU =0 exact matches and nested arguments, and leaves a missing argument visible", () => {
    const msg = "{count, plural, =0 {no lines} one {# line in {file}} other {# lines in {file}}}";
    expect(format(msg, { count: 0, file: "a" })).toBe("no lines");
    expect(format(msg, { count: 1, file: "a" })).toBe("1 line in a");
    expect(format(msg, { count: 1000, file: "a" })).toBe("1,000 lines in a");
    expect(format("{count, plural, one {# fil} other {# filer}}", { count: 1 }, "da")).toBe("1 fil");
    expect(format("Hi {name}", {})).toBe("Hi {name}");
    expect(format("{x, plural, one {#} other {#s}}", { x: "many" })).toBe("{x, plural, one {#} other {#s}}");
  });

  it("writes sizes and dates as the language does: 1.5 MB / 1,5 MB", () => {
    expect(formatBytes(1.5 * 1024 * 1024, "en")).toBe("1.5 MB");
    expect(formatBytes(1.5 * 1024 * 1024, "da")).toBe("1,5 MB");
    expect(formatBytes(1024 ** 3, "da")).toBe("1 GB");
    expect(formatBytes(500, "en")).toBe("500 byte");
    expect(formatLogTime("2015-04-24T15:18:50.362", "en")).toBe("Apr 24, 2015, 3:18:50 PM");
    expect(formatLogTime("2015-04-24T15:18:50.362", "da")).toBe("24. apr. 2015, 15.18.50");
  });
});
