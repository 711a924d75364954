// The anchor search at the edges of its own bookkeeping, on small made-up texts (a few KiB; one tuning
// text of 64 KiB): where the four quarters of a span are cut, a span that ends or starts inside an anchor
// or ends without a line feed, more hits than the hit lists first hold, and the windows after tuning. Each
// test asserts the hits a reader of the log would get: which lines are marked, at which anchor's start.
import { AnchorSearch } from "../../../src/engine/log/anchors";

const enc = new TextEncoder();
const fold = (b: number) => (b >= 65 && b <= 90 ? b + 32 : b);

/** The positions one call reports over bytes[start, end). */
function hits(search: AnchorSearch, bytes: Uint8Array, start = 0, end = bytes.length): number[] {
  const { positions, count } = search.findLines(bytes, start, end);
  return Array.from(positions.subarray(0, count));
}

/** The first anchor start on each line of bytes[start, end), read line by line (anchors whole inside the span). */
function firstOnEachLine(anchors: string[], bytes: Uint8Array, start = 0, end = bytes.length): number[] {
  const text = String.fromCharCode(...Array.from(bytes.subarray(start, end), fold));
  const out: number[] = [];
  let from = 0;
  for (const line of text.split("\n")) {
    const at = Math.min(...anchors.map((a) => line.indexOf(a.toLowerCase())).filter((i) => i >= 0));
    if (at !== Infinity) out.push(start + from + at);
    from += line.length + 1;
  }
  return out;
}

/** A search whose windows were tuned on 64 KiB of "abcdef" lines: "abcdefgh"'s window moves off the common "ab". */
function tunedOnAbcdef(anchors: string[]): AnchorSearch {
  const search = new AnchorSearch(anchors);
  const sample = enc.encode("abcdef\n".repeat(Math.ceil((64 * 1024) / 7)));
  expect(sample.length).toBeGreaterThanOrEqual(64 * 1024);
  expect(hits(search, sample)).toEqual([]);
  return search;
}

describe("anchor search at its edges", () => {
  it("marks every line whose only anchor ends right before its line feed, also where quarters are cut", () => {
    const text = enc.encode(`${"x".repeat(30)}AB\n`.repeat(200));
    const search = new AnchorSearch(["ab", "zzz"]);
    expect(hits(search, text)).toEqual(Array.from({ length: 200 }, (_, i) => i * 33 + 30));
  });

  it("does not report an anchor past the span's end on a line that goes on past it", () => {
    // The span (4103 bytes, four quarters) ends inside a long line whose anchor lies after the span.
    const text = enc.encode(`ab\n${"x".repeat(5000)}ab\n`);
    const search = new AnchorSearch(["ab", "zzz"]);
    expect(hits(search, text, 0, 4103)).toEqual([0]);
    expect(hits(search, text)).toEqual([0, 5003]);
  });

  it("returns every hit when a span holds more hit lines than the lists first hold, in every quarter", () => {
    // 4400 lines of 3 bytes: about 1100 hits in each quarter, more than the 1024 each list starts with.
    const text = enc.encode("ab\n".repeat(4400));
    const search = new AnchorSearch(["ab", "zzz"]);
    const lineStarts = (n: number) => Array.from({ length: n }, (_, i) => i * 3).join();
    expect(hits(search, text).join()).toBe(lineStarts(4400));
    // And again on the grown lists, with fewer hits.
    expect(hits(search, text, 0, 3 * 4321).join()).toBe(lineStarts(4321));
  });

  it("returns every hit when one quarter holds more than twice as many hits as the first list holds", () => {
    // A first quarter of noise, then 2100 hit lines, then noise: the first list grows from 1024 to all 2100.
    const noise = `${"x".repeat(99)}\n`.repeat(63);
    const text = enc.encode(noise + "ab\n".repeat(2100) + noise + noise);
    const search = new AnchorSearch(["ab", "zzz"]);
    expect(hits(search, text).join()).toBe(Array.from({ length: 2100 }, (_, i) => 6300 + i * 3).join());
  });

  it("reports each anchor line once, wherever the four cursors walk, and the line's first anchor", () => {
    // Texts of a few KiB in which anchor lines and noise lines alternate in patterns, so that the four
    // cursors meet zero shifts (anchor windows) at different steps.
    const anchors = ["ab", "cde", "LogOn"];
    const shapes = [
      (i: number) => (i % 3 === 0 ? "ab" : "xyxyxyxyxy"),
      (i: number) => (i % 7 === 0 ? `${"q".repeat(i % 50)}ab${"w".repeat(20)}` : "w".repeat(i % 40)),
      (i: number) => (i % 2 === 0 ? `ab${"-".repeat(i % 13)}cde` : `${"r".repeat(i % 17)}logon`),
      (i: number) => (i % 5 === 1 ? "" : i % 5 === 2 ? "x ab" : "no anchor here at all, just a long line of words"),
      (i: number) => (i % 11 === 0 ? "CDE" : "ab".repeat(i % 3) + "x".repeat(30)),
    ];
    const search = new AnchorSearch(anchors);
    for (const shape of shapes) {
      const text = enc.encode(Array.from({ length: 600 }, (_, i) => shape(i)).join("\n") + "\n");
      expect(text.length).toBeGreaterThan(4096);
      expect(hits(search, text)).toEqual(firstOnEachLine(anchors, text));
      expect(hits(search, text, 7, text.length - 5)).toEqual(firstOnEachLine(anchors, text, 7, text.length - 5));
    }
  });

  it("after tuning, reports an anchor whose window ends where a shorter anchor ends at the line's first anchor", () => {
    // Tuned on "abcdef" lines, "abcdefgh" searches by "fg", which also ends the anchor "fg": both are
    // checked where "fg" ends, and the line's hit is "abcdefgh", which starts first.
    const search = tunedOnAbcdef(["fg", "abcdefgh"]);
    expect(hits(search, enc.encode("abcdefgh\nxx fg\n"))).toEqual([0, 12]);
  });

  it("after tuning, does not report an anchor that starts before the span", () => {
    // The span starts inside "abcdefgh"; only the "fg" in it is an anchor of the span.
    const search = tunedOnAbcdef(["fg", "abcdefgh"]);
    const text = enc.encode("abcdefgh\n");
    expect(hits(search, text, 2)).toEqual([5]);
    expect(hits(search, text, 0)).toEqual([0]);
  });

  it("does not report an anchor the span's end cuts short", () => {
    const text = enc.encode("foo abcd\n");
    const search = new AnchorSearch(["abcd", "zz"]);
    expect(hits(search, text, 0, 6)).toEqual([]);
    expect(hits(search, text, 0, 7)).toEqual([]);
    expect(hits(search, text, 0, 8)).toEqual([4]);
  });

  // The last three end their buffer without a line feed: a search that loses its place there may never stop.
  it("finds an anchor on a last line without a line feed after a long text, once", () => {
    const text = enc.encode(`${"x".repeat(40)}\n`.repeat(100) + "xx ab yy");
    const search = new AnchorSearch(["ab", "zzz"]);
    expect(hits(search, text)).toEqual([4103]);
  });

  it("finds an anchor in the last bytes of a span cut into quarters, after a line feed just before them", () => {
    // 4099 bytes: 64 lines of 64 bytes, an empty line, then "ab" with no line feed; the last quarter's
    // cut point (4 × 1024) falls on that empty line.
    const text = enc.encode(`${"x".repeat(63)}\n`.repeat(64) + "\nab");
    expect(text.length).toBe(4099);
    const search = new AnchorSearch(["ab", "zzz"]);
    expect(hits(search, text)).toEqual([4097]);
  });

  it("finds an anchor that ends the buffer, with no line feed after it", () => {
    const search = new AnchorSearch(["ab", "zzz"]);
    expect(hits(search, enc.encode("x ab"))).toEqual([2]);
    expect(hits(search, enc.encode("ab"))).toEqual([0]);
  });
});
