// Accessibility: axe finds no serious or critical violation in any view of the pane, in every theme
// (light, dark, high contrast) and in English, Danish and Japanese (a CJK script at 320 px). Views are reached the way a user reaches them,
// through the navigation and the views' own buttons, with the names the catalogs give them.
import type { Browser, Page } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { getCause, type MessageKey } from "../../src/engine";
import { describeInBrowser, openPane, useServedPane, type PaneOptions } from "./harness";

jest.setTimeout(90_000); // axe runs over a view in a real browser on a busy 2-core machine

type Lang = "en" | "da" | "ja";

interface ViewCase {
  name: string;
  open(page: Page, t: Readonly<Record<MessageKey, string>>): Promise<void>;
}

const nav = (page: Page, name: string) => page.getByRole("navigation").getByRole("button", { name, exact: true }).click();
const h2 = (page: Page, name: string) => page.getByRole("heading", { level: 2, name, exact: true }).waitFor();
const seedCause = getCause("refresh-token-expired");

const VIEWS: ViewCase[] = [
  { name: "What do you see?", open: (p, t) => h2(p, t["ui.see.title"]) },
  {
    name: "What do you see? (raw labels, other states open)",
    open: async (p, t) => {
      await p.getByRole("switch", { name: /Unknown Label/ }).check();
      await p.getByText(t["ui.see.othersTitle"], { exact: true }).click();
      await p.getByTestId("other-states").getByRole("button").first().waitFor();
    },
  },
  {
    name: "cause",
    open: async (p, t) => {
      await p.getByRole("main").getByRole("button", { name: t["ui.see.thisIsIt"], exact: true }).click();
      await h2(p, t[seedCause.titleKey]);
    },
  },
  {
    name: "Sign in again",
    open: async (p, t) => {
      await nav(p, t["ui.nav.signin"]);
      await h2(p, t["ui.signin.title"]);
      await p.getByRole("checkbox").first().check();
    },
  },
  {
    name: "Check my logs",
    open: async (p, t) => {
      await nav(p, t["ui.nav.logs"]);
      await h2(p, t["ui.logs.title"]);
    },
  },
  {
    name: "Result (example, admin part open)",
    open: async (p, t) => {
      await nav(p, t["ui.nav.logs"]);
      await p.getByRole("button", { name: t["ui.logs.example.button"], exact: true }).click();
      await h2(p, t["ui.result.title"]);
      await p.getByTestId("example-mark").waitFor();
      await p.getByRole("button", { name: t["ui.result.admin.title"], exact: true }).click();
      await p.getByText(t["ui.result.admin.lightning"], { exact: true }).waitFor();
    },
  },
  {
    name: "Ask my admin",
    open: async (p, t) => {
      await nav(p, t["ui.nav.ask"]);
      await h2(p, t["ui.ask.title"]);
    },
  },
  {
    name: "Admin mode",
    open: async (p, t) => {
      await nav(p, t["ui.nav.admin"]);
      await h2(p, t["ui.admin.title"]);
    },
  },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 120)} ${n.failureSummary?.split("\n")[1]?.trim() ?? ""}`)
          .slice(0, 3)
          .join(", ")}`,
    );
}

const COMBOS: { title: string; lang: Lang; pane: PaneOptions }[] = [
  { title: "light, English, 360 px", lang: "en", pane: { colorScheme: "light", width: 360 } },
  { title: "high contrast, English, 360 px", lang: "en", pane: { colorScheme: "dark", forcedColors: "active", width: 360 } },
  { title: "dark, Danish, 320 px", lang: "da", pane: { colorScheme: "dark", locale: "da-DK", width: 320 } },
  { title: "light, Japanese, 320 px", lang: "ja", pane: { colorScheme: "light", locale: "ja-JP", width: 320 } },
];

describeInBrowser("axe: no serious or critical violations (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  describe.each(COMBOS)("$title", ({ lang, pane }) => {
    it.each(VIEWS.map((v) => [v.name, v] as const))("%s", async (_name, view) => {
      const t = CATALOGS[lang] as Readonly<Record<MessageKey, string>>; // complete: the catalog tests require all 18
      const { page, context, errors } = await openPane(browser, url, pane);
      await h2(page, t["ui.see.title"]);
      await view.open(page, t);
      expect(await seriousViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
