#!/usr/bin/env node
// `npm run screenshots`: pictures of the pane for the README, taken from the production build the way a
// person sees it in a pinned pane (360 × 800 px): the first view, the result and "Ask my admin", in
// light, dark, Danish, German and Japanese. Builds dist/ (skip with --no-build), serves it on loopback with Office's CDN
// blocked (the pane runs standalone), drives Chromium (CHROMIUM_PATH, default /usr/bin/chromium) and
// writes docs/screenshots/<view>-<variant>.png. The result and the email come from the example logs,
// and say so on screen.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";
import { serveDir } from "./serve-static.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist");
const OUT = join(ROOT, "docs", "screenshots");
const require = createRequire(import.meta.url);

export const VARIANTS = [
  { name: "light", locale: "en-US", colorScheme: "light" },
  { name: "dark", locale: "en-US", colorScheme: "dark" },
  { name: "da", locale: "da-DK", colorScheme: "light" },
  { name: "de", locale: "de-DE", colorScheme: "light" },
  { name: "ja", locale: "ja-JP", colorScheme: "light" },
];
export const VIEWS = ["first-view", "result", "ask-admin"];

/** The visible names the script clicks, from the pane's own catalogs (bundled on the fly: they are TypeScript). */
async function namesFor() {
  const { build } = require("esbuild");
  const out = await build({
    entryPoints: [join(ROOT, "src", "engine", "i18n", "catalogs.ts")],
    bundle: true,
    write: false,
    format: "esm",
    platform: "neutral",
    logLevel: "silent",
  });
  const { CATALOGS } = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString("base64")}`);
  const names = (t) => ({
    seeTitle: t["ui.see.title"],
    checkLogs: t["ui.nav.logs"],
    example: t["ui.logs.example.button"],
    result: t["ui.result.title"],
    askAdmin: t["ui.result.askAdmin"],
    askTitle: t["ui.ask.title"],
  });
  return { "en-US": names(CATALOGS.en), "da-DK": names(CATALOGS.da), "de-DE": names(CATALOGS.de), "ja-JP": names(CATALOGS.ja) };
}

async function shoot(browser, base, variant, allNames) {
  const names = allNames[variant.locale];
  const context = await browser.newContext({
    locale: variant.locale,
    colorScheme: variant.colorScheme,
    viewport: { width: 360, height: 800 },
  });
  await context.route("**/*", (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort("internetdisconnected")));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(`${base}taskpane.html`);
  const settle = async (h2) => {
    await page.getByRole("heading", { level: 2, name: h2 }).waitFor();
    await page.evaluate(() => document.fonts.ready);
    await page.mouse.move(0, 799); // no hover highlight in the picture
    await page.evaluate(() => (document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined));
    await page.waitForTimeout(400); // lazy chunks and Fluent's transitions settle
  };
  const save = async (view) => {
    const path = join(OUT, `${view}-${variant.name}.png`);
    await page.screenshot({ path });
    console.log(`  ${path.slice(ROOT.length + 1)}`);
  };
  await settle(names.seeTitle);
  await save("first-view");
  await page.getByRole("main").getByRole("button", { name: names.checkLogs, exact: true }).click();
  await page.getByRole("button", { name: names.example, exact: true }).click();
  await settle(names.result);
  await save("result");
  await page.getByTestId("result-next-step").getByRole("button", { name: names.askAdmin, exact: true }).click();
  await settle(names.askTitle);
  await save("ask-admin");
  await context.close();
  if (errors.length) throw new Error(`the pane reported errors: ${errors.join("; ")}`);
}

async function main() {
  if (!process.argv.includes("--no-build")) {
    console.log("screenshots: building the production pane (webpack --mode production)");
    const built = spawnSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
      cwd: ROOT,
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (built.status !== 0) throw new Error("the production build failed");
  }
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html is missing: run without --no-build");
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium, or set CHROMIUM_PATH`);
  mkdirSync(OUT, { recursive: true });
  const { chromium } = require("playwright-core");
  const { url: base, server } = await serveDir(DIST);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
  try {
    const names = await namesFor();
    for (const variant of VARIANTS) await shoot(browser, base, variant, names);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(`screenshots: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
