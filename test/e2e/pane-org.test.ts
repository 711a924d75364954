// Admin mode's org view in the production build: a real drop of Login History exports (sf's JSON and
// Setup's GZIP download) onto the drop zone, read in the worker, each user's cause in the table.
import type { Browser } from "playwright-core";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describeInBrowser, openPane, screenshot, useServedPane } from "./harness";

jest.setTimeout(60_000); // a real browser on a 2-core machine; no speed is asserted

const FIX = join(__dirname, "..", "fixtures", "org");

describeInBrowser("admin mode: the org's SFO sign-ins (production build, Chromium)", () => {
  let browser: Browser;
  let url: string;
  let requests: string[];
  useServedPane((served) => ({ browser, url, requests } = served));

  it("drops Login History files and finds each user's cause in the table; nothing leaves the pane", async () => {
    const { page, context, errors } = await openPane(browser, url, { width: 450 });
    await page.getByRole("navigation").getByRole("button", { name: "Admin mode" }).click();
    await page.getByRole("heading", { level: 3, name: "Your org's SFO sign-ins" }).waitFor();
    const before = requests.length;

    const zone = page.getByTestId("org-drop");
    const dataTransfer = await page.evaluateHandle(
      ({ json, gz, other }) => {
        const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        const dt = new DataTransfer();
        dt.items.add(new File([json], "login-history.json", { type: "application/json" }));
        dt.items.add(new File([bytes(gz)], "LoginHistory.csv.gz", { type: "application/gzip" }));
        dt.items.add(new File([other], "contacts.csv", { type: "text/csv" }));
        return dt;
      },
      {
        json: readFileSync(join(FIX, "login-history-sf.json"), "utf8"),
        gz: gzipSync(readFileSync(join(FIX, "login-history-setup.csv"))).toString("base64"),
        other: readFileSync(join(FIX, "contacts.csv"), "utf8"),
      },
    );
    await zone.dispatchEvent("dragenter", { dataTransfer });
    await zone.dispatchEvent("dragover", { dataTransfer });
    await zone.dispatchEvent("drop", { dataTransfer });

    const table = page.getByRole("table", { name: "SFO sign-ins per user" });
    await table.waitFor();
    const anna = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "0055g00000AnnaAAA" }) });
    expect(await anna.textContent()).toContain("ip-restricted");
    expect(await anna.textContent()).toContain("Failed: IP Address Not Allowed");
    const ivan = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "ivan.sand@example.com" }) });
    expect(await ivan.textContent()).toContain("user-auth-failure");
    const jens = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "jens.krog@example.com" }) });
    expect(await jens.textContent()).toContain("outlook-integration-disabled");
    expect(await page.getByTestId("org-problems").textContent()).toContain(
      "contacts.csv is not a Login History, OauthToken or SetupAuditTrail export",
    );

    // Sortable: by user, then the other way round.
    const userHeader = table.getByRole("columnheader", { name: /User/ });
    await userHeader.getByRole("button").click();
    expect(await userHeader.getAttribute("aria-sort")).toBe("ascending");
    const first = async () => (await table.getByRole("rowheader").first().textContent())?.trim();
    expect(await first()).toBe("0055g00000AnnaAAA");
    await userHeader.getByRole("button").click();
    expect(await userHeader.getAttribute("aria-sort")).toBe("descending");
    expect(await first()).toBe("jens.krog@example.com");

    // The files were read in the pane: the only requests while reading are the pane's own script chunks (the worker).
    expect(requests.slice(before).filter((r) => !/^\/[\w.-]+\.js$/.test(r))).toEqual([]);
    expect(requests.slice(before).length).toBeGreaterThan(0);
    await screenshot(page, "pane-admin-org-450");
    expect(errors).toEqual([]);
    await context.close();
  });
});
