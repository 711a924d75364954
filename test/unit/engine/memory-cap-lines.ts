// Years of logs must not take the pane's memory with them: the scanner keeps a bounded number of entries
// per file (a little over the cap before it trims), the most recent ones, which decide the diagnosis.
// The checks, for memory-cap.test.ts (a caller's small cap) and memory-cap-default.test.ts (the default).
import { diagnose, scanBytes, type LogScannerOptions, type ScannedFile } from "../../../src/engine";

const FAILED = "[13152] ERROR sfdcsession LogOn failed with exception - token validity expired";
const LOGGED_OUT = "[3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const stamp = (i: number) => new Date(Date.UTC(2015, 0, 1) + i * 60_000).toISOString().replace("T", " ").replace("Z", "").replace(".", ",");

/** A log of `count` failure lines a minute apart, then SFO logged out: every line is one the scanner keeps. */
function manyKeptEntries(count: number): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${stamp(i)} ${FAILED}`);
  lines.push(`${stamp(count)} ${LOGGED_OUT}`, "");
  return new TextEncoder().encode(lines.join("\r\n"));
}

/** The memory cap's tests: `count` kept-worthy lines read in chunks of `chunkSize` with `options`, whose cap is `cap`. */
export function describeMemoryCap(title: string, count: number, cap: number, chunkSize?: number, options?: LogScannerOptions): void {
  describe(title, () => {
    let scanned: ScannedFile;
    // In a hook, not at collection: a run that selects none of these tests does not pay for the scan.
    beforeAll(() => {
      scanned = scanBytes("Trace.log", manyKeptEntries(count), chunkSize, options);
    });

    it(`keeps at most 1.5 x ${cap} of ${count} kept-worthy entries, and at least the latest ${cap}`, () => {
      expect(scanned.entries.length).toBeLessThanOrEqual(cap * 1.5);
      expect(scanned.entries.length).toBeGreaterThanOrEqual(cap);
    });

    it("drops the oldest ones: the last line is kept, the first is not, and none in between", () => {
      expect(scanned.entries[scanned.entries.length - 1].line).toBe(count + 1);
      expect(scanned.entries[0].line).toBeGreaterThan(1);
      const lines = scanned.entries.map((e) => e.line);
      expect(lines).toEqual(lines.map((_, i) => count + 2 - lines.length + i));
    });

    it("still diagnoses the latest logout from what it kept", () => {
      const d = diagnose([scanned]);
      expect(d.status).toBe("logged-out");
      expect(d.cause).toBe("refresh-token-expired");
    });
  });
}
