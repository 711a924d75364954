// What users have without logs, pasted into the production pane: the side panel's sentence and a raw
// label give the same cause as "This is what I see", said to come from what they see; text with nothing
// known in it is refused with what the pane accepts and where the logs are.
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describeInBrowser, openPane, useServedPane } from "./harness";

const REAL = join(__dirname, "..", "fixtures", "real");
const CAUSE_TITLE = "The Refresh Token Policy expired Salesforce for Outlook's sign-in";
const FROM_SYMPTOM = /This is from what you see, not from logs/;

async function pasteAndAnalyse(page: Page, text: string) {
  await page.getByRole("navigation").getByRole("button", { name: "Check my logs" }).click();
  await page.getByRole("heading", { level: 2, name: "Check my logs" }).waitFor();
  await page.getByRole("textbox", { name: /Paste log lines/ }).fill(text);
  await page.getByRole("button", { name: "Analyse pasted text" }).click();
}

describeInBrowser("Pasting what you see (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  it.each([
    ["the side panel's sentence", readFileSync(join(REAL, "side-panel-sentence-en.txt"), "utf8")],
    ["a raw <<Unknown Label:loginButton>>", readFileSync(join(REAL, "raw-label-loginButton.txt"), "utf8")],
  ])(
    "%s gives the refresh-token cause, from what you see",
    async (_, text) => {
      const { page, context, errors } = await openPane(browser, url, { width: 360 });
      await pasteAndAnalyse(page, text);
      await page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
      await page.getByRole("heading", { level: 3, name: CAUSE_TITLE }).waitFor();
      expect(await page.getByText(FROM_SYMPTOM).first().isVisible()).toBe(true);
      // Capped: never "very sure" from a pasted message.
      expect(await page.getByTestId("result-sure").textContent()).not.toMatch(/\b(7[1-9]|[89]\d|100) ?%/);
      expect(errors).toEqual([]);
      await context.close();
    },
    60_000,
  );

  it("text with nothing known in it is refused, saying what the pane accepts and where the logs are", async () => {
    const { page, context, errors } = await openPane(browser, url, { width: 360 });
    await pasteAndAnalyse(page, "Hello, my Outlook is slow today.");
    await page.getByText(/holds no Salesforce for Outlook log line and nothing the doctor knows/).waitFor();
    expect(
      await page
        .getByText(/salesforce\.com\\Salesforce for Outlook/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(
      await page
        .getByText(/<<Unknown Label:…>>/)
        .first()
        .isVisible(),
    ).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
