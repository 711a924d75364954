// Years of logs must not take the pane's memory with them: the scanner keeps at most about 20 000
// entries per file (a little over before it trims), the most recent ones, which decide the diagnosis.
import { diagnose, scanBytes, type ScannedFile } from "../../../src/engine";
import { mutationScale } from "../../mutate/scale";

const FAILED = "[13152] ERROR sfdcsession LogOn failed with exception - token validity expired";
const LOGGED_OUT = "[3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const stamp = (i: number) => new Date(Date.UTC(2015, 0, 1) + i * 60_000).toISOString().replace("T", " ").replace("Z", "").replace(".", ",");

/** `count` failure lines a minute apart, then SFO logged out: every line is one the scanner keeps. */
function manyKeptEntries(count: number): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${stamp(i)} ${FAILED}`);
  lines.push(`${stamp(count)} ${LOGGED_OUT}`, "");
  return new TextEncoder().encode(lines.join("\r\n"));
}

describe("memory cap on kept entries", () => {
  // Past 1.5 x the cap either way; a mutation run reads fewer (test/mutate/scale.ts).
  const count = mutationScale(50_000, 31_000);
  let scanned: ScannedFile;
  // In a hook, not at collection: a run that selects none of these tests does not pay for the scan.
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

  it("a caller's smaller cap holds too", () => {
    const small = scanBytes("Trace.log", manyKeptEntries(1000), 64 * 1024, { maxEntries: 100 });
    expect(small.entries.length).toBeLessThanOrEqual(150);
    expect(small.entries[small.entries.length - 1].line).toBe(1001);
  });
});
