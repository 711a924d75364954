import type { Browser } from "playwright-core";
import { describeInBrowser, openPane, screenshot, useServedPane } from "./harness";

jest.setTimeout(30_000); // a real browser on a 2-core machine; no speed is asserted

describeInBrowser("the production build in Chromium, offline", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  it("renders the pane standalone when Office.js cannot load", async () => {
    const { page, context, outside, errors } = await openPane(browser, url);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("SFO Sign-in Doctor");
    // The only request that left loopback was Office.js from Microsoft's CDN.
    expect(outside.every((u) => u.startsWith("https://appsforoffice.microsoft.com/"))).toBe(true);
    expect(errors).toEqual([]);
    await screenshot(page, "foundation-standalone");
    await context.close();
  });
});
