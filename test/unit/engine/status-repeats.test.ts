// Candidate-dense logs (a sync status line every few minutes for months): repeated status lines are
// recognised from their bytes without decoding, and that shortcut must decide exactly as a full read would.
import { diagnoseFiles, scanBytes, LogScanner } from "../../../src/engine";

const enc = new TextEncoder();
const sync = (i: number, thread: string, status: string) =>
  `2024-01-01 ${String(8 + Math.floor(i / 60)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:00,000 [${thread}] DEBUG general Running Synchronize Status:${status}`;

describe("log reader: repeated sync status lines", () => {
  it("keeps every status change across pool threads, and drops only true repeats", () => {
    const lines = [
      sync(0, "3364", "Connected"),
      sync(1, "12", "Connected"), // same status, other thread: a repeat
      sync(2, "3364", "Connected"),
      sync(3, "3364", "SalesforceNotConnected, SalesforceCredentialsInvalid"),
      sync(4, "12", "SalesforceNotConnected, SalesforceCredentialsInvalid"),
      sync(5, "3364", "Connected"), // seen before, but the status changed in between: kept
      sync(6, "3364", "Connected"),
      "2024-01-01 08:07:00,000 [9] ERROR sfdcsession LogOn failed with exception - token validity expired",
      sync(8, "3364", "Connected"),
    ];
    for (const chunk of [5, 97, 1 << 20]) {
      const s = scanBytes("t.log", enc.encode(lines.join("\r\n") + "\r\n"), chunk);
      expect(s.summary.entries).toBe(9);
      // The first status after a failure is kept even when it repeats: it says whether SFO recovered.
      expect(s.entries.map((e) => e.line)).toEqual([1, 4, 6, 8, 9]);
    }
  });

  it("reads the same when the caller reuses one chunk buffer, as the CLI does", () => {
    // Equal-length lines and chunks of whole lines: each read lands exactly where the last one was.
    const chunkOf = (from: number, status: string) =>
      Array.from({ length: 10 }, (_, k) => sync(from + k, "3364", status) + "\r\n").join("");
    // The first chunk is copied while the encoding is sniffed, so it opens with lines that are no candidates.
    const noise = chunkOf(0, "Connected").replace(/Running Synchronize/g, "Processing items...");
    const chunks = [noise, chunkOf(10, "Connected"), chunkOf(20, "LoggedOut"), chunkOf(30, "Connected")].map((c) => enc.encode(c));
    const reused = Buffer.alloc(chunks[0].length);
    const scanner = new LogScanner("t.log");
    for (const c of chunks) {
      reused.set(c);
      scanner.push(reused);
    }
    const s = scanner.end();
    expect(s.entries.map((e) => e.line)).toEqual([11, 21, 31]);
    expect(s.entries.map((e) => e.message)).toEqual([
      "Running Synchronize Status:Connected",
      "Running Synchronize Status:LoggedOut",
      "Running Synchronize Status:Connected",
    ]);
  });
});

describe("diagnose: the timeline of status changes", () => {
  it("lists a status once while it lasts, also when SFO logs it again after an error", () => {
    const d = diagnoseFiles([
      {
        path: "Trace.log",
        bytes: enc.encode(
          [
            sync(0, "3364", "Connected"),
            "2024-01-01 08:01:00,000 [9] ERROR sfdcsession LogOn failed with exception - Unable to connect to the remote server",
            sync(2, "3364", "Connected"), // kept by the reader: it says SFO recovered
            sync(3, "3364", "SalesforceNotConnected, SalesforceCredentialsInvalid"),
          ].join("\r\n") + "\r\n",
        ),
      },
    ]);
    expect(d.timeline.map((t) => [t.line, t.status])).toEqual([
      [1, "connected"],
      [4, "logged-out"],
    ]);
  });
});
