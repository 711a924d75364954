// The anchor search marks exactly the lines that hold an anchor (ASCII case folded), whatever windows
// it tuned itself to and wherever a chunk's quarters meet: a line it misses is a failure never read.
import fc from "fast-check";
import { AnchorSearch } from "../../../src/engine/log/anchors";
import { CANDIDATE_ANCHORS } from "../../../src/engine/log/scanner";

const enc = new TextEncoder();
const folded = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b >= 65 && b <= 90 ? b + 32 : b)).join("");
const anchorBytes = CANDIDATE_ANCHORS.map((a) => folded(enc.encode(a.toLowerCase())));

/** The lines (0-based) of `bytes` holding an anchor, read line by line. */
function linesWithAnchor(bytes: Uint8Array): number[] {
  const out: number[] = [];
  folded(bytes)
    .split("\n")
    .forEach((line, i) => {
      if (anchorBytes.some((a) => line.includes(a))) out.push(i);
    });
  return out;
}

/** The lines (0-based) the search marks in one call over all of `bytes`. */
function linesFound(search: AnchorSearch, bytes: Uint8Array): number[] {
  const { positions, count } = search.findLines(bytes, 0, bytes.length);
  const starts = [0];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) starts.push(i + 1);
  return Array.from(positions.subarray(0, count), (p) => starts.filter((s) => s <= p).length - 1);
}

const NOISE = [
  "2024-01-08 08:00:14,000 [5048] DEBUG SyncEngine Processing Outlook item 8 of 250, EntryID 00000000A1B2C3D4E5F6",
  "2024-01-08 08:00:20,000 [8936] DEBUG SyncEngine Saved sync state for folder Contacts, checkpoint 341",
  "2024-01-08 08:00:22,000 [3800] INFO ChangeTracker Change tracker found 12 modified items in folder Calendar since last run",
  "   at System.Net.HttpWebRequest.GetResponse()",
];
const SAYING = [
  "LogOn failed with exception - token validity expired",
  "Running SYNCHRONIZE Status:Connected",
  "The remote server returned an error: (407) Proxy Authentication Required.",
  "error_description=expired+access%2Frefresh+token",
  "Benutzer-Authentifizierung: セキュリティトークンが必要です",
  "ip Restricted or invalid login hours",
  "The underlying connection was closed",
];

describe("anchor search", () => {
  it("after tuning its windows on a big log, marks the same lines as a line-by-line search, in every quarter", () => {
    const lines: string[] = [];
    for (let i = 0; i < 2000; i++)
      lines.push(i % 37 === 5 || i === 1000 || i === 1001 ? `${NOISE[i % 3]} ${SAYING[i % SAYING.length]}` : NOISE[i % 4]);
    const bytes = enc.encode(lines.join("\r\n") + "\r\n");
    expect(bytes.length).toBeGreaterThan(128 * 1024);
    const search = new AnchorSearch(CANDIDATE_ANCHORS);
    const expected = linesWithAnchor(bytes);
    expect(expected.length).toBeGreaterThan(50);
    expect(linesFound(search, bytes)).toEqual(expected);
    // Tuned now: small texts too.
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...NOISE, ...SAYING, "", "x"), { maxLength: 60 }), (picked) => {
        const text = enc.encode(picked.join("\n") + "\n");
        expect(linesFound(search, text)).toEqual(linesWithAnchor(text));
      }),
      { numRuns: 200 },
    );
  });

  it("marks a line whose anchor is its first byte, also the first line of each quarter", () => {
    const search = new AnchorSearch(CANDIDATE_ANCHORS);
    // Every line starts with an anchor and holds no other, so wherever the quarters are cut, each quarter's
    // first line has its only anchor at its first byte.
    const lines = Array.from({ length: 400 }, (_, i) => `${CANDIDATE_ANCHORS[i % CANDIDATE_ANCHORS.length]} ${"=".repeat(40)}`);
    const bytes = enc.encode(lines.join("\n") + "\n");
    expect(bytes.length).toBeGreaterThan(4 * 4096);
    expect(linesFound(search, bytes)).toEqual(lines.map((_, i) => i));
  });

  it("marks an anchor that begins a span and one that ends it", () => {
    const search = new AnchorSearch(CANDIDATE_ANCHORS);
    const text = enc.encode("validity at the start\nnothing\nends with synchronization\n");
    expect(linesFound(search, text)).toEqual([0, 2]);
  });
});
