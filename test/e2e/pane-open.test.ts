// The opening of the pane in the production build: the seed symptom, keyboard-only use, Danish, the
// sign-in steps, and how it looks at the narrowest and widest pane.
import type { Browser, Page } from "playwright-core";
import { describeInBrowser, openPane, screenshot, useServedPane } from "./harness";

jest.setTimeout(30_000); // a real browser on a 2-core machine; no speed is asserted

const SEED_EN = "You've been logged out of Salesforce based on your organization's security settings. Click this message to log in again.";
const SEED_DA =
  "Du er blevet logget ud af Salesforce på grund af din organisations sikkerhedsindstillinger. Klik på denne meddelelse for at logge på igen.";

/** Presses Tab until the focused element's text matches, like a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, text: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      // A control's visible name: its text, or for an input the text of its label.
      const el = document.activeElement as HTMLInputElement | null;
      const label = el && "labels" in el && el.labels && el.labels.length > 0 ? el.labels[0].textContent : null;
      return (label ?? el?.textContent ?? "").trim();
    });
    if (typeof text === "string" ? focused === text : text.test(focused)) return;
  }
  throw new Error(`Tab never reached ${String(text)}`);
}

/** Fluent marks keyboard focus with data-fui-focus-visible and draws an outline for it. */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return false;
    const marked = el.hasAttribute("data-fui-focus-visible") || el.matches(":focus-visible");
    const after = getComputedStyle(el, "::after");
    const own = getComputedStyle(el);
    const drawn =
      (after.borderStyle !== "none" && after.borderTopWidth !== "0px") || (own.outlineStyle !== "none" && own.outlineWidth !== "0px");
    return marked && drawn;
  });
}

/** Waits until keyboard focus sits on a heading with this text (the pane moves it there after navigating). */
async function focusLandsOn(page: Page, heading: string): Promise<void> {
  await page.waitForFunction(
    (text) => {
      const el = document.activeElement;
      return !!el && /^H[1-6]$/.test(el.tagName) && el.textContent === text;
    },
    heading,
    { timeout: 5000 },
  );
}

describeInBrowser("opening the pane (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  it("shows the seed symptom: the side panel's sentence and log-in button", async () => {
    const { page, context, errors } = await openPane(browser, url);
    await page.getByRole("heading", { level: 2, name: "What do you see?" }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).count()).toBe(1);
    const seed = page.getByTestId("side-panel").first();
    expect(await seed.getByTestId("side-panel-message").textContent()).toBe(SEED_EN);
    expect(await seed.getByTestId("side-panel-button").textContent()).toBe("Log In");
    expect(await seed.isVisible()).toBe(true);
    await page.getByRole("switch", { name: /Unknown Label/ }).check();
    expect(await seed.getByTestId("side-panel-message").textContent()).toBe("<<Unknown Label:loggedOut>> <<Unknown Label:oauthPolicy>>");
    expect(await seed.getByTestId("side-panel-button").textContent()).toBe("<<Unknown Label:loginButton>>");
    await screenshot(page, "pane-open-raw-360");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("works with the keyboard alone, with visible focus, from the symptom to the sign-in steps and admin mode", async () => {
    const { page, context, errors } = await openPane(browser, url);
    await page.getByRole("heading", { level: 2, name: "What do you see?" }).waitFor();

    await tabTo(page, "This is what I see");
    expect(await focusIsVisible(page)).toBe(true);
    await screenshot(page, "pane-keyboard-focus-360");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "The Refresh Token Policy expired Salesforce for Outlook's sign-in" }).waitFor();
    await focusLandsOn(page, "The Refresh Token Policy expired Salesforce for Outlook's sign-in");

    await tabTo(page, "Sign in again");
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await focusLandsOn(page, "Sign in again");
    expect(await page.getByTestId("refresh-warning").textContent()).toContain("Immediately expire refresh token");

    await tabTo(page, /^1\. Click the message/);
    await page.keyboard.press("Space");
    expect(await page.getByRole("checkbox", { name: /^1\. / }).isChecked()).toBe(true);
    expect(await page.getByTestId("live-region").textContent()).toContain("1 of 5 steps done");

    // Back up to the navigation with Shift+Tab, then on to admin mode.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Shift+Tab");
      if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === "What do you see?") break;
    }
    await tabTo(page, "Admin mode", 5);
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.press("Enter");
    await focusLandsOn(page, "Admin mode");
    expect(await page.getByRole("button", { name: "Admin mode" }).getAttribute("aria-current")).toBe("page");
    expect(errors).toEqual([]);
    await context.close();
  });

  it('speaks Danish in a Danish browser, with <html lang="da">', async () => {
    const { page, context, errors } = await openPane(browser, url, { locale: "da-DK" });
    await page.getByRole("heading", { level: 2, name: "Hvad ser du?" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da");
    expect(await page.getByTestId("side-panel-message").first().textContent()).toBe(SEED_DA);
    expect(await page.getByTestId("side-panel-button").first().textContent()).toBe("Log på");
    await page.getByRole("navigation").getByRole("button", { name: "Log på igen" }).click();
    await page.getByRole("heading", { level: 2, name: "Log på igen" }).waitFor();
    await screenshot(page, "pane-signin-da-360");
    // The switcher goes back to English and the page's language follows.
    await page.getByRole("combobox", { name: "Sprog" }).selectOption("en");
    await page.getByRole("heading", { level: 2, name: "Sign in again" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("walks through the sign-in steps and then points to the logs", async () => {
    const { page, context, errors } = await openPane(browser, url);
    await page.getByRole("button", { name: "This is what I see" }).first().click();
    await page.getByRole("main").getByRole("button", { name: "Sign in again" }).click();
    await page.getByRole("heading", { level: 2, name: "Sign in again" }).waitFor();
    const boxes = page.getByRole("checkbox");
    expect(await boxes.count()).toBe(5);
    for (let i = 0; i < 5; i++) await boxes.nth(i).check();
    await page.getByText("All steps done. Now check your new logs", { exact: false }).first().waitFor();
    await screenshot(page, "pane-signin-done-360");
    await page.getByRole("main").getByRole("button", { name: "Check my logs" }).click();
    await page.getByRole("heading", { level: 2, name: "Check my logs" }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([320, 450])("fits a %i px pane without sideways scrolling", async (width) => {
    const { page, context, errors } = await openPane(browser, url, { width });
    await page.getByRole("heading", { level: 2, name: "What do you see?" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `pane-open-${width}`);
    await page.getByRole("button", { name: "This is what I see" }).first().click();
    await page.getByRole("main").getByRole("button", { name: "Sign in again" }).click();
    await page.getByRole("heading", { level: 2, name: "Sign in again" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await screenshot(page, `pane-signin-${width}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});
