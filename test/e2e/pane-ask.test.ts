// Ask my admin in the production build: the redacted preview, the remembered address, and the real
// Outlook host code path driven through a fake `window.Office` (Office's CDN is blocked by the harness).
import type { Browser, Page } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describeInBrowser, openPane, screenshot, useServedPane } from "./harness";

jest.setTimeout(60_000); // a real browser on a 2-core machine shared with other work; no speed is asserted

const FIXTURES = join(__dirname, "..", "fixtures");
const PLANTED = "jane.doe@example.com";

/** Runs before the pane's scripts: an Outlook that records the new-message form it is asked to open. */
function fakeOutlook() {
  const store: Record<string, unknown> = {};
  const w = window as unknown as Record<string, unknown>;
  w.__sentForms = [];
  w.Office = {
    onReady: () => Promise.resolve({ host: "Outlook", platform: "OfficeOnline" }),
    HostType: { Outlook: "Outlook" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "en-US",
      diagnostics: { platform: "OfficeOnline" },
      mailbox: { displayNewMessageForm: (form: unknown) => (w.__sentForms as unknown[]).push(form) },
      roamingSettings: {
        get: (n: string) => store[n],
        set: (n: string, v: unknown) => (store[n] = v),
        saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
      },
    },
  };
}

async function analysePasted(page: Page, text: string) {
  await page.getByRole("navigation").getByRole("button", { name: "Check my logs" }).click();
  await page.getByRole("textbox", { name: /Paste log lines/ }).fill(text);
  await page.getByRole("button", { name: "Analyse pasted text" }).click();
  await page.getByRole("heading", { level: 2, name: "Result" }).waitFor();
}

describeInBrowser("Ask my admin (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  useServedPane((served) => ({ browser, url } = served));

  it("the preview redacts a planted email address and says what was removed", async () => {
    const { page, context, errors } = await openPane(browser, url);
    const trace = readFileSync(join(FIXTURES, "seed-Trace.log"), "utf8").replace(
      "token validity expired",
      `token validity expired for ${PLANTED}`,
    );
    await analysePasted(page, trace + readFileSync(join(FIXTURES, "seed-AddinTrace.log"), "utf8"));
    await page.getByRole("main").getByRole("button", { name: "Ask my admin" }).click();
    await page.getByRole("heading", { level: 2, name: "Ask my admin" }).waitFor();
    const preview = await page.getByTestId("report-preview").textContent();
    expect(preview).toContain("Refresh token is valid until revoked");
    expect(preview).not.toContain(PLANTED);
    expect(await page.getByTestId("report-removed").textContent()).toMatch(/Email addresses: [1-9]/);
    // standalone: no Outlook form, and the seed report is too long for a mailto: link, so the primary
    // button says it copies the report and opens the mail app; copy and download stay offered
    const primary = page.getByRole("main").getByRole("button", { name: "Copy the report and create email in my mail app" });
    expect(await primary.isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Copy the message" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Download as a text file" }).isVisible()).toBe(true);
    await screenshot(page, "ask-preview-360");
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(url).origin });
    // record the mailto: link instead of handing it to a mail app the test machine does not have
    await page.evaluate(() => {
      const w = window as unknown as { __mailto: string[] };
      w.__mailto = [];
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        if (this.href.startsWith("mailto:")) w.__mailto.push(this.href);
      };
    });
    await primary.click();
    await page
      .getByRole("main")
      .getByText(/We copied the full report; paste it into the email that opened/)
      .waitFor();
    const opened = await page.evaluate(() => (window as unknown as { __mailto: string[] }).__mailto);
    expect(opened).toHaveLength(1);
    expect(opened[0].length).toBeLessThanOrEqual(1800);
    expect(decodeURIComponent(opened[0])).toContain("paste it here (Ctrl+V)");
    const pasted = await page.evaluate(() => navigator.clipboard.readText());
    expect(pasted).toContain("Refresh token is valid until revoked");
    expect(pasted).not.toContain(PLANTED);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("remembers the admin's address across a reload (standalone: local storage)", async () => {
    const { page, context } = await openPane(browser, url);
    await page.getByRole("navigation").getByRole("button", { name: "Ask my admin" }).click();
    const field = page.getByRole("textbox", { name: "Your admin's email address" });
    await field.fill("it-admin@contoso.com");
    await field.blur();
    await page.reload();
    await page.getByRole("navigation").getByRole("button", { name: "Ask my admin" }).click();
    expect(await page.getByRole("textbox", { name: "Your admin's email address" }).inputValue()).toBe("it-admin@contoso.com");
    await context.close();
  });

  it("in Outlook, Create email opens the new-message form with to, subject and body", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "en-US" });
    await context.route("**/*", (route) =>
      route.request().url().startsWith(url) ? route.continue() : route.abort("internetdisconnected"),
    );
    await context.addInitScript(fakeOutlook);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(url + "taskpane.html");
    await analysePasted(
      page,
      readFileSync(join(FIXTURES, "seed-Trace.log"), "utf8") + readFileSync(join(FIXTURES, "seed-AddinTrace.log"), "utf8"),
    );
    await page.getByRole("main").getByRole("button", { name: "Ask my admin" }).click();
    await page.getByRole("textbox", { name: "Your admin's email address" }).fill("it-admin@contoso.com");
    await page.getByRole("button", { name: "Create email in Outlook" }).click();
    await page
      .getByRole("main")
      .getByText(/A new message is open in Outlook/)
      .waitFor();
    const forms = (await page.evaluate(() => (window as unknown as { __sentForms: unknown[] }).__sentForms)) as {
      toRecipients: string[];
      subject: string;
      htmlBody: string;
    }[];
    expect(forms).toHaveLength(1);
    expect(forms[0].toRecipients).toEqual(["it-admin@contoso.com"]);
    expect(forms[0].subject.length).toBeGreaterThan(5);
    expect(forms[0].htmlBody).toContain("Refresh token is valid until revoked");
    // reflowed: the side-panel URL and every paragraph reach the form whole, with no line break inside
    expect(forms[0].htmlBody).toContain(
      "file:///C:/Users/[user]/AppData/Roaming/salesforce.com/Salesforce for Outlook/sidepanelcontainer.htm?loggedOutLabel=&lt;&lt;Unknown Label:loggedOut&gt;&gt;&amp;loggedOutDetailLabel=",
    );
    expect(forms[0].htmlBody).toMatch(/Salesforce for Outlook \(SFO\) on my computer logged me out[^<]*Could you please take a look\?<br>/);
    expect(
      await page.evaluate(() =>
        (window as unknown as { Office: { context: { roamingSettings: { get(n: string): unknown } } } }).Office.context.roamingSettings.get(
          "adminAddress",
        ),
      ),
    ).toBe("it-admin@contoso.com");
    await screenshot(page, "ask-outlook-sent");
    expect(errors).toEqual([]);
    await context.close();
  });

  it.each([360, 320])("the email preview at %i px splits no word, URL or placeholder across lines", async (width) => {
    const { page, context, errors } = await openPane(browser, url, { width });
    const trace = readFileSync(join(FIXTURES, "seed-Trace.log"), "utf8").replace(
      "token validity expired",
      `token validity expired for ${PLANTED}`,
    );
    await analysePasted(page, trace + readFileSync(join(FIXTURES, "seed-AddinTrace.log"), "utf8"));
    await page.getByRole("main").getByRole("button", { name: "Ask my admin" }).click();
    const preview = page.getByTestId("report-preview");
    await preview.waitFor();
    const text = (await preview.textContent()) ?? "";
    // the text itself has no hard wraps: each paragraph is one line, placeholders and the URL whole
    expect(text).toMatch(/^Salesforce for Outlook \(SFO\) on my computer logged me out.*Could you please take a look\?$/m);
    for (const whole of [
      "[email]",
      "[user]",
      "<<Unknown Label:oauthPolicy>>",
      "file:///C:/Users/[user]/AppData/Roaming/salesforce.com/Salesforce for Outlook/sidepanelcontainer.htm",
    ]) {
      expect(text).toContain(whole);
    }
    // and as laid out: every word (a placeholder counts as one) that fits the box sits on one line
    const split = await preview.evaluate((pre) => {
      const box = pre.getBoundingClientRect().width - 24;
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      const all = pre.textContent ?? "";
      // A line may end after a hyphen ("Sign-" / "in"), as typesetting does; a URL may not.
      const words = [...all.matchAll(/(?:<<[^<>\n]*>>|[^\s<]|<(?!<[^<>\n]*>>))+/g)].flatMap((m) => {
        if (m[0].includes("://")) return [{ 0: m[0], index: m.index! }];
        const parts: { 0: string; index: number }[] = [];
        let at = m.index!;
        for (const piece of m[0].split(/(?<=-)/)) {
          parts.push({ 0: piece, index: at });
          at += piece.length;
        }
        return parts;
      });
      // map offsets in the whole text to (node, offset)
      const nodes: { node: Text; start: number }[] = [];
      let at = 0;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n as Text, start: at });
        at += (n as Text).data.length;
      }
      const pos = (offset: number) => {
        const i = nodes.findIndex((x, k) => offset >= x.start && (k === nodes.length - 1 || offset < nodes[k + 1].start));
        return { node: nodes[i].node, offset: offset - nodes[i].start };
      };
      for (const m of words) {
        const range = document.createRange();
        const a = pos(m.index);
        const b = pos(m.index + m[0].length - 1);
        range.setStart(a.node, a.offset);
        range.setEnd(b.node, b.offset + 1);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const tops = new Set(rects.map((r) => Math.round(r.top)));
        const wide = rects.reduce((s, r) => s + r.width, 0);
        if (tops.size > 1 && wide < box) found.push(m[0]);
      }
      return found;
    });
    expect(split).toEqual([]);
    await screenshot(page, `ask-preview-reflowed-${width}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("remembers the language chosen across a reload (standalone: local storage)", async () => {
    const { page, context, errors } = await openPane(browser, url);
    await page.getByRole("combobox", { name: "Language" }).selectOption("da");
    await page.getByRole("navigation").getByRole("button", { name: "Tjek mine logfiler" }).waitFor();
    await page.reload();
    await page.getByRole("navigation").getByRole("button", { name: "Tjek mine logfiler" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("da");
    expect(await page.evaluate(() => localStorage.getItem("sfo-doctor.language"))).toBe("da");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("in Outlook, remembers the language chosen in roaming settings", async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "en-US" });
    await context.route("**/*", (route) =>
      route.request().url().startsWith(url) ? route.continue() : route.abort("internetdisconnected"),
    );
    await context.addInitScript(fakeOutlook);
    const page = await context.newPage();
    await page.goto(url + "taskpane.html");
    await page.getByRole("combobox", { name: "Language" }).selectOption("da");
    await page.getByRole("navigation").getByRole("button", { name: "Tjek mine logfiler" }).waitFor();
    const roaming = () =>
      (window as unknown as { Office: { context: { roamingSettings: { get(n: string): unknown } } } }).Office.context.roamingSettings.get(
        "language",
      );
    expect(await page.evaluate(roaming)).toBe("da");
    expect(await page.evaluate(() => localStorage.getItem("sfo-doctor.language"))).toBeNull();
    await context.close();
  });
});
