// The cheap first pass, ripgrep-style: find lines that hold any anchor text with a multi-pattern
// Wu-Manber search over the raw bytes (ASCII case folded), so only those lines are ever decoded.

const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++) FOLD[b] = b >= 65 && b <= 90 ? b + 32 : b;
/** Shorter spans (a carried line) are searched by one cursor. */
const TWO_CURSORS_FROM = 4096;

/** The first chunk at least this long tunes the windows (below) on its first bytes. */
const TUNE_FROM = 64 * 1024;
const TUNE_SAMPLE = 64 * 1024;
/** A zero shift costs about this many shifts more (the anchors ending that way are compared). */
const VERIFY_COST = 3;

export class AnchorSearch {
  private readonly patterns: Uint8Array[];
  private readonly m: number;
  /**
   * Where each anchor's window starts: the search looks for m bytes of each anchor (m: the shortest
   * anchor's length), by default its first m. For a longer anchor any m of its bytes do; the window whose
   * two-byte blocks the text holds least often lets the search skip furthest (see tune).
   */
  private readonly offsets: Int32Array;
  private readonly shift = new Uint8Array(65536);
  private readonly head = new Int32Array(65536);
  private readonly next: Int32Array;
  private tuned = false;
  private hits = new Int32Array(1024);
  private hits2 = new Int32Array(1024);
  private count = 0;
  private count2 = 0;

  constructor(anchors: string[]) {
    const enc = new TextEncoder();
    this.patterns = [...new Set(anchors.map((a) => a.toLowerCase()))].map((a) => enc.encode(a));
    if (this.patterns.some((p) => p.length < 2)) throw new Error("anchors need at least two bytes");
    if (this.patterns.some((p) => p.includes(10))) throw new Error("anchors hold no line feed");
    this.m = Math.min(...this.patterns.map((p) => p.length));
    this.offsets = new Int32Array(this.patterns.length);
    this.next = new Int32Array(this.patterns.length);
    this.build();
  }

  /** The shift and candidate tables for the current windows. */
  private build(): void {
    const { m, shift, head, next, offsets } = this;
    // The hash folds with `| 0x20`, a superset of ASCII case folding; verification uses the exact fold.
    shift.fill(Math.min(255, m - 1));
    head.fill(-1);
    next.fill(-1);
    this.patterns.forEach((p, idx) => {
      const o = offsets[idx];
      for (let q = 2; q <= m; q++) {
        const h = ((p[o + q - 2] | 32) << 8) | (p[o + q - 1] | 32);
        shift[h] = Math.min(shift[h], m - q);
      }
      const h = ((p[o + m - 2] | 32) << 8) | (p[o + m - 1] | 32);
      next[idx] = head[h];
      head[h] = idx;
    });
  }

  /**
   * Picks each longer anchor's window from how often the text holds each two-byte block: a window whose
   * blocks are rare gives long shifts. Greedy, one anchor at a time, on the expected bytes skipped per
   * step. Only speed depends on it: every window finds the same lines.
   */
  private tune(sample: Uint8Array): void {
    const { m, patterns, offsets } = this;
    const top = Math.min(255, m - 1);
    const freq = new Uint32Array(65536);
    for (let i = 1; i < sample.length; i++) freq[((sample[i - 1] | 32) << 8) | (sample[i] | 32)]++;
    // Only the anchors' own blocks can shift less than the most; the others weigh the same whatever the windows.
    const blocks = [...new Set(patterns.flatMap((p) => Array.from(p.subarray(1), (b, q) => ((p[q] | 32) << 8) | (b | 32))))];
    let rest = Math.max(0, sample.length - 1);
    for (const h of blocks) rest -= freq[h];
    const shift = new Uint8Array(65536);
    const cost = (): number => {
      for (const h of blocks) shift[h] = top;
      for (let k = 0; k < patterns.length; k++) {
        const p = patterns[k];
        const o = offsets[k];
        for (let q = 2; q <= m; q++) {
          const h = ((p[o + q - 2] | 32) << 8) | (p[o + q - 1] | 32);
          if (shift[h] > m - q) shift[h] = m - q;
        }
      }
      let steps = rest;
      let skipped = rest * top;
      for (const h of blocks) {
        const f = freq[h];
        const sh = shift[h];
        steps += sh === 0 ? f * (1 + VERIFY_COST) : f;
        skipped += sh === 0 ? f : f * sh;
      }
      return skipped > 0 ? steps / skipped : 0;
    };
    let best = cost();
    for (let k = 0; k < patterns.length; k++) {
      let bestOffset = offsets[k];
      for (let o = 1; o <= patterns[k].length - m; o++) {
        offsets[k] = o;
        const c = cost();
        if (c < best) {
          best = c;
          bestOffset = o;
        }
      }
      offsets[k] = bestOffset;
    }
    this.build();
  }

  /**
   * Start offsets of the first anchor hit on each line in buf[start, end); valid until the next call.
   * Two cursors walk the two halves (cut at a line end, and no anchor holds a line feed, so no hit
   * straddles the cut) in one loop: each step's shift waits on a table load, and the two chains of
   * loads overlap in the processor, about a third less time than one cursor.
   */
  findLines(buf: Uint8Array, start: number, end: number): { positions: Int32Array; count: number } {
    if (!this.tuned && end - start >= TUNE_FROM) {
      this.tuned = true;
      this.tune(buf.subarray(start, start + TUNE_SAMPLE));
    }
    const { m, shift } = this;
    this.count = 0;
    this.count2 = 0;
    let mid = end;
    if (end - start >= TWO_CURSORS_FROM) {
      const nl = buf.indexOf(10, start + ((end - start) >> 1));
      if (nl >= 0 && nl + 1 < end) mid = nl + 1;
    }
    let a = start + m - 1;
    let b = mid + m - 1;
    while (a < mid && b < end) {
      const sa = shift[((buf[a - 1] | 32) << 8) | (buf[a] | 32)];
      const sb = shift[((buf[b - 1] | 32) << 8) | (buf[b] | 32)];
      if (sa !== 0 && sb !== 0) {
        a += sa;
        b += sb;
        continue;
      }
      a = sa !== 0 ? a + sa : this.verify(buf, a, start, mid, false);
      b = sb !== 0 ? b + sb : this.verify(buf, b, mid, end, true);
    }
    while (a < mid) {
      const sa = shift[((buf[a - 1] | 32) << 8) | (buf[a] | 32)];
      a = sa !== 0 ? a + sa : this.verify(buf, a, start, mid, false);
    }
    while (b < end) {
      const sb = shift[((buf[b - 1] | 32) << 8) | (buf[b] | 32)];
      b = sb !== 0 ? b + sb : this.verify(buf, b, mid, end, true);
    }
    if (this.count2 > 0) {
      this.hits = this.room(this.hits, this.count + this.count2);
      this.hits.set(this.hits2.subarray(0, this.count2), this.count);
      this.count += this.count2;
    }
    return { positions: this.hits, count: this.count };
  }

  /**
   * The window ending at `i` has a zero shift: checks the anchors whose windows end that way, each whole
   * within buf[from, end). On a hit it notes the anchor's start (first half's list, or the second's) and
   * returns where the next line's search starts, else the next byte.
   */
  private verify(buf: Uint8Array, i: number, from: number, end: number, second: boolean): number {
    const { m, head, next, patterns, offsets } = this;
    const h = ((buf[i - 1] | 32) << 8) | (buf[i] | 32);
    let s = -1;
    for (let p = head[h]; p >= 0 && s < 0; p = next[p]) {
      const pat = patterns[p];
      const at = i - m + 1 - offsets[p];
      if (at < from || at + pat.length > end) continue;
      let j = 0;
      while (j < pat.length && FOLD[buf[at + j]] === pat[j]) j++;
      if (j === pat.length) s = at;
    }
    if (s < 0) return i + 1;
    if (second) {
      this.hits2 = this.room(this.hits2, this.count2 + 1);
      this.hits2[this.count2++] = s;
    } else {
      this.hits = this.room(this.hits, this.count + 1);
      this.hits[this.count++] = s;
    }
    const nl = buf.indexOf(10, i);
    // One hit per line is enough: the line is decoded and judged as a whole.
    return nl < 0 || nl >= end ? end : nl + m;
  }

  private room(list: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
    if (size <= list.length) return list;
    const grown = new Int32Array(Math.max(size, list.length * 2));
    grown.set(list);
    return grown;
  }
}
