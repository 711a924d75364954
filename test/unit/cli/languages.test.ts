// The CLI in every language: --lang takes each of the 18 in our form (pt-BR), Salesforce's (pt_BR) and a
// full locale (pt-BR, nb-NO); diagnose speaks each language whose catalog has texts (data-driven, with
// REQUIRED_LANGUAGES from src/engine/i18n/languages.ts).
import { buildCli, runBuiltCli, runCli, SEED_ADDIN, SEED_TRACE } from "./run-cli";

// The CLI runs in this process, so jest's clock covers it: big inputs on a busy machine take a while.
jest.setTimeout(120_000);
import { parseArgs, UsageError } from "../../../src/cli/args";
import { CATALOGS } from "../../../src/engine/i18n/catalogs";
import { LANGUAGES, REQUIRED_LANGUAGES, UI_LANGUAGES, type UiLanguage } from "../../../src/engine/i18n";

const withTexts = UI_LANGUAGES.filter((l) => Object.keys(CATALOGS[l]).length > 0);
const spoken: UiLanguage[] = [...new Set<UiLanguage>([...REQUIRED_LANGUAGES, ...withTexts])];

describe("--lang", () => {
  it.each(LANGUAGES.flatMap((l) => [l.id, l.salesforce, l.locale]))("accepts %s", async (tag) => {
    expect(parseArgs(["diagnose", "--lang", tag, "Trace.log"], "linux").lang).toBe(tag);
  });

  it("refuses a language Salesforce does not fully support, naming the 18", async () => {
    let error: unknown;
    try {
      parseArgs(["diagnose", "--lang", "pl", "Trace.log"], "linux");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).params.languages).toBe(UI_LANGUAGES.join(", "));
  });
});

describe("sfo-doctor diagnose in each language", () => {
  beforeAll(buildCli);

  it.each(spoken)("%s", async (lang) => {
    const sf = LANGUAGES.find((l) => l.id === lang)!.salesforce;
    const run = await runCli(["diagnose", "--lang", sf, SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    const title = CATALOGS[lang]["cause.refresh-token-expired.title"];
    expect(run.stdout).toContain(title);
    expect(run.stdout).toContain(CATALOGS[lang]["cause.refresh-token-expired.steps.lightning.1"]);
    if (lang !== "en") expect(run.stdout).not.toContain(CATALOGS.en["cause.refresh-token-expired.title"]);
  });

  // The bundle carries English; the built CLI reads another language's catalog from lib/locales/ when asked.
  it.each(["da", "ja", "pt_BR"])("built, %s", (sf) => {
    const lang = LANGUAGES.find((l) => l.salesforce === sf)!.id;
    const run = runBuiltCli(["diagnose", "--lang", sf, SEED_TRACE, SEED_ADDIN]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(CATALOGS[lang]["cause.refresh-token-expired.title"]);
    expect(run.stdout).toContain(CATALOGS[lang]["cause.refresh-token-expired.steps.lightning.1"]);
    expect(run.stdout).not.toContain(CATALOGS.en["cause.refresh-token-expired.title"]);
  });
});
