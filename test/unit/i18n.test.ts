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
    expect(toUiLanguage("de-DE")).toBe("en");
    expect(toUiLanguage(undefined)).toBe("en");
    expect(toSalesforceLanguage("nb-NO")).toBe("no");
    expect(toSalesforceLanguage("zh-TW")).toBe("zh_TW");
    expect(toSalesforceLanguage("es-MX")).toBe("es_MX");
    expect(toSalesforceLanguage("pt-PT")).toBe("pt_BR");
    expect(toSalesforceLanguage("xx")).toBeNull();
    expect(SALESFORCE_LANGUAGES).toHaveLength(18);
  });

  it("fills placeholders and falls back to English, then to the key", () => {
    expect(translate({ a: "Hej {name}" }, "a", { name: "Ib" })).toBe("Hej Ib");
    expect(translate({}, "b", undefined, { b: "fallback" })).toBe("fallback");
    expect(translate({}, "missing.key")).toBe("missing.key");
  });
});
