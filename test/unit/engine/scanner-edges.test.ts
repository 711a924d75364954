// The log reader at the edges of what it is given: tiny and odd texts, the limits it is configured with,
// long lines between the lines that matter, and which entries it keeps. Small inputs only: each test
// takes milliseconds.
import { LogInputError, LogScanner, scanBytes } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
const line = (t: string, rest: string) => `2024-01-01 ${t},000 [1] ${rest}\r\n`;
const FAILURE = "ERROR sfdcsession LogOn failed with exception - token validity expired";

function problemOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    if (e instanceof LogInputError) return e.kind;
    throw e;
  }
  return undefined;
}

describe("log reader: used the wrong way", () => {
  it("refuses more bytes after the end, and a second end", () => {
    const s = new LogScanner("x.log");
    s.push(enc(line("08:00:00", FAILURE)));
    expect(s.end().entries).toHaveLength(1);
    expect(() => s.push(enc("more"))).toThrow("push after end");
    expect(() => s.end()).toThrow("end called twice");
  });

  it("names the file and the problem in its error", () => {
    expect(() => scanBytes("C:\\Logs\\x.bin", new Uint8Array([1, 0, 2, 3]))).toThrow("C:\\Logs\\x.bin: binary");
  });
});

describe("log reader: tiny and odd texts", () => {
  it.each([["o"], ["ok"]])("a text of %j is not an SFO log (not an empty file)", (text) => {
    expect(problemOf(() => scanBytes("x.txt", enc(text)))).toBe("not-sfo");
  });

  it("spaces, tabs and line ends only: empty", () => {
    expect(problemOf(() => scanBytes("x.txt", enc("\t\t \r\n\t\r\n  \t\n")))).toBe("empty");
  });

  it("reads tabs, form feeds and terminal colour codes as text, not as a binary file", () => {
    for (const odd of ["\t", "\f", "\x1b[0m"]) {
      const text = Array.from({ length: 12 }, (_, i) => line(`08:00:${String(i).padStart(2, "0")}`, `DEBUG general ${odd}step${odd}`)).join(
        "",
      );
      const s = scanBytes("x.log", enc(text + line("09:00:00", FAILURE)));
      expect(s.entries.map((e) => e.message)).toEqual(["LogOn failed with exception - token validity expired"]);
    }
  });

  it("looks for binary bytes in the first 64 KiB only: a stray NUL further on does not refuse the log", () => {
    const filler = line("08:00:00", "DEBUG general " + "x".repeat(200)).repeat(330);
    expect(filler.length).toBeGreaterThan(64 * 1024);
    const s = scanBytes("x.log", enc(filler + "\0\r\n" + line("09:00:00", FAILURE)));
    expect(s.entries).toHaveLength(1);
  });

  it("reads the side-panel sentence pasted in pieces, within the first 64 KiB of a paste, not after", () => {
    const sentence = "You've been logged out of Salesforce based on your organization's security settings.";
    const pieces = new LogScanner("paste.txt");
    const bytes = enc(sentence);
    for (let i = 0; i < bytes.length; i += 5) pieces.push(bytes.subarray(i, i + 5));
    expect(pieces.end().symptom).toBe(sentence);
    const late = "a".repeat(64 * 1024) + "\n" + sentence;
    expect(problemOf(() => scanBytes("paste.txt", enc(late)))).toBe("not-sfo");
  });

  it("marks a file with a byte-order mark as UTF-8 with BOM even when a line in it is Windows-1252", () => {
    // The line ends in é as Windows-1252 writes it (0xE9): not UTF-8.
    const text = new Uint8Array([0xef, 0xbb, 0xbf, ...enc(`2024-01-01 08:00:00,000 [1] ${FAILURE} for Ren`), 0xe9, 0x0d, 0x0a]);
    const s = scanBytes("x.log", text);
    expect(s.entries[0].message).toMatch(/for Ren\s*é$/);
    expect(s.summary.encoding).toBe("utf-8-bom");
  });
});

describe("log reader: its limits", () => {
  it("reads a file of exactly the size limit and refuses one byte more", () => {
    const bytes = enc(line("08:00:00", FAILURE));
    expect(scanBytes("x.log", bytes, 16, { maxBytes: bytes.length }).entries).toHaveLength(1);
    expect(problemOf(() => scanBytes("x.log", bytes, 16, { maxBytes: bytes.length - 1 }))).toBe("too-large");
  });

  it("keeps up to half again the entry limit before it drops the oldest", () => {
    const failures = (n: number) => enc(Array.from({ length: n }, (_, i) => line(`08:0${i}:00`, FAILURE)).join(""));
    expect(scanBytes("x.log", failures(3), 1024, { maxEntries: 2 }).entries).toHaveLength(3);
    const four = scanBytes("x.log", failures(4), 1024, { maxEntries: 2 }).entries;
    expect(four.map((e) => e.time)).toEqual(["2024-01-01T08:02:00.000", "2024-01-01T08:03:00.000"]);
  });

  it.each([[1024], [7], [1]])("finds the lines that matter before and after a line too long to read (chunks of %i)", (chunk) => {
    const long = "DEBUG general " + "y".repeat(300);
    const text =
      line("08:00:00", "DEBUG general start") +
      line("08:00:01", long) +
      line("08:00:02", FAILURE) +
      line("08:00:03", long) +
      "continued " +
      "z".repeat(300) +
      "\r\n" +
      line("08:00:04", "DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid") +
      line("08:00:05", FAILURE) +
      "z".repeat(300) +
      "\r\n" +
      line("08:00:06", "DEBUG general Running Synchronize Status:Connected");
    const s = scanBytes("x.log", enc(text), chunk, { maxLineBytes: 200 });
    expect(s.skippedLongLines).toBe(4);
    expect(s.summary.entries).toBe(5);
    expect(s.entries.map((e) => [e.line, e.time.slice(11, 19), e.previousTime?.slice(11, 19)])).toEqual([
      // A line too long to read is not read as an entry: the entry before is the last one read.
      [3, "08:00:02", "08:00:00"],
      [6, "08:00:04", "08:00:02"],
      [7, "08:00:05", "08:00:04"],
      [9, "08:00:06", "08:00:05"],
    ]);
    expect(s.entries.every((e) => (e.continuation ?? []).length === 0)).toBe(true);
  });

  it("does not run an entry on into the next ones when no line between them matters", () => {
    const text =
      line("08:00:00", FAILURE) +
      line("08:00:01", "DEBUG general step one") +
      line("08:00:02", "DEBUG general step two") +
      line("08:00:03", FAILURE);
    for (const chunk of [1024, 3]) {
      const s = scanBytes("x.log", enc(text), chunk);
      expect(s.entries.map((e) => [e.line, e.continuation ?? []])).toEqual([
        [1, []],
        [4, []],
      ]);
    }
  });

  it("cuts an entry of more than 64 KiB on a whole character", () => {
    const text = line("08:00:00", FAILURE) + "é".repeat(40_000) + "\r\n" + line("08:00:01", "DEBUG general after");
    for (const chunk of [1024 * 1024, 4096]) {
      const e = scanBytes("x.log", enc(text), chunk).entries[0];
      const whole = [e.message, ...(e.continuation ?? [])].join("\n");
      expect(whole).not.toContain("\ufffd");
      expect(whole.endsWith("é")).toBe(true);
      expect(enc(whole).length).toBeGreaterThan(64 * 1024 - 200);
      expect(enc(whole).length).toBeLessThanOrEqual(64 * 1024);
    }
  });
});

describe("log reader: which entries it keeps", () => {
  it("keeps a status change once while it repeats, and every Connected (each marks a sign-in)", () => {
    const out = "DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
    const back = "DEBUG general Application status changed to SalesforceConnected";
    const text = [out, out, back, back].map((m, i) => line(`08:00:0${i}`, m)).join("");
    expect(scanBytes("x.log", enc(text)).entries.map((e) => e.line)).toEqual([1, 3, 4]);
  });

  it("drops side-panel lines it cannot read and sync lines without a status, even when their text looks like a status", () => {
    const text =
      line("08:00:00", "DEBUG general Running Synchronize Status:Connected") +
      line("08:00:01", "DEBUG browser NavigateTo https://example.com/x?Synchronize=1&Status:SalesforceNotConnected") +
      line("08:00:02", "DEBUG general Synchronize contacts started") +
      line("08:00:03", "DEBUG general Running Synchronize Status:Connected");
    expect(scanBytes("x.log", enc(text)).entries.map((e) => e.line)).toEqual([1]);
  });
});
