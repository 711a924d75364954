// `npm start` as a newcomer runs it: no Outlook, no trusted certificate, no internet. The pane must be
// served over HTTPS and render standalone with the example ready.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, connect } from "node:net";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { describeInBrowser, launchBrowser } from "./harness";

jest.setTimeout(180_000);

const START = join(__dirname, "..", "..", "scripts", "start.mjs");
const NO_CERTS_HOME = join(__dirname, "..", "..", "test-results", "no-dev-certs");
const freePort = () => 30000 + Math.floor(Math.random() * 20000);

/** Runs scripts/start.mjs on `port` (no dev certificate); `output` collects stdout and stderr. */
function startServer(port: number): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  let output = "";
  const child = spawn(process.execPath, [START], {
    env: { ...process.env, PORT: String(port), HOME: NO_CERTS_HOME },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

function waitForReady(run: ReturnType<typeof startServer>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (run.output().includes("Press Ctrl+C")) {
        clearInterval(timer);
        resolve();
      } else if (run.child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start exited: ${run.output()}`));
      }
    }, 200);
  });
}

/** Whether something accepts connections on localhost:port. */
const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, "localhost");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

describe("npm start when its port is taken", () => {
  it("says so in one line with how to pick another port, and exits 1", async () => {
    const port = freePort();
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(port, "localhost", resolve));
    try {
      const run = startServer(port);
      expect(await run.exited).toBe(1);
      expect(run.output().trimEnd().split("\n")).toEqual([
        `npm start: port ${port} is already in use. Stop what is using it, or pick another port: PORT=${port + 1} npm start`,
      ]);
    } finally {
      other.close();
    }
  });
});

describe("npm start stopped with SIGTERM", () => {
  it("stops the server it started and exits 0", async () => {
    const port = freePort();
    const run = startServer(port);
    try {
      await waitForReady(run);
      expect(await listening(port)).toBe(true);
      run.child.kill("SIGTERM"); // the process itself, not its group: it must stop its own server
      expect(await run.exited).toBe(0);
      expect(await listening(port)).toBe(false);
    } finally {
      if (run.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, "SIGKILL");
    }
  });
});

describeInBrowser("npm start", () => {
  let run: ReturnType<typeof startServer>;
  let browser: Browser;
  let output = "";
  const port = freePort();

  beforeAll(async () => {
    run = startServer(port);
    await waitForReady(run);
    output = run.output();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (run?.child.exitCode === null && run.child.pid) process.kill(-run.child.pid, "SIGKILL");
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
    await page
      .getByRole("button", { name: /example/i })
      .first()
      .click();
    await page.getByText("The Refresh Token Policy expired Salesforce for Outlook's sign-in").first().waitFor({ timeout: 60_000 });
    // Development serves Office.js itself, so nothing at all left localhost.
    expect(outside).toEqual([]);
    await context.close();
  });

  it("Ctrl-C (SIGINT) stops the server it started and exits 0", async () => {
    expect(await listening(port)).toBe(true);
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(0);
    expect(await listening(port)).toBe(false);
  });
});
