// Trust in the production build: nothing leaves the machine (every request recorded through every
// view, the CSP enforced, no telemetry in the bundle), hostile log text stays text, bad files get one
// clear message and the pane stays usable.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, describeInBrowser, openPane, screenshot, useServedPane } from "./harness";
import { SFO_LOG_FOLDERS, SIGNATURES, WORDING_SOURCES } from "../../src/engine";

jest.setTimeout(60_000);

const FIXTURES = join(__dirname, "..", "fixtures");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CAUSE_TITLE = "The Refresh Token Policy expired Salesforce for Outlook's sign-in";

const IMG = `<img src=x onerror="window.__pwned=1">`;
const SCRIPT = `<script>window.__pwned=2</script>`;
/** The seed's lines with the payloads inside otherwise valid SFO lines: a NavigateTo URL's labels and an ERROR message. */
const HOSTILE_LOG = [
  readFileSync(join(FIXTURES, "seed-Trace.log"), "utf8").trimEnd(),
  `2015-04-24 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/Users/xxxx/AppData/Roaming/salesforce.com/Salesforce for Outlook/sidepanelcontainer.htm?loggedOutLabel=${IMG}&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=${SCRIPT}`,
  `2015-04-24 15:19:02,100 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired ${IMG} ${SCRIPT}`,
].join("\r\n");

declare global {
  interface Window {
    __pwned?: unknown;
    __cspViolations?: { directive: string; blocked: string }[];
  }
}

/** The worker's chunk in dist/: webpack loads it with `new Worker(new URL(p + u(ID), …))`, no blob:. */
/** The worker chunks of dist/ (the logs worker, and admin mode's org worker). */
function workerChunks(): string[] {
  const files = readdirSync(DIST).filter((f) => f.endsWith(".js"));
  const chunks: string[] = [];
  for (const f of files) {
    for (const m of readFileSync(join(DIST, f), "utf8").matchAll(/new Worker\(new URL\(\w+\.p\+\w+\.u\((\d+)\)/g)) {
      chunks.push(files.find((g) => g.startsWith(`${m[1]}.`))!);
    }
  }
  if (chunks.length === 0) throw new Error("no worker chunk in dist/");
  return chunks;
}

interface Recorded {
  context: BrowserContext;
  page: Page;
  requests: string[];
  /** Requests that reached the test's network guard (the harness aborts them). */
  outside: string[];
  /** Requests Chromium refused, with the reason ("csp" for the CSP). */
  failed: string[];
  errors: string[];
}

/**
 * Opens the pane through the harness (Office's CDN blocked), then reloads it with every request and
 * every CSP violation recorded from the first byte, the worker's requests included.
 */
async function openRecorded(browser: Browser, url: string): Promise<Recorded> {
  const { context, page, errors, outside } = await openPane(browser, url);
  const requests: string[] = [];
  const failed: string[] = [];
  context.on("request", (r) => requests.push(r.url()));
  context.on("requestfailed", (r) => failed.push(`${r.failure()?.errorText} ${r.url()}`));
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__cspViolations!.push({ directive: e.effectiveDirective, blocked: e.blockedURI }),
    );
  });
  await page.reload();
  await page.getByRole("heading", { level: 2, name: "What do you see?" }).waitFor();
  return { context, page, requests, outside, failed, errors };
}

const nav = (page: Page, name: string) => page.getByRole("navigation").getByRole("button", { name }).click();

async function pasteAndAnalyse(page: Page, text: string) {
  await nav(page, "Check my logs");
  await page.getByRole("textbox", { name: /Paste log lines/ }).fill(text);
  await page.getByRole("button", { name: "Analyse pasted text" }).click();
  await page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
}

/** Nothing from a payload ran or became an element. */
async function expectNothingExecuted(page: Page) {
  const state = await page.evaluate(() => ({
    pwned: window.__pwned,
    images: document.querySelectorAll("img").length,
    payloadScripts: Array.from(document.scripts).filter(
      (s) =>
        s.textContent?.includes("__pwned") ||
        (s.src && !s.src.startsWith(location.origin) && !s.src.startsWith("https://appsforoffice.microsoft.com/")),
    ).length,
    handlers: Array.from(document.querySelectorAll("*")).filter((el) => Array.from(el.attributes).some((a) => a.name.startsWith("on")))
      .length,
  }));
  expect(state).toEqual({ pwned: undefined, images: 0, payloadScripts: 0, handlers: 0 });
}

describeInBrowser("Trust (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  describe("nothing leaves the machine", () => {
    it("through every view the only requests go to the loopback server or to Office.js on Microsoft's CDN, and the CSP blocks nothing the pane needs", async () => {
      const { context, page, requests, errors } = await openRecorded(browser, url);
      // What do you see? → the cause without logs
      await page.getByRole("button", { name: "This is what I see" }).first().click();
      await page.getByRole("heading", { level: 2, name: CAUSE_TITLE }).waitFor();
      // Check my logs with the example (the worker runs)
      await nav(page, "Check my logs");
      await page.getByRole("button", { name: "Try the example" }).click();
      await page.getByRole("heading", { level: 3, name: CAUSE_TITLE }).waitFor();
      // Ask my admin: the redacted preview
      await page.getByRole("main").getByRole("button", { name: "Ask my admin" }).click();
      await page.getByRole("heading", { level: 2, name: "Ask my admin" }).waitFor();
      await page.getByRole("textbox", { name: "Your admin's email address" }).fill("it-admin@contoso.com");
      await page.getByTestId("report-preview").waitFor();
      // Check my logs with a pasted log
      await pasteAndAnalyse(page, HOSTILE_LOG);
      await page.getByRole("heading", { level: 3, name: CAUSE_TITLE }).waitFor();
      await page.getByRole("button", { name: "For your admin: the technical part" }).click();
      // Sign in again, admin mode
      await nav(page, "Sign in again");
      await page.getByRole("heading", { level: 2, name: "Sign in again" }).waitFor();
      await nav(page, "Admin mode");
      await page.getByTestId("policy-table").waitFor();
      await page.waitForTimeout(300); // lazy chunks and styles settle

      const base = url.replace(/\/$/, "");
      const outside = requests.filter((r) => !r.startsWith(base + "/") && r !== OFFICE_JS);
      expect(outside).toEqual([]);
      expect(requests).toContain(OFFICE_JS); // the recording did see the page's first request
      expect(requests.some((r) => workerChunks().some((c) => r.endsWith("/" + c)))).toBe(true); // and the worker's own chunk
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });

    it("dist/taskpane.html carries the CSP meta with the directives that keep everything local", () => {
      const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
      const meta = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content="([^"]+)"/i.exec(html);
      expect(meta).not.toBeNull();
      const policy = new Map(
        meta![1]
          .split(";")
          .map((d) => d.trim().split(/\s+/))
          .filter((d) => d[0])
          .map(([name, ...values]) => [name, values] as const),
      );
      expect(policy.get("default-src")).toEqual(["'self'"]);
      expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
      expect(policy.get("connect-src")).toEqual(["'self'"]);
      expect(policy.get("object-src")).toEqual(["'none'"]);
      expect(policy.get("base-uri")).toEqual(["'none'"]);
      expect(policy.get("img-src")).toEqual(["'self'"]);
      expect(policy.get("worker-src")).toEqual(["'self'"]);
      expect(policy.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      expect(meta![1]).not.toMatch(/unsafe-eval|\*|https?:(?!\/\/appsforoffice\.microsoft\.com)/);
      // The meta must come before any script, or it would not govern it.
      expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    });

    it("the CSP really blocks: fetch, an image and a script to another host are refused before any request is made", async () => {
      const { context, page, requests, outside, failed } = await openRecorded(browser, url);
      outside.length = 0;
      const result = await page.evaluate(async () => {
        const seen: string[] = [];
        document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
        let fetchError = "";
        try {
          await fetch("https://example.com/");
        } catch (e) {
          fetchError = String(e);
        }
        const img = new Image();
        img.src = "https://example.com/pixel.gif";
        document.body.append(img);
        const script = document.createElement("script");
        script.src = "https://example.com/x.js";
        document.head.append(script);
        await new Promise((r) => setTimeout(r, 300));
        img.remove();
        script.remove();
        return { fetchError, seen };
      });
      expect(result.fetchError).toMatch(/TypeError/);
      expect(result.seen).toEqual(
        expect.arrayContaining([
          "connect-src https://example.com/",
          "img-src https://example.com/pixel.gif",
          "script-src-elem https://example.com/x.js",
        ]),
      );
      // Blocked by the page itself: Chromium refused them for the CSP, and the test's network guard never saw them.
      expect(outside).toEqual([]);
      expect(requests.filter((r) => r.includes("example.com")).sort()).toEqual([
        "https://example.com/pixel.gif",
        "https://example.com/x.js",
      ]);
      expect(failed.filter((r) => r.includes("example.com")).sort()).toEqual([
        "csp https://example.com/pixel.gif",
        "csp https://example.com/x.js",
      ]);
      await context.close();
    });

    it("no telemetry: the bundle has no network API and names no host but W3C namespaces, React's error pages and Office.js", () => {
      const scripts = readdirSync(DIST).filter((f) => f.endsWith(".js"));
      const code = scripts.map((f) => readFileSync(join(DIST, f), "utf8")).join("\n");
      // The grep reads the code that runs: the app's texts and the worker's chunk are in it.
      expect(code).toContain("Refresh token is valid until revoked");
      expect(code).toMatch(/new Worker\(new URL\(/);
      const TELEMETRY = [
        "applicationinsights",
        "dc.services.visualstudio.com",
        "vortex.data.microsoft.com",
        "browser.events.data",
        "browser.pipe.aria.microsoft.com",
        "aria.microsoft.com",
        "google-analytics",
        "googletagmanager",
        "sentry",
        "segment.io",
        "mixpanel",
        "hotjar",
        "clarity.ms",
        "datadog",
        "newrelic",
      ];
      expect(TELEMETRY.filter((t) => code.toLowerCase().includes(t))).toEqual([]);
      // Stronger than a list of known names: nothing in the bundle can send, whatever the host.
      expect(code.match(/\b(fetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|RTCPeerConnection)/g) ?? []).toEqual([]);
      const hosts = new Set(Array.from(code.matchAll(/(?:https?:|wss?:)\/\/([a-z0-9.-]+)/gi), (m) => m[1].toLowerCase()));
      // The cause catalog cites the public page of every wording it knows: those addresses are data, never fetched.
      const cited = new Set(
        [...SIGNATURES.map((s) => s.signature.source), ...Object.values(WORDING_SOURCES), ...SFO_LOG_FOLDERS.flatMap((f) => f.sources)].map(
          (u) => new URL(u).hostname,
        ),
      );
      expect([...hosts].filter((h) => !["www.w3.org", "react.dev", "appsforoffice.microsoft.com", ...cited].includes(h))).toEqual([]);
    });
  });

  describe("hostile text in logs stays text", () => {
    it("markup in a NavigateTo URL's labels and in an ERROR message is shown literally and never runs", async () => {
      const { context, page, errors } = await openRecorded(browser, url);
      await pasteAndAnalyse(page, HOSTILE_LOG);
      const panel = await page.getByTestId("side-panel").textContent();
      expect(panel).toContain(IMG);
      expect(panel).toContain(SCRIPT);
      const main = page.getByRole("main");
      expect(
        await main.getByText(`LogOn failed with exception - token validity expired ${IMG} ${SCRIPT}`, { exact: true }).isVisible(),
      ).toBe(true);
      await expectNothingExecuted(page);
      await screenshot(page, "trust-hostile-result");
      // The admin's message carries the same text, still as text.
      await main.getByRole("button", { name: "Ask my admin" }).click();
      await page.getByRole("heading", { level: 2, name: "Ask my admin" }).waitFor();
      expect(await page.getByTestId("report-preview").textContent()).toContain(SCRIPT);
      await expectNothingExecuted(page);
      expect(await page.evaluate(() => window.__cspViolations)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  describe("bad files get one clear message naming the file, and the pane stays usable", () => {
    const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37 + 11) % 256));
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), binary]);
    const cases: { name: string; buffer: Buffer; says: RegExp }[] = [
      { name: "Empty.log", buffer: Buffer.alloc(0), says: /Empty\.log is empty\. Choose/ },
      { name: "Blank.log", buffer: Buffer.from("  \r\n\r\n\t\r\n"), says: /Blank\.log is empty\. Choose/ },
      { name: "Outlook.pst", buffer: binary, says: /Outlook\.pst is not a text file.*unpack/ },
      { name: "Logs.zip", buffer: zip, says: /Logs\.zip is not a text file.*unpack it first/ },
      {
        name: "notes.txt",
        buffer: Buffer.from("Dear IT,\r\nSalesforce logged me out again.\r\nThanks\r\n"),
        says: /notes\.txt holds no Salesforce for Outlook log line and nothing the doctor knows.*Choose Trace\.log or AddinTrace\.log.*paste what you see/,
      },
      {
        name: `<img src=x onerror="window.__pwned=3">.log`,
        buffer: Buffer.alloc(0),
        says: /<img src=x onerror="window\.__pwned=3">\.log is empty/,
      },
    ];

    it.each(cases.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
      const { context, page, errors } = await openRecorded(browser, url);
      await nav(page, "Check my logs");
      await page.getByTestId("log-file-input").setInputFiles([{ name: c.name, mimeType: "application/octet-stream", buffer: c.buffer }]);
      await page.getByRole("main").getByText("Nothing could be analysed").waitFor();
      const bars = page.getByRole("main").locator(".fui-MessageBar");
      expect(await bars.count()).toBe(1);
      const text = (await bars.first().textContent()) ?? "";
      expect(text).toMatch(c.says);
      expect(text).toContain("Choose"); // what to do next
      await expectNothingExecuted(page);
      // Still usable: the example runs to its result.
      await page.getByRole("button", { name: "Try the example" }).click();
      await page.getByRole("heading", { level: 3, name: CAUSE_TITLE }).waitFor();
      expect(errors).toEqual([]);
      await context.close();
    });
  });
});
