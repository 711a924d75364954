// Admin mode in the production build: loaded only when opened, every state × language, the policy
// table with metadata values, and the escalation email preview.
import type { Browser } from "playwright-core";
import { describeInBrowser, openPane, screenshot, useServedPane } from "./harness";

jest.setTimeout(30_000); // a real browser on a 2-core machine; no speed is asserted

describeInBrowser("admin mode (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  let requests: string[];
  useServedPane((served) => ({ browser, url, requests } = served));

  it("loads only when opened, and shows states, policies and the email preview", async () => {
    const { page, context, errors } = await openPane(browser, url, { width: 360 });
    await page.getByRole("heading", { level: 2, name: "What do you see?" }).waitFor();
    // Admin mode is not part of the first bundle.
    expect(requests.some((r) => /\/admin\.[0-9a-f]+\.js$/.test(r))).toBe(false);

    await page.getByRole("navigation").getByRole("button", { name: "Admin mode" }).click();
    await page.getByRole("heading", { level: 2, name: "Admin mode" }).waitFor();
    expect(requests.some((r) => /\/admin\.[0-9a-f]+\.js$/.test(r))).toBe(true);

    // Every state in every language, in its text and in SFO's raw form (the seed article's <<Unknown Label:…>>).
    await page.getByRole("combobox", { name: "State" }).selectOption("oauthPolicy");
    await page.getByRole("combobox", { name: "Salesforce language" }).selectOption("fr");
    expect(await page.getByTestId("side-panel-message").textContent()).toContain("Votre session Salesforce a été fermée");
    await page.getByRole("combobox", { name: "Salesforce language" }).selectOption("da");
    expect(await page.getByTestId("side-panel-message").textContent()).toContain("Du er blevet logget ud af Salesforce");
    await page.getByRole("switch", { name: "Show it with “Unknown Label” codes" }).check();
    expect(await page.getByTestId("side-panel-message").textContent()).toBe("<<Unknown Label:loggedOut>> <<Unknown Label:oauthPolicy>>");
    expect(await page.getByTestId("side-panel-button").textContent()).toBe("<<Unknown Label:loginButton>>");
    expect(await page.getByTestId("every-language").getByRole("listitem").first().textContent()).toContain("<<Unknown Label:oauthPolicy>>");
    await page.getByRole("switch", { name: "Show it with “Unknown Label” codes" }).uncheck();
    expect(await page.getByTestId("every-language").getByRole("listitem").count()).toBe(18);

    // The policy table: four settings, their metadata values, and what users see.
    const rows = page.getByTestId("policy-table").locator("tbody tr");
    expect(await rows.count()).toBe(4);
    const codes = await page.getByTestId("policy-table").locator("code").allTextContents();
    expect(codes).toEqual(["infinite", "zero", "specific_inactivity:n:UNIT", "specific_lifetime:n:UNIT"]);
    expect(await rows.nth(0).textContent()).toContain("Refresh token is valid until revoked");
    expect(await rows.nth(1).textContent()).toContain("Immediately expire refresh token");

    // The escalation email a user would send for the seed's cause, read-only.
    const body = page.getByRole("textbox", { name: "Message" });
    expect(await body.getAttribute("readonly")).not.toBeNull();
    expect(await body.inputValue()).toContain("Refresh token is valid until revoked");
    await page.getByRole("combobox", { name: "Cause" }).selectOption("proxy-or-network");
    expect(await body.inputValue()).not.toContain("Refresh token is valid until revoked");

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, "pane-admin-360");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows admin mode in Danish, the side panel in Danish first", async () => {
    const { page, context, errors } = await openPane(browser, url, { locale: "da-DK", width: 320 });
    await page.getByRole("navigation").getByRole("button", { name: "Administratortilstand" }).click();
    await page.getByRole("heading", { level: 2, name: "Administratortilstand" }).waitFor();
    expect(await page.getByTestId("side-panel-message").textContent()).toContain("Du er blevet logget ud af Salesforce");
    expect(await page.getByTestId("policy-table").textContent()).toContain("infinite");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Metadata values stay whole (no "specific_i|nactivity"), and the table still fits the pane.
    const codeLines = await page
      .getByTestId("policy-table")
      .locator("code")
      .evaluateAll((codes) => codes.map((c) => Math.round(c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight))));
    expect(codeLines).toEqual([1, 1, 1, 1]);
    const table = await page
      .getByTestId("policy-table")
      .evaluate((t) => ({ table: t.scrollWidth, box: (t.parentElement as HTMLElement).clientWidth }));
    expect(table.table).toBeLessThanOrEqual(table.box);
    await screenshot(page, "pane-admin-da-320");
    expect(errors).toEqual([]);
    await context.close();
  });
});
