import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { toUiLanguage, toSalesforceLanguage, translate, SALESFORCE_LANGUAGES } from "../../src/engine/i18n";

describe("i18n catalogs", () => {
  it("Danish has every key English has, and no empty text", () => {
    const en = Object.keys(CATALOGS.en).sort();
    const da = Object.keys(CATALOGS.da).sort();
    expect(da.filter((k) => !en.includes(k))).toEqual([]);
    expect(en.filter((k) => !da.includes(k))).toEqual([]);
    for (const [k, v] of Object.entries(CATALOGS.da)) expect([k, v.trim().length > 0]).toEqual([k, true]);
  });

  it("Danish placeholders match English ones", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort().join(",");
    for (const [k, v] of Object.entries(CATALOGS.en)) expect([k, names(CATALOGS.da[k] ?? "")]).toEqual([k, names(v)]);
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
    ["en-US", "en"], ["en-GB", "en"], ["en_US", "en"], ["da", "da"], ["de-AT", "de"], ["de-CH", "de"],
    ["es-ES", "es"], ["es", "es"], ["es-MX", "es-MX"], ["es-419", "es-MX"], ["es-AR", "es-MX"], ["es-US", "es-MX"], ["es_MX", "es-MX"],
    ["fi-FI", "fi"], ["fr-CA", "fr"], ["fr-FR", "fr"], ["it-IT", "it"], ["ja-JP", "ja"], ["ko-KR", "ko"],
    ["nl-NL", "nl"], ["nl-BE", "nl"], ["nl_NL", "nl"], ["nb-NO", "no"], ["nn-NO", "no"], ["no", "no"],
    ["pt-BR", "pt-BR"], ["pt-PT", "pt-BR"], ["pt_BR", "pt-BR"], ["ru-RU", "ru"], ["sv-SE", "sv"], ["sv-FI", "sv"], ["th-TH", "th"],
    ["zh-CN", "zh-CN"], ["zh", "zh-CN"], ["zh-SG", "zh-CN"], ["zh-Hans-HK", "zh-CN"], ["zh_CN", "zh-CN"],
    ["zh-TW", "zh-TW"], ["zh-HK", "zh-TW"], ["zh-MO", "zh-TW"], ["zh-Hant", "zh-TW"], ["zh-Hant-HK", "zh-TW"], ["zh_TW", "zh-TW"],
    ["pt_BR.UTF-8", "pt-BR"], ["C", "en"], ["", "en"], ["pl-PL", "en"],
  ])("%s -> %s", (tag, ui) => {
    expect(toUiLanguage(tag)).toBe(ui);
  });

  it("fills placeholders and falls back to English, then to the key", () => {
    expect(translate({ a: "Hej {name}" }, "a", { name: "Ib" })).toBe("Hej Ib");
    expect(translate({}, "b", undefined, { b: "fallback" })).toBe("fallback");
    expect(translate({}, "missing.key")).toBe("missing.key");
  });
});
