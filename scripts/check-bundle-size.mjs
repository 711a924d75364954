// The task pane's initial JavaScript, gzip -9, must stay within 140 KiB (Office.js excluded) in every one
// of the 18 languages. Static part (always): every <script src> of dist/taskpane.html. Browser part
// (when Chromium is installed; `--static` skips it): for each language, opened in a browser set to it,
// every .js the page requests before the opening view is interactive, which catches the language's own
// lazy chunk and any other chunk the opening view pulls in at once. Every total is checked.
// Also used by scripts/bench/pane.mjs (serveDir, launchChromium, openPage, measureOpening).
import { existsSync, readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { serveDir } from "./serve-static.js";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = join(ROOT, "dist");
export const BUDGET_BYTES = 140 * 1024;
/** A browser locale per language (UI language id -> navigator.language), read from the engine's one list of the 18. */
export const LANGUAGE_LOCALES = Object.fromEntries(
  [
    ...readFileSync(join(ROOT, "src", "engine", "i18n", "languages.ts"), "utf8").matchAll(
      /\{ id: "([^"]+)", salesforce: "[^"]+", locale: "([^"]+)"/g,
    ),
  ].map((m) => [m[1], m[2]]),
);
export const OPENING_LOCALES = Object.values(LANGUAGE_LOCALES);
export { CHROMIUM };

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Size a file would travel at with gzip -9 (what the budget is stated in). */
export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The <script> tags of the built page: src, whether it is ours, and how it loads. */
export function scriptTags(html) {
  const tags = [];
  for (const m of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attrs = m[1];
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(attrs);
    const value = src ? (src[1] ?? src[2] ?? src[3]) : null;
    tags.push({
      src: value,
      external: value ? /^(https?:)?\/\//i.test(value) : false,
      defer: /\bdefer\b/i.test(attrs),
      async: /\basync\b/i.test(attrs),
      module: /\btype\s*=\s*["']?module/i.test(attrs),
    });
  }
  return tags;
}

/** Serves a built pane on loopback (the server the e2e harness uses too). */
export { serveDir };

export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

// Runs in the page before any script: notes the first moment the opening view is usable (one h1,
// the nav visible, a nav button that can take focus), checked on every DOM change and every frame.
const OPENING_PROBE = `(() => {
  const visible = (el) => !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const check = () => {
    if (window.__openingInteractiveAt !== undefined) return true;
    const h1 = document.querySelector("h1");
    const nav = document.querySelector("nav");
    const button = nav && nav.querySelector("button");
    if (visible(h1) && visible(nav) && visible(button) && !button.disabled && button.tabIndex >= 0) {
      window.__openingInteractiveAt = performance.now();
      return true;
    }
    return false;
  };
  const frame = () => { if (!check()) requestAnimationFrame(frame); };
  requestAnimationFrame(frame);
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;

/** A fresh context at task-pane size with Office's CDN (and everything else off loopback) blocked. */
export async function openPage(browser, baseUrl, { width = 360, locale = "en-US", initScripts = [] } = {}) {
  const context = await browser.newContext({ locale, colorScheme: "light", viewport: { width, height: 800 } });
  const blocked = [];
  await context.route("**/*", (route) => {
    const u = route.request().url();
    if (u.startsWith(baseUrl) || u.startsWith("data:") || u.startsWith("blob:")) return route.continue();
    blocked.push(u);
    return route.abort("internetdisconnected");
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(OPENING_PROBE);
  for (const s of initScripts) await page.addInitScript(s);
  return { context, page, blocked, errors };
}

/**
 * Opens the pane and measures the opening: first contentful paint, time until interactive, and every
 * .js of ours requested before that moment (by resource timing: start time ≤ interactive).
 */
export async function measureOpening(browser, baseUrl, distDir, opts = {}) {
  const { context, page, blocked, errors } = await openPage(browser, baseUrl, opts);
  try {
    await page.goto(baseUrl + "taskpane.html");
    await page.waitForFunction(() => window.__openingInteractiveAt !== undefined, null, { timeout: 30_000 });
    await page.waitForTimeout(300); // let late chunks show up, so they can be listed as "after"
    const m = await page.evaluate(() => ({
      interactive: window.__openingInteractiveAt,
      fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
      resources: performance.getEntriesByType("resource").map((e) => ({ name: e.name, start: e.startTime })),
    }));
    const ours = (r) => r.name.startsWith(baseUrl) && /\.js(\?|$)/.test(r.name);
    const file = (r) => decodeURIComponent(new URL(r.name).pathname.slice(1));
    const before = [...new Set(m.resources.filter((r) => ours(r) && r.start <= m.interactive).map(file))];
    const after = [...new Set(m.resources.filter((r) => ours(r) && r.start > m.interactive).map(file))].filter((f) => !before.includes(f));
    const sized = (f) => ({ file: f, gzip: existsSync(join(distDir, f)) ? gzipSize(join(distDir, f)) : 0 });
    return {
      fcpMs: m.fcp,
      // nothing is usable before it is painted: interactive is never earlier than the first paint
      interactiveMs: Math.max(m.interactive, m.fcp ?? 0),
      before: before.map(sized),
      after: after.map(sized),
      blocked,
      errors,
    };
  } finally {
    await context.close();
  }
}

/** The static view: our scripts in taskpane.html, their gzip -9 sizes, and whether any blocks the first paint. */
export function staticInitial(distDir = DIST) {
  const html = readFileSync(join(distDir, "taskpane.html"), "utf8");
  const tags = scriptTags(html);
  const ours = tags.filter((t) => t.src && !t.external).map((t) => ({ ...t, gzip: gzipSize(join(distDir, t.src.replace(/^\.?\//, ""))) }));
  const inline = tags.filter((t) => !t.src);
  const blocking = tags.filter((t) => !t.defer && !t.async && !t.module);
  return { tags, ours, inline, blocking };
}

/** Prints the blocking check; returns false when anything but Office.js could block the first paint. */
export function reportBlocking(st, log = console.log) {
  const others = st.blocking.filter((t) => !(t.external && /appsforoffice\.microsoft\.com/i.test(t.src ?? "")));
  for (const t of st.tags) {
    const how = t.defer ? "defer" : t.async ? "async" : t.module ? "module" : "blocking";
    log(`  <script${t.src ? ` src=${t.src}` : " inline"}> ${how}${t.external ? " (CDN, not counted)" : ""}`);
  }
  log(
    others.length
      ? `first paint: FAIL, blocked by ${others.map((t) => t.src ?? "an inline script").join(", ")} besides Office.js`
      : "first paint: PASS, nothing but Office.js blocks it (our scripts are defer)",
  );
  return others.length === 0;
}

async function main() {
  const staticOnly = process.argv.includes("--static") || !existsSync(CHROMIUM);
  if (!existsSync(join(DIST, "taskpane.html"))) {
    console.error("check-bundle-size: dist/taskpane.html is missing (run npm run build first)");
    process.exit(1);
  }
  console.log(`initial JavaScript of dist/taskpane.html, gzip -9, budget ${kib(BUDGET_BYTES)} (Office.js excluded)`);
  const st = staticInitial(DIST);
  const staticTotal = st.ours.reduce((s, t) => s + t.gzip, 0);
  console.log("static: <script src> in taskpane.html");
  for (const t of st.ours) console.log(`  ${t.src.padEnd(32)} ${kib(t.gzip).padStart(10)}`);
  if (st.inline.length) console.log(`  (${st.inline.length} inline script(s), counted in the HTML, not here)`);
  console.log(`  total ${kib(staticTotal)}`);
  const paintOk = reportBlocking(st);

  let browserTotal = 0;
  const perLanguage = [];
  if (staticOnly) {
    console.log(`browser: skipped (${existsSync(CHROMIUM) ? "--static" : `no Chromium at ${CHROMIUM}`})`);
  } else {
    const { url, server } = await serveDir(DIST);
    const browser = await launchChromium();
    try {
      console.log("browser: .js requested before the opening view was interactive, per language (CDN blocked)");
      for (const [lang, locale] of Object.entries(LANGUAGE_LOCALES)) {
        const o = await measureOpening(browser, url, DIST, { locale });
        const sum = o.before.reduce((s, f) => s + f.gzip, 0);
        browserTotal = Math.max(browserTotal, sum);
        const chunk = o.before.find((f) => /^lang-/.test(f.file));
        perLanguage.push({ lang, sum });
        const mark = sum > BUDGET_BYTES ? "  OVER BUDGET" : "";
        console.log(
          `  ${lang.padEnd(6)} ${locale.padEnd(6)} ${kib(sum).padStart(10)}  (${o.before.map((f) => `${f.file.replace(/\.[0-9a-f]{8}\.js$/, "")} ${kib(f.gzip)}`).join(" + ")})${chunk ? "" : "  no language chunk"}${mark}`,
        );
        if (o.errors.length) console.log(`    page errors: ${o.errors.join(" | ")}`);
      }
    } finally {
      await browser.close();
      server.close();
    }
  }
  const total = Math.max(staticTotal, browserTotal);
  const over = perLanguage.filter((p) => p.sum > BUDGET_BYTES).map((p) => p.lang);
  const ok = total <= BUDGET_BYTES;
  console.log(
    `initial JavaScript: largest ${kib(total)} of ${kib(BUDGET_BYTES)}  ${ok ? "PASS" : `FAIL${over.length ? ` (${over.join(", ")})` : ""}`}`,
  );
  process.exit(ok && paintOk ? 0 : 1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((e) => {
    console.error(`check-bundle-size: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  });
}
