// Drives the production build (dist/) in Debian's headless Chromium, served on loopback, with
// Microsoft's CDN unreachable so the pane runs standalone exactly as it does offline.
import type { Server } from "node:http";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { serveDir } from "../../scripts/serve-static";
import { CHROMIUM, CHROMIUM_ARGS } from "../../scripts/chromium";

export const DIST = join(__dirname, "..", "..", "dist");
export const SCREENSHOTS = join(__dirname, "..", "..", "test-results", "screenshots");

/** Whether browser tests can run here. With CI=true a missing browser or build is an error, not a skip. */
export function browserAvailable(): boolean {
  const ok = existsSync(CHROMIUM) && existsSync(join(DIST, "taskpane.html"));
  if (!ok && process.env.CI === "true") {
    throw new Error(
      `e2e: ${existsSync(CHROMIUM) ? "dist/taskpane.html is missing (run npm run build)" : `no Chromium at ${CHROMIUM} (apt-get install chromium)`}`,
    );
  }
  return ok;
}

/** `describe` that skips (with a note) when no browser is installed outside CI. */
export const describeInBrowser: jest.Describe = ((name: string, fn: () => void) =>
  browserAvailable() ? describe(name, fn) : describe.skip(`${name} (no Chromium or build here)`, fn)) as jest.Describe;

export async function serveDist(): Promise<{ url: string; server: Server; requests: string[] }> {
  const requests: string[] = [];
  const { url, server } = await serveDir(DIST, { onRequest: (path) => requests.push(path) });
  return { url, server, requests };
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

export interface PaneOptions {
  locale?: string;
  colorScheme?: "light" | "dark";
  /** "active" emulates a high-contrast system (forced colours). */
  forcedColors?: "active" | "none";
  width?: number;
  query?: string;
}

/** Opens the pane in a fresh context at task-pane size, Office's CDN blocked (offline). */
export async function openPane(
  browser: Browser,
  baseUrl: string,
  opts: PaneOptions = {},
): Promise<{ context: BrowserContext; page: Page; outside: string[]; errors: string[] }> {
  const context = await browser.newContext({
    locale: opts.locale ?? "en-US",
    colorScheme: opts.colorScheme ?? "light",
    forcedColors: opts.forcedColors ?? "none",
    viewport: { width: opts.width ?? 360, height: 800 },
    acceptDownloads: true,
  });
  const outside: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(baseUrl) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
    outside.push(u);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(baseUrl + "taskpane.html" + (opts.query ?? ""));
  return { context, page, outside, errors };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export interface ServedPane {
  browser: Browser;
  url: string;
  requests: string[];
}

/** Serves dist/ and launches Chromium once for the enclosing describe block, closing both after it. */
export function useServedPane(receive: (served: ServedPane) => void): void {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const served = await serveDist();
    server = served.server;
    browser = await launchBrowser();
    receive({ browser, url: served.url, requests: served.requests });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
}
