// `npm start` as a newcomer runs it: no Outlook, no trusted certificate, no internet. The pane must be
// served over HTTPS and render standalone with the example ready.
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { describeInBrowser, launchBrowser } from "./harness";

jest.setTimeout(180_000);

describeInBrowser("npm start", () => {
  let server: ChildProcess;
  let browser: Browser;
  let output = "";
  const port = 30000 + Math.floor(Math.random() * 20000);

  beforeAll(async () => {
    server = spawn(process.execPath, [join(__dirname, "..", "..", "scripts", "start.mjs")], {
      env: { ...process.env, PORT: String(port), HOME: join(__dirname, "..", "..", "test-results", "no-dev-certs") },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    server.stdout?.on("data", (d) => (output += d));
    server.stderr?.on("data", (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (output.includes("Press Ctrl+C")) {
          clearInterval(timer);
          resolve();
        } else if (server.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`npm start exited: ${output}`));
        }
      }, 200);
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (server?.pid) process.kill(-server.pid, "SIGTERM");
  });

  it("prints the URL, the certificate situation and how to sideload", () => {
    expect(output).toContain(`https://localhost:${port}/taskpane.html`);
    expect(output).toContain("self-signed");
    expect(output).toContain("https://aka.ms/olksideload");
  });

  it("serves the pane over HTTPS and it renders standalone with the network cut", async () => {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 360, height: 800 } });
    const outside: string[] = [];
    await context.route("**/*", (route) => {
      const u = route.request().url();
      if (u.startsWith(`https://localhost:${port}/`)) return route.continue();
      outside.push(u);
      return route.abort("internetdisconnected");
    });
    const page = await context.newPage();
    await page.goto(`https://localhost:${port}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "SFO Sign-in Doctor" }).waitFor();
    // The seed's symptom is on screen, and the example logs are one click away.
    await page.getByText("You've been logged out of Salesforce").first().waitFor();
    await page.getByRole("button", { name: "Check my logs" }).first().click();
    await page.getByRole("button", { name: /example/i }).first().click();
    await page.getByText("The Refresh Token Policy expired Salesforce for Outlook's sign-in").first().waitFor({ timeout: 60_000 });
    // Development serves Office.js itself, so nothing at all left localhost.
    expect(outside).toEqual([]);
    await context.close();
  });
});
