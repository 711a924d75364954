import type { Browser } from "playwright-core";
import type { Server } from "node:http";
import { describeInBrowser, launchBrowser, openPane, screenshot, serveDist } from "./harness";

describeInBrowser("the production build in Chromium, offline", () => {
  let browser: Browser;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    ({ server, url } = await serveDist());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

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
