// Years of logs must not take the pane's memory with them: the scanner keeps a bounded number of entries
// per file (a little over the cap before it trims), the most recent ones, which decide the diagnosis.
// Here with a caller's small cap; memory-cap-default.test.ts scans past the default 20 000.
import { diagnose, scanBytes, type ScannedFile } from "../../../src/engine";
import { manyKeptEntries } from "./memory-cap-lines";

describe("memory cap on kept entries", () => {
  let scanned: ScannedFile;
  beforeAll(() => {
    scanned = scanBytes("Trace.log", manyKeptEntries(1000), 64 * 1024, { maxEntries: 100 });
  });

  it("keeps at most 1.5 x a caller's cap of 100 out of 1000 kept-worthy entries, and at least the latest 100", () => {
    expect(scanned.entries.length).toBeLessThanOrEqual(150);
    expect(scanned.entries.length).toBeGreaterThanOrEqual(100);
  });

  it("drops the oldest ones: the last line is kept, the first is not", () => {
    expect(scanned.entries[scanned.entries.length - 1].line).toBe(1001);
    expect(scanned.entries[0].line).toBeGreaterThan(1);
    // The kept ones are the latest, in order: no gap inside them.
    const lines = scanned.entries.map((e) => e.line);
    expect(lines).toEqual(lines.map((_, i) => 1001 - lines.length + 1 + i));
  });

  it("still diagnoses the latest logout from what it kept", () => {
    const d = diagnose([scanned]);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe("refresh-token-expired");
  });
});
