// The default cap, with no option given: about 20 000 entries per file, reached only by a long scan
// (50 000 kept-worthy lines). Mutation runs leave this file out for its time (test/jest.mutate.config.js);
// memory-cap.test.ts checks the same trimming with a small cap.
import { diagnose, scanBytes, type ScannedFile } from "../../../src/engine";
import { manyKeptEntries } from "./memory-cap-lines";

describe("memory cap on kept entries, by default", () => {
  const count = 50_000;
  let scanned: ScannedFile;
  beforeAll(() => {
    scanned = scanBytes("Trace.log", manyKeptEntries(count));
  });

  it("keeps at most 1.5 x 20 000 of 50 000 kept-worthy entries, and at least the latest 20 000", () => {
    expect(scanned.entries.length).toBeLessThanOrEqual(30_000);
    expect(scanned.entries.length).toBeGreaterThanOrEqual(20_000);
  });

  it("drops the oldest ones: the last line is kept, the first is not", () => {
    expect(scanned.entries[scanned.entries.length - 1].line).toBe(count + 1);
    expect(scanned.entries[0].line).toBeGreaterThan(1);
  });

  it("still diagnoses the latest logout from what it kept", () => {
    const d = diagnose([scanned]);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe("refresh-token-expired");
  });
});
