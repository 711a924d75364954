// Every catalog against the English one: no missing or extra key, no empty text, and every argument
// ({name}, {count, plural, …}) kept with its name and type; plurals have `other` and the categories the
// language needs. Data-driven: a language is checked as soon as its catalog has texts, and the languages
// in REQUIRED_LANGUAGES (src/engine/i18n/languages.ts) must have them.
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { LOCALE_AREAS } from "../../src/engine/i18n/locales";
import { REQUIRED_LANGUAGES, UI_LANGUAGES, type UiLanguage } from "../../src/engine/i18n";
import { translationProblems } from "../../src/engine/i18n/icu";
import { LOCALE_LABELS } from "../../src/engine/sidepanel/all-labels";
import { SIDE_PANEL_LABELS } from "../../src/engine/sidepanel/labels";
import { toSalesforceLanguage } from "../../src/engine/i18n";

const en = CATALOGS.en;
const translated = UI_LANGUAGES.filter((l) => l !== "en" && Object.keys(CATALOGS[l]).length > 0);
const checked: UiLanguage[] = [...new Set<UiLanguage>([...REQUIRED_LANGUAGES.filter((l) => l !== "en"), ...translated])];

describe("the English catalog", () => {
  it("parses as ICU messages, and its plurals have the categories English needs", () => {
    const bad = Object.entries(en).flatMap(([k, v]) => translationProblems(v, v, "en").map((p) => `${k}: ${p}`));
    expect(bad).toEqual([]);
  });
});

describe.each(checked)("catalog %s", (lang) => {
  const catalog: Readonly<Record<string, string>> = CATALOGS[lang];

  it("has every English key and no other", () => {
    expect(Object.keys(en).filter((k) => !(k in catalog))).toEqual([]);
    expect(Object.keys(catalog).filter((k) => !(k in en))).toEqual([]);
  });

  it("has no empty text and no pseudo-text (npm run i18n:pseudo marks it ⟦…⟧)", () => {
    expect(
      Object.entries(catalog)
        .filter(([, v]) => v.trim() === "")
        .map(([k]) => k),
    ).toEqual([]);
    expect(
      Object.entries(catalog)
        .filter(([, v]) => v.includes("⟦"))
        .map(([k]) => k),
    ).toEqual([]);
  });

  it("keeps every argument of the English text, by name and type, with the language's plural categories", () => {
    const bad = Object.entries(en)
      .filter(([k]) => k in catalog)
      .flatMap(([k, v]) => translationProblems(v, catalog[k], lang).map((p) => `${k}: ${p}`));
    expect(bad).toEqual([]);
  });

  it("has the simulated side-panel labels of every English label key, and no other", () => {
    const sf = toSalesforceLanguage(lang)!;
    const labels = LOCALE_LABELS.find(([l]) => l === sf)?.[1] ?? SIDE_PANEL_LABELS[sf];
    const enLabels = SIDE_PANEL_LABELS.en_US;
    expect(Object.keys(enLabels).filter((k) => !labels[k]?.trim())).toEqual([]);
    expect(Object.keys(labels).filter((k) => !(k in enLabels))).toEqual([]);
  });

  it("puts each text in the file English has it in (pane.json, views.json, cli.json, org.json)", () => {
    for (const area of ["pane", "views", "cli", "org"] as const) {
      const enArea = LOCALE_AREAS.en[area];
      expect([area, Object.keys(LOCALE_AREAS[lang][area]).filter((k) => !(k in enArea))]).toEqual([area, []]);
    }
  });
});

describe("required languages", () => {
  it("are all complete (REQUIRED_LANGUAGES lists the ones whose translations have landed)", () => {
    const incomplete = REQUIRED_LANGUAGES.filter((l) => Object.keys(CATALOGS[l]).length < Object.keys(en).length);
    expect(incomplete).toEqual([]);
  });

  it("are the 18 languages once every translation has landed", () => {
    const allLanded = UI_LANGUAGES.every((l) => Object.keys(CATALOGS[l]).length > 0);
    // Switched on by listing all 18 in REQUIRED_LANGUAGES; until then this only reports progress.
    if (REQUIRED_LANGUAGES.length === UI_LANGUAGES.length || allLanded)
      expect([...REQUIRED_LANGUAGES].sort()).toEqual([...UI_LANGUAGES].sort());
  });
});
