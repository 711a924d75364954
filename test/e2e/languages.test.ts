// The production pane opened in a browser set to each language: the first view and a cause view are in
// that language (html lang, no English sentence, no raw key, the simulated side panel resolved), and
// nothing overflows a 320 px pane. Data-driven: a language is opened as soon as its catalog has texts,
// and the languages in REQUIRED_LANGUAGES (src/engine/i18n/languages.ts) must have them.
import type { Page } from "playwright-core";
import { describeInBrowser, openPane, screenshot, useServedPane } from "./harness";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { LANGUAGES, REQUIRED_LANGUAGES, UI_LANGUAGES, type UiLanguage } from "../../src/engine/i18n";

jest.setTimeout(60_000); // a real browser on a 2-core machine; no speed is asserted

const en = CATALOGS.en;
const withTexts = UI_LANGUAGES.filter((l) => Object.keys(CATALOGS[l]).length > 0);
const opened: UiLanguage[] = [...new Set<UiLanguage>([...REQUIRED_LANGUAGES, ...withTexts])];
const KEY = new Set(Object.keys(en));

/** English sentences the language must not show: texts of four words or more that the language translated differently. */
function englishSentences(lang: UiLanguage): string[] {
  if (lang === "en") return [];
  const catalog: Readonly<Record<string, string | undefined>> = CATALOGS[lang];
  return Object.entries(en)
    .filter(([k, v]) => !v.includes("{") && v.split(/\s+/).length >= 4 && catalog[k] !== undefined && catalog[k] !== v)
    .map(([, v]) => v);
}

interface Reading {
  htmlLang: string;
  text: string;
  sidePanels: string[];
  overflow: { page: number; view: number; wide: string[] };
}

/** What a reader sees, and everything that sticks out past the pane's right edge. */
async function read(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll<HTMLElement>("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0 || getComputedStyle(el).visibility === "hidden") continue;
      if (r.right > width + 0.5)
        wide.push(`${el.tagName.toLowerCase()}.${el.className || ""} right=${Math.round(r.right)}: ${(el.textContent ?? "").slice(0, 60)}`);
    }
    return {
      htmlLang: document.documentElement.lang,
      text: document.body.innerText,
      sidePanels: Array.from(document.querySelectorAll("[data-testid=side-panel-message], [data-testid=side-panel-button]")).map(
        (e) => e.textContent ?? "",
      ),
      overflow: { page: document.documentElement.scrollWidth, view: width, wide: wide.slice(0, 10) },
    };
  });
}

function expectInLanguage(r: Reading, lang: UiLanguage): void {
  expect(r.htmlLang).toBe(lang);
  expect(englishSentences(lang).filter((s) => r.text.includes(s))).toEqual([]);
  // A catalog key shown as text means a text is missing.
  expect(r.text.split(/\s+/).filter((w) => KEY.has(w.replace(/[.,:;]$/, "")))).toEqual([]);
  expect(r.sidePanels.filter((s) => s.includes("<<Unknown Label"))).toEqual([]);
  expect(r.overflow.wide).toEqual([]);
  expect(r.overflow.page).toBeLessThanOrEqual(r.overflow.view);
}

describeInBrowser("the pane in each language (production build, Chromium, 320 px)", () => {
  let browser: import("playwright-core").Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  it("has every required language's texts (REQUIRED_LANGUAGES)", () => {
    expect(REQUIRED_LANGUAGES.filter((l) => !withTexts.includes(l))).toEqual([]);
  });

  it.each(opened)("%s: the first view and a cause view are in the language and fit 320 px", async (lang) => {
    const locale = LANGUAGES.find((l) => l.id === lang)!.locale;
    const { page, context, errors } = await openPane(browser, url, { locale, width: 320 });
    try {
      await page.getByRole("heading", { level: 1 }).waitFor();
      await page.getByRole("heading", { level: 2 }).first().waitFor();
      const first = await read(page);
      expectInLanguage(first, lang);

      // The seed state's "this is what I see" opens the cause: the longest texts (steps, Setup paths).
      await page.getByRole("button", { name: CATALOGS[lang]["ui.see.thisIsIt"] }).first().click();
      await page.getByRole("heading", { level: 2, name: CATALOGS[lang]["cause.refresh-token-expired.title"] }).waitFor();
      const cause = await read(page);
      expectInLanguage(cause, lang);
      await screenshot(page, `language-${lang}-320`);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
