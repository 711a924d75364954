// Accessibility: axe finds no serious or critical violation in any view of the pane, light and dark,
// English and Danish. Views are reached the way a user reaches them, through the navigation.
import type { Browser, Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { describeInBrowser, openPane, useServedPane } from "./harness";

jest.setTimeout(60_000); // axe runs over each view in a real browser on a 2-core machine

interface ViewCase {
  name: string;
  open(page: Page): Promise<void>;
}

const nav = (page: Page, name: string) => page.getByRole("navigation").getByRole("button", { name }).click();
const h2 = (page: Page, name: string) => page.getByRole("heading", { level: 2, name }).waitFor();

const VIEWS: ViewCase[] = [
  { name: "What do you see?", open: (p) => h2(p, "What do you see?") },
  {
    name: "What do you see? (raw labels)",
    open: async (p) => {
      await p.getByRole("switch", { name: /Unknown Label/ }).check();
    },
  },
  {
    name: "cause",
    open: async (p) => {
      await p.getByRole("button", { name: "This is what I see" }).first().click();
      await h2(p, "The Refresh Token Policy expired Salesforce for Outlook's sign-in");
    },
  },
  {
    name: "Sign in again",
    open: async (p) => {
      await nav(p, "Sign in again");
      await h2(p, "Sign in again");
      await p.getByRole("checkbox").first().check();
    },
  },
  { name: "Check my logs", open: async (p) => { await nav(p, "Check my logs"); await h2(p, "Check my logs"); } },
  {
    name: "Result",
    open: async (p) => {
      await nav(p, "Check my logs");
      await p.getByRole("button", { name: "Try the example" }).click();
      await h2(p, "Result");
    },
  },
  { name: "Ask my admin", open: async (p) => { await nav(p, "Ask my admin"); await h2(p, "Ask my admin"); } },
  { name: "Admin mode", open: async (p) => { await nav(p, "Admin mode"); await h2(p, "Admin mode"); } },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

describeInBrowser("axe: no serious or critical violations (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  describe.each([
    { scheme: "light" as const, width: 360 },
    { scheme: "dark" as const, width: 320 },
  ])("$scheme theme at $width px", ({ scheme, width }) => {
    it.each(VIEWS.map((v) => [v.name, v] as const))("%s", async (_name, view) => {
      const { page, context, errors } = await openPane(browser, url, { colorScheme: scheme, width });
      await h2(page, "What do you see?");
      await view.open(page);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it("the Danish opening view and admin mode", async () => {
    const { page, context } = await openPane(browser, url, { locale: "da-DK" });
    await h2(page, "Hvad ser du?");
    expect(await seriousViolations(page)).toEqual([]);
    await nav(page, "Administratortilstand");
    await h2(page, "Administratortilstand");
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});
