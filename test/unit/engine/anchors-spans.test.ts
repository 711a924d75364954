// The anchor search against a plain line-by-line search on made-up logs: any anchors (upper and lower
// case, two bytes and longer, sharing bytes), a span anywhere in the buffer with anchors just outside it,
// texts short and long enough for four cursors and for tuning the windows, and a second call on the same
// search. Each position it reports must start an anchor on its line inside the span, one per line, and
// it must report every line that holds an anchor: a line it misses is a failure the user never sees.
import fc from "fast-check";
import { AnchorSearch } from "../../../src/engine/log/anchors";
import { mutationScale } from "../../mutate/scale";

const enc = new TextEncoder();
const fold = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b);

/** A small pseudo-random generator, so that a 100 KiB text costs one seed, not 100 KiB of shrinking. */
function prng(seed: number) {
  let s = seed >>> 0 || 1;
  return (n: number) => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) % n;
  };
}

/** A text of about `size` bytes: lines of filler from a few letters, some holding an anchor in any case. */
function makeText(rand: (n: number) => number, anchors: string[], size: number): Uint8Array {
  const letters = "abcdeXY -:_0";
  let out = "";
  while (out.length < size) {
    let line = "";
    const length = rand(120);
    for (let i = 0; i < length; i++) line += letters[rand(letters.length)];
    if (rand(4) === 0) {
      const a = anchors[rand(anchors.length)];
      const cased = [...a].map((c) => (rand(2) ? c.toUpperCase() : c.toLowerCase())).join("");
      const at = rand(line.length + 1);
      line = line.slice(0, at) + cased + line.slice(at);
    }
    out += line + (rand(3) === 0 ? "\r\n" : "\n");
  }
  return enc.encode(out);
}

/** Whether bytes[at ..] spell `anchor` (ASCII case folded) inside [.., end). */
function spells(bytes: Uint8Array, at: number, end: number, anchor: Uint8Array): boolean {
  if (at + anchor.length > end) return false;
  for (let j = 0; j < anchor.length; j++) if (fold(bytes[at + j]) !== anchor[j]) return false;
  return true;
}

/** Checks one call over bytes[start, end) against the line-by-line search. */
function check(search: AnchorSearch, bytes: Uint8Array, start: number, end: number, anchors: Uint8Array[]): number {
  // The lines of the span: each starts at `start` or after a line feed.
  const lineStarts = [start];
  for (let i = start; i < end; i++) if (bytes[i] === 10 && i + 1 < end) lineStarts.push(i + 1);
  const lineOf = (p: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= p) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const expected: number[] = [];
  lineStarts.forEach((from, k) => {
    let to = bytes.indexOf(10, from);
    if (to < 0 || to > end) to = end;
    for (let p = from; p < to; p++)
      if (anchors.some((a) => spells(bytes, p, to, a))) {
        expected.push(k);
        return;
      }
  });
  const { positions, count } = search.findLines(bytes, start, end);
  const found = Array.from(positions.subarray(0, count));
  // Every position starts an anchor inside the span.
  expect(found.filter((p) => p < start || !anchors.some((a) => spells(bytes, p, end, a)))).toEqual([]);
  expect(found.map(lineOf)).toEqual(expected);
  return expected.length;
}

const anchorText = fc
  .array(fc.constantFrom(..."abcdeXY -:_0fgZ"), { minLength: 2, maxLength: 14 })
  .map((cs) => cs.join(""))
  .filter((a) => a.trim().length > 0);

describe("anchor search over a span of a buffer", () => {
  it("marks exactly the lines a line-by-line search marks, at an anchor's start, for short and long texts", () => {
    let hits = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(anchorText, { minLength: 1, maxLength: 6, selector: (a) => a.toLowerCase() }),
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.constantFrom(0, 30, 600, 5000, 20_000, 70_000),
        fc.nat(400),
        fc.nat(400),
        fc.boolean(),
        (anchors, seed, size, before, after, atAnchors) => {
          const rand = prng(seed);
          const bytes = makeText(rand, anchors, size + before + after);
          const patterns = anchors.map((a) => enc.encode(a.toLowerCase()));
          let start = Math.min(before, bytes.length);
          let end = Math.max(start, bytes.length - after);
          if (atAnchors) {
            // The span starts on the first anchor after `before` and ends right after the last one before `after`.
            const at = (p: number) => patterns.find((a) => spells(bytes, p, bytes.length, a));
            let first = start;
            while (first < end && !at(first)) first++;
            let last = end - 1;
            while (last >= first && !at(last)) last--;
            if (last >= first) {
              start = first;
              end = last + at(last)!.length;
            }
          }
          const search = new AnchorSearch(anchors);
          hits += check(search, bytes, start, end, patterns);
          // The same search again on another span: tuned by now when the first span was long.
          const again = makeText(rand, anchors, rand(9000));
          hits += check(search, again, 0, again.length, patterns);
        },
      ),
      { numRuns: mutationScale(60, 20) },
    );
    expect(hits).toBeGreaterThan(100);
  });

  it("refuses anchors it cannot search for: shorter than two bytes, or holding a line feed", () => {
    expect(() => new AnchorSearch(["ok", "x"])).toThrow("anchors need at least two bytes");
    expect(() => new AnchorSearch(["ok", "a\nb"])).toThrow("anchors hold no line feed");
  });
});
