// Bad input the other CLI tests do not cover: a 64 MiB line, multi-byte characters on the reader's
// 4 MiB chunk edge, and side-panel labels that try to drive the terminal.
import * as fs from "node:fs";
import * as path from "node:path";
import { buildCli, expectOneLineError, runCli, SEED_TRACE, tempDir } from "./run-cli";

// The CLI runs in this process now, so jest's clock covers it: big inputs on a busy machine take a while.
jest.setTimeout(120_000);

beforeAll(buildCli);

const MiB = 1024 * 1024;
/** The CLI's read size (src/cli/read.ts CHUNK_BYTES). */
const CHUNK = 4 * MiB;
let dir: string;
beforeAll(() => {
  dir = tempDir();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Writes `before`, `count` bytes of `fill`, then `after`, without holding 64 MiB in one string. */
function writeLong(file: string, before: string, count: number, after: string): void {
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, before);
  const block = Buffer.alloc(MiB, "A");
  for (let left = count; left > 0; left -= MiB) fs.writeSync(fd, block, 0, Math.min(MiB, left));
  fs.writeSync(fd, after);
  fs.closeSync(fd);
}

function expectNoStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toMatch(/\b(RangeError|TypeError|Error):/);
  expect(stderr.trimEnd().split("\n").filter(Boolean).length).toBeLessThanOrEqual(1);
}

describe("sfo-doctor on a 64 MiB line", () => {
  it("a file that is one 64 MiB line finishes with exit 3 and one line naming the file", async () => {
    const file = path.join(dir, "one-line.log");
    writeLong(file, "", 64 * MiB, "");
    const run = await runCli(["diagnose", file]);
    expect(run.code).toBe(3);
    expect(run.stdout).toBe("");
    expectOneLineError(run.stderr, file);
    expectNoStackTrace(run.stderr);
  });

  it("a real log with a 64 MiB line in the middle is still diagnosed, and the line does not end up in the output", async () => {
    const seed = fs.readFileSync(SEED_TRACE, "utf8");
    const file = path.join(dir, "Trace.log");
    writeLong(file, "2015-04-24 15:10:00,000 [1] DEBUG general huge ", 64 * MiB, "\r\n" + seed);
    const run = await runCli(["diagnose", "--json", file]);
    expect(run.code).toBe(0);
    expectNoStackTrace(run.stderr);
    const d = JSON.parse(run.stdout);
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.status).toBe("logged-out");
    expect(run.stdout.length).toBeLessThan(MiB);
  });
});

describe("sfo-doctor reads multi-byte characters cut by its 4 MiB chunk edge", () => {
  const filler = "2015-04-24 15:00:00,000 [1] DEBUG general filler line without meaning\r\n";
  const prefix = "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired for ";
  // The character's first byte sits 1, 2 or 3 bytes before the edge, so the edge falls inside it.
  it.each([
    ["Ø", 1],
    ["🙂", 1],
    ["🙂", 2],
    ["🙂", 3],
  ])("%s starting %i byte(s) before the edge", async (ch, back) => {
    const head = Buffer.from(prefix + "Søren ");
    const charAt = CHUNK - back;
    const fillBytes = charAt - head.length;
    const lines = Math.floor(fillBytes / filler.length);
    // Pad the last filler line so that the error line's character lands exactly on the edge.
    const pad = fillBytes - lines * filler.length;
    const fillerText = filler.repeat(lines - 1) + filler.replace("meaning", "meaning" + "x".repeat(pad));
    const file = path.join(dir, `edge-${back}-${ch.length}.log`);
    fs.writeFileSync(file, fillerText + prefix + "Søren " + ch + " Ørsted\r\n" + fs.readFileSync(SEED_TRACE, "utf8"));
    expect(Buffer.byteLength(fillerText + prefix + "Søren ")).toBe(charAt);
    const run = await runCli(["diagnose", "--json", file]);
    expect(run.code).toBe(0);
    const messages: string[] = JSON.parse(run.stdout).evidence.map((e: { message: string }) => e.message);
    expect(messages).toContain(`LogOn failed with exception - token validity expired for Søren ${ch} Ørsted`);
    expect(run.stdout).not.toContain("\ufffd");
  });
});

describe("sfo-doctor panel with hostile labels", () => {
  it("prints markup as the text it is and never lets a label drive the terminal", async () => {
    const url =
      "file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=<script>alert(1)</script>%1B]0;pwned%07&loggedOutDetailLabel=%1B[2J<<Unknown Label:oauthPolicy>>&buttonLabel=<img src=x onerror=alert(1)>";
    const run = await runCli(["panel", url]);
    expectNoStackTrace(run.stderr);
    expect(run.stdout).toContain("<script>alert(1)</script>");
    expect(run.stdout).toContain("<img src=x onerror=alert(1)>");
    expect(run.stdout).not.toContain("\u001b");
    expect(run.stdout).not.toContain("\u0007");
  });

  it("binary on stdin gets exit 3 and one line, no stack trace", async () => {
    const run = await runCli(["panel", "-"], { input: Buffer.from([0, 1, 2, 0xff, 0xfe, 0x1b, 0x5b, 0x32, 0x4a]) });
    expect(run.code).toBe(3);
    expectNoStackTrace(run.stderr);
    expect(run.stderr).not.toContain("\u001b");
  });
});
