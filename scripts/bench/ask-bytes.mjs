// What an English user downloads to open "Ask my admin" from the opening view: every .js of ours the
// page requested (gzip -9), split into the opening and what the click on "Ask my admin" added.
// Needs a production build in dist/ and Chromium; prints figures, asserts nothing.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CHROMIUM, DIST, gzipSize, kib, launchChromium, openPage, serveDir } from "../check-bundle-size.mjs";

const dist = process.env.DIST_DIR || DIST;
if (!existsSync(join(dist, "taskpane.html")) || !existsSync(CHROMIUM)) {
  console.log("ask-bytes: skipped (needs dist/ from npm run build and Chromium)");
  process.exit(0);
}
const { url, server } = await serveDir(dist);
const browser = await launchChromium();
try {
  for (const locale of ["en-US", "da-DK"]) {
    const { context, page } = await openPage(browser, url, { locale });
    await page.goto(url + "taskpane.html");
    await page.locator("nav button").first().waitFor();
    const opening = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    await page.locator("nav button").nth(3).click(); // Ask my admin
    await page.locator("#ask-title").waitFor();
    // Opened with nothing chosen, the view asks which state the user sees: pick the seed's.
    const chooser = page.locator("main select");
    if (await chooser.count()) await chooser.selectOption("refresh-token-expired");
    await page.getByTestId("report-preview").waitFor();
    await page.waitForTimeout(300);
    const all = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
    const js = (names) => [
      ...new Set(
        names.filter((n) => n.startsWith(url) && /\.js(\?|$)/.test(n)).map((n) => decodeURIComponent(new URL(n).pathname.slice(1))),
      ),
    ];
    const first = js(opening);
    const added = js(all).filter((f) => !first.includes(f));
    const size = (f) => (existsSync(join(dist, f)) ? gzipSize(join(dist, f)) : 0);
    const sum = (fs) => fs.reduce((s, f) => s + size(f), 0);
    console.log(
      `${locale}: opening ${kib(sum(first))}, Ask my admin adds ${kib(sum(added))} (${sum(added)} B), total ${kib(sum(first) + sum(added))}`,
    );
    for (const f of added) console.log(`  ${f.padEnd(40)} ${String(size(f)).padStart(7)} B`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
