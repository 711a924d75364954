import fc from "fast-check";
import { mutationScale } from "../../mutate/scale";
import { diagnose, LogInputError, LogScanner, scanBytes } from "../../../src/engine";
import { fixture } from "./fixtures";

const seedTrace = () => fixture("seed-Trace.log").bytes;

describe("log reader: encodings and line ends", () => {
  it.each([
    ["encoding/seed-Trace-utf8-bom.log", "utf-8-bom"],
    ["encoding/seed-Trace-utf16le.log", "utf-16le"],
    ["encoding/seed-Trace-utf16be.log", "utf-16be"],
    ["encoding/seed-Trace-lf.log", "utf-8"],
    ["seed-Trace.log", "utf-8"],
  ])("%s reads as the seed: same entries, times and messages", (name, encoding) => {
    const scanned = scanBytes(name, fixture(name).bytes, 7);
    expect(scanned.summary.encoding).toBe(encoding);
    expect(scanned.summary.entries).toBe(3);
    expect(scanned.entries.map((e) => [e.line, e.time, e.level, e.logger, e.message])).toEqual([
      [1, "2015-04-24T15:17:11.290", "ERROR", "sfdcsession", "LogOn failed with exception - token validity expired"],
      [
        2,
        "2015-04-24T15:18:55.635",
        "DEBUG",
        "general",
        "Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
      ],
    ]);
    expect(diagnose([scanned]).cause).toBe("refresh-token-expired");
  });

  it("reads the padded layout's columns without the padding", () => {
    const e = scanBytes("p.log", fixture("causes/refresh-token-expired-padded.log").bytes).entries.find((x) => x.level === "ERROR")!;
    expect([e.thread, e.level, e.logger, e.message]).toEqual([
      "13152",
      "ERROR",
      "sfdcsession",
      "LogOn failed with exception - token validity expired",
    ]);
  });

  it("keeps UTF-8 text whole when a chunk edge splits a multi-byte character", () => {
    const bytes = fixture("encoding/da-AddinTrace.log").bytes;
    const text = new TextEncoder().encode(
      "2015-04-24 15:18:50,362 [1] ERROR sfdcsession LogOn failed with exception - token validity expired for søren æøå\r\n",
    );
    for (const chunk of [1, 2, 3, 5]) {
      expect(scanBytes("x.log", text, chunk).entries[0].message).toBe("LogOn failed with exception - token validity expired for søren æøå");
      expect(scanBytes("da.log", bytes, chunk).entries).toHaveLength(1);
    }
  });

  it("counts every entry, keeps only the ones that matter, and keeps the time of the entry before", () => {
    const lines = ["2024-01-01 08:00:00,000 [1] DEBUG SyncEngine Processing item 1"];
    for (let i = 1; i <= 50; i++)
      lines.push(`2024-01-01 08:${String(i).padStart(2, "0")}:00,000 [1] DEBUG SyncEngine Processing item ${i}`);
    lines.push("2024-01-01 09:00:00,000 [1] ERROR sfdcsession LogOn failed with exception - token validity expired");
    const s = scanBytes("n.log", new TextEncoder().encode(lines.join("\r\n")));
    expect(s.summary.entries).toBe(52);
    expect(s.entries).toHaveLength(1);
    expect(s.entries[0].line).toBe(52);
    expect(s.entries[0].previousTime).toBe("2024-01-01T08:50:00.000");
  });

  it("finds the failure lines anywhere in a big chunk, where its quarters meet too, as line by line", () => {
    const failing = [
      1, 40, 48, 49, 50, 51, 52, 53, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 147, 148, 149, 150, 151, 152, 153, 200,
    ];
    const lines: string[] = [];
    for (let i = 1; i <= 200; i++) {
      const t = `2024-01-01 08:${String(Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")},000`;
      lines.push(
        failing.includes(i)
          ? `${t} [7] ERROR sfdcsession LogOn failed with exception - token validity expired`
          : `${t} [${1000 + i}] DEBUG SyncEngine Processing Outlook item ${i} of 250, EntryID 00000000A1B2C3D4E5F6`,
      );
    }
    const bytes = new TextEncoder().encode(lines.join("\r\n") + "\r\n");
    expect(bytes.length).toBeGreaterThan(8192);
    const whole = scanBytes("big.log", bytes, bytes.length);
    expect(whole.summary.entries).toBe(200);
    expect(whole.entries.map((e) => e.line)).toEqual(failing);
    expect(whole.entries[2].previousTime).toBe("2024-01-01T08:00:47.000");
    const s = new LogScanner("big.log");
    for (const line of lines) s.push(new TextEncoder().encode(line + "\r\n"));
    expect(s.end().entries).toEqual(whole.entries);
  });

  it("keeps what the user sees before any log line, though the caller reuses the chunk's memory (a Node Buffer)", () => {
    const text = "You've been logged out of Salesforce based on your organization's security settings.\n";
    const chunk = Buffer.from(text);
    const s = new LogScanner("seen.txt");
    s.push(chunk);
    chunk.fill(0x20);
    expect(s.end().symptom).toBe(text);
  });

  it("drops repeats of the same status but keeps every change", () => {
    const sync = (t: string, st: string) => `2024-01-01 ${t},000 [1] DEBUG general Running Synchronize Status:${st}`;
    const text = [
      sync("08:00:00", "Connected"),
      sync("08:10:00", "Connected"),
      sync("08:20:00", "SalesforceNotConnected"),
      sync("08:30:00", "Connected"),
    ].join("\r\n");
    expect(scanBytes("s.log", new TextEncoder().encode(text)).entries.map((e) => e.line)).toEqual([1, 3, 4]);
  });

  it("skips and counts lines longer than the limit, without losing the entries around them", () => {
    const long = "2024-01-01 08:00:01,000 [1] DEBUG x " + "token validity expired ".repeat(200);
    const text = [
      "2024-01-01 08:00:00,000 [1] DEBUG general Running Synchronize Status:Connected",
      long,
      "2024-01-01 08:00:02,000 [1] ERROR sfdcsession LogOn failed with exception - ip restricted",
    ].join("\n");
    for (const chunk of [3, 64, 100000]) {
      const s = scanBytes("l.log", new TextEncoder().encode(text), chunk, { maxLineBytes: 1000 });
      expect(s.skippedLongLines).toBe(1);
      expect(s.entries.map((e) => e.line)).toEqual([1, 3]);
    }
  });
});

describe("log reader: bad input gets a clear kind, never a crash", () => {
  const kindOf = (name: string, bytes: Uint8Array) => {
    try {
      scanBytes(name, bytes);
      return "ok";
    } catch (e) {
      expect(e).toBeInstanceOf(LogInputError);
      expect((e as LogInputError).file).toBe(name);
      return (e as LogInputError).kind;
    }
  };
  it.each([
    ["bad/empty.log", "empty"],
    ["bad/whitespace.log", "empty"],
    ["bad/not-sfo.log", "not-sfo"],
    ["bad/binary.log", "binary"],
  ])("%s is %s", (name, kind) => expect(kindOf(name, fixture(name).bytes)).toBe(kind));

  it("a hostile header-like line (60 000 spaces, no closing bracket) is read without hanging", () => {
    const text =
      "2024-01-01 00:00:00,000 [" +
      " ".repeat(60000) +
      "LogOn failed\r\n2024-01-01 00:00:01,000 [1] ERROR s LogOn failed with exception - ip restricted\r\n";
    const s = scanBytes("hostile.log", new TextEncoder().encode(text));
    expect(s.summary.entries).toBe(2);
    expect(s.entries.map((e) => e.line)).toEqual([2]);
  });

  it("a file over the size limit is too-large", () => {
    const s = new LogScanner("big.log", { maxBytes: 10 });
    s.push(seedTrace());
    expect(() => s.end()).toThrow(expect.objectContaining({ kind: "too-large" }));
  });

  describe("a long text with no log line is refused without reading the rest", () => {
    const enc = new TextEncoder();
    const prose = (bytes: number) => enc.encode("It was a dark and stormy night; the rain fell.\n".repeat(bytes / 47));
    const scan = (chunks: Uint8Array[], options = {}) => {
      const s = new LogScanner("novel.txt", options);
      for (const c of chunks) s.push(c);
      try {
        return `${s.end().summary.entries} entries`;
      } catch (e) {
        return (e as LogInputError).kind;
      }
    };
    it("a log that starts after the first bytes the reader checks is not read", () => {
      expect(prose(940).length).toBe(940);
      // Up to the limit the reader still looks for log lines; one byte more and it stops looking.
      expect(scan([prose(940), seedTrace()], { notSfoAfter: 940 })).toBe("3 entries");
      expect(scan([prose(940), enc.encode("!"), seedTrace()], { notSfoAfter: 940 })).toBe("not-sfo");
    });
    it("a log longer than the limit is read to its end", () => {
      expect(scan([seedTrace(), prose(940), seedTrace()], { notSfoAfter: 940 })).toBe("6 entries");
    });
    it("by default the reader looks for a log line in the first 4 MiB", () => {
      // One long line (over 1 MiB, skipped unread) keeps this cheap.
      const line = new Uint8Array(4 * 1024 * 1024 - 1).fill(0x61);
      expect(scan([line, enc.encode("\n"), seedTrace()])).toBe("3 entries");
      expect(scan([line, enc.encode("\n!"), seedTrace()])).toBe("not-sfo");
    });
  });
});

describe("log reader: any chunking gives the same diagnosis (property)", () => {
  const inputs = [
    "seed-Trace.log",
    "causes/stack-trace.log",
    "episodes/recovered-Trace.log",
    "encoding/seed-Trace-utf16le.log",
    "encoding/seed-Trace-utf16be.log",
    "encoding/seed-Trace-utf8-bom.log",
    "multi/AddinTrace.log",
    "encoding/da-AddinTrace.log",
  ];
  const withCuts = (bytes: Uint8Array, cuts: number[]) => {
    const s = new LogScanner("f.log");
    const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
    let prev = 0;
    for (const p of [...points, bytes.length]) {
      s.push(bytes.subarray(prev, p));
      prev = p;
    }
    return diagnose([s.end()]);
  };
  it.each(inputs)("%s", (name) => {
    const bytes = fixture(name).bytes;
    const whole = withCuts(bytes, []);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 40 }), (cuts) => {
        expect(withCuts(bytes, cuts)).toEqual(whole);
      }),
      { numRuns: mutationScale(150, 15) },
    );
  });
});
