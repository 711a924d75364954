// What a person sees on the first screen of a pinned pane, 360 × 800 px, in the production build: the
// symptom and the two ways on without scrolling; on the result, the next step without scrolling and the
// example mark when the logs were the example; and a page background that follows the theme.
import type { Browser, Locator, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { describeInBrowser, openPane, screenshot, useServedPane } from "./harness";

jest.setTimeout(30_000); // a real browser on a 2-core machine; no speed is asserted

const SCREEN = { width: 360, height: 800 };
const FIXTURES = join(__dirname, "..", "fixtures");

/** Where a control ends on the page (not the viewport), so scrolling cannot make it pass. */
async function bottomOnPage(page: Page, el: Locator): Promise<number> {
  const box = await el.boundingBox();
  if (!box) throw new Error("not rendered");
  return box.y + box.height + (await page.evaluate(() => window.scrollY));
}

/** The colour a person sees at a point: the first opaque background from the element there up to <html>. */
function backgroundAt(page: Page, x: number, y: number): Promise<string> {
  return page.evaluate(
    ([px, py]) => {
      for (let el = document.elementFromPoint(px, py); el; el = el.parentElement) {
        const c = getComputedStyle(el).backgroundColor;
        if (c && c !== "transparent" && !/rgba\(.*,\s*0\)$/.test(c)) return c;
      }
      return "canvas";
    },
    [x, y] as const,
  );
}
const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? ["255", "255", "255"]).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
};

describeInBrowser("the first screen at 360 × 800 (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  it.each([
    { locale: "en-US", lang: "en" as const },
    { locale: "da-DK", lang: "da" as const },
  ])(
    "first view in $locale: the seed's panel, its raw form one tap away, and both ways on, without scrolling",
    async ({ locale, lang }) => {
      const t = CATALOGS[lang];
      const { page, context, errors } = await openPane(browser, url, { locale });
      await page.getByRole("heading", { level: 2, name: t["ui.see.title"] }).waitFor();
      const main = page.getByRole("main");
      const see = main.getByRole("button", { name: t["ui.see.thisIsIt"], exact: true });
      const logs = main.getByRole("button", { name: t["ui.nav.logs"], exact: true });
      const panel = page.getByTestId("side-panel");
      expect(await panel.count()).toBe(1); // one panel, not a gallery
      for (const el of [see, logs, panel]) expect(await bottomOnPage(page, el)).toBeLessThanOrEqual(SCREEN.height);
      const chooser = page.getByTestId("other-states");
      expect(await bottomOnPage(page, chooser)).toBeLessThanOrEqual(SCREEN.height); // the other states: one closed line
      await page.getByRole("switch", { name: /Unknown Label/ }).check();
      expect(await panel.getByTestId("side-panel-button").textContent()).toBe("<<Unknown Label:loginButton>>");
      expect(await bottomOnPage(page, see)).toBeLessThanOrEqual(SCREEN.height);
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("the result of the example: the mark and the next step (Ask my admin) on the first screen", async () => {
    const { page, context, errors } = await openPane(browser, url);
    await page.getByRole("main").getByRole("button", { name: "Check my logs", exact: true }).click();
    await page.getByRole("button", { name: "Try the example" }).click();
    await page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
    const mark = page.getByTestId("example-mark");
    expect(await mark.textContent()).toContain("Example, not your logs");
    const next = page.getByTestId("result-next-step").getByRole("button", { name: "Ask my admin" });
    expect(await page.evaluate(() => window.scrollY)).toBe(0); // a new view starts at its top
    expect(await bottomOnPage(page, mark)).toBeLessThanOrEqual(SCREEN.height);
    expect(await bottomOnPage(page, next)).toBeLessThanOrEqual(SCREEN.height);
    expect(await next.isVisible()).toBe(true);
    // No percentage from a single logout, and admin jargon stays in the admin section.
    expect(await page.getByTestId("result-sure").textContent()).not.toMatch(/%/);
    expect(await page.getByRole("main").textContent()).not.toContain("OptionsRefreshTokenValidityMetric");
    await screenshot(page, "screens-result-example-360");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("the result of the user's own logs carries no example mark", async () => {
    const { page, context, errors } = await openPane(browser, url);
    await page.getByRole("main").getByRole("button", { name: "Check my logs", exact: true }).click();
    await page.getByRole("textbox", { name: /Paste log lines/ }).fill(readFileSync(join(FIXTURES, "seed-Trace.log"), "utf8"));
    await page.getByRole("button", { name: "Analyse pasted text" }).click();
    await page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
    expect(await page.getByTestId("example-mark").count()).toBe(0);
    expect(await page.getByText("Example, not your logs").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([
    { scheme: "light" as const, dark: false },
    { scheme: "dark" as const, dark: true },
  ])("the page background follows the $scheme theme to every edge, no frame", async ({ scheme, dark }) => {
    const { page, context, errors } = await openPane(browser, url, { colorScheme: scheme });
    await page.getByRole("heading", { level: 2, name: "What do you see?" }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
    const corners = [
      [1, 1],
      [SCREEN.width - 2, 1],
      [1, SCREEN.height - 2],
      [SCREEN.width - 2, SCREEN.height - 2],
    ];
    for (const [x, y] of corners) {
      const l = luminance(await backgroundAt(page, x, y));
      if (dark) expect(l).toBeLessThan(0.3);
      else expect(l).toBeGreaterThan(0.9);
    }
    // The page behind the pane (what shows past the end of a short view) is the theme's too.
    const pageBg = luminance(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor));
    if (dark) expect(pageBg).toBeLessThan(0.3);
    else expect(pageBg).toBeGreaterThan(0.9);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("high contrast: the theme's background, no frame", async () => {
    const { page, context, errors } = await openPane(browser, url, { forcedColors: "active", colorScheme: "dark" });
    await page.getByRole("heading", { level: 2, name: "What do you see?" }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe("0px");
    const provider = await page.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(provider);
    expect(errors).toEqual([]);
    await context.close();
  });
});
