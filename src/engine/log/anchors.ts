// The cheap first pass, ripgrep-style: find lines that hold any anchor text with a multi-pattern
// Wu-Manber search over the raw bytes (ASCII case folded), so only those lines are ever decoded.

const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++) FOLD[b] = b >= 65 && b <= 90 ? b + 32 : b;
/** Shorter spans (a carried line) are searched by one cursor. */
const TWO_CURSORS_FROM = 4096;

export class AnchorSearch {
  private readonly patterns: Uint8Array[];
  private readonly m: number;
  private readonly shift: Uint8Array;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private hits = new Int32Array(1024);
  private hits2 = new Int32Array(1024);
  private count = 0;
  private count2 = 0;

  constructor(anchors: string[]) {
    const enc = new TextEncoder();
    this.patterns = [...new Set(anchors.map((a) => a.toLowerCase()))].map((a) => enc.encode(a));
    if (this.patterns.some((p) => p.length < 2)) throw new Error("anchors need at least two bytes");
    if (this.patterns.some((p) => p.includes(10))) throw new Error("anchors hold no line feed");
    const m = Math.min(...this.patterns.map((p) => p.length));
    this.m = m;
    // The hash folds with `| 0x20`, a superset of ASCII case folding; verification uses the exact fold.
    this.shift = new Uint8Array(65536).fill(Math.min(255, m - 1));
    this.head = new Int32Array(65536).fill(-1);
    this.next = new Int32Array(this.patterns.length).fill(-1);
    this.patterns.forEach((p, idx) => {
      for (let q = 2; q <= m; q++) {
        const h = ((p[q - 2] | 32) << 8) | (p[q - 1] | 32);
        this.shift[h] = Math.min(this.shift[h], m - q);
      }
      const h = ((p[m - 2] | 32) << 8) | (p[m - 1] | 32);
      this.next[idx] = this.head[h];
      this.head[h] = idx;
    });
  }

  /**
   * Start offsets of the first anchor hit on each line in buf[start, end); valid until the next call.
   * Two cursors walk the two halves (cut at a line end, and no anchor holds a line feed, so no hit
   * straddles the cut) in one loop: each step's shift waits on a table load, and the two chains of
   * loads overlap in the processor, about a third less time than one cursor.
   */
  findLines(buf: Uint8Array, start: number, end: number): { positions: Int32Array; count: number } {
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
      a = sa !== 0 ? a + sa : this.verify(buf, a, mid, false);
      b = sb !== 0 ? b + sb : this.verify(buf, b, end, true);
    }
    while (a < mid) {
      const sa = shift[((buf[a - 1] | 32) << 8) | (buf[a] | 32)];
      a = sa !== 0 ? a + sa : this.verify(buf, a, mid, false);
    }
    while (b < end) {
      const sb = shift[((buf[b - 1] | 32) << 8) | (buf[b] | 32)];
      b = sb !== 0 ? b + sb : this.verify(buf, b, end, true);
    }
    if (this.count2 > 0) {
      this.hits = this.room(this.hits, this.count + this.count2);
      this.hits.set(this.hits2.subarray(0, this.count2), this.count);
      this.count += this.count2;
    }
    return { positions: this.hits, count: this.count };
  }

  /**
   * The window ending at `i` has a zero shift: checks the anchors whose first bytes end that way. On a hit
   * it notes the start (first half's list, or the second's) and returns where the next line's search starts,
   * else the next byte.
   */
  private verify(buf: Uint8Array, i: number, end: number, second: boolean): number {
    const { m, head, next, patterns } = this;
    const s = i - m + 1;
    const h = ((buf[i - 1] | 32) << 8) | (buf[i] | 32);
    let found = false;
    for (let p = head[h]; p >= 0 && !found; p = next[p]) {
      const pat = patterns[p];
      if (s + pat.length > end) continue;
      let j = 0;
      while (j < pat.length && FOLD[buf[s + j]] === pat[j]) j++;
      found = j === pat.length;
    }
    if (!found) return i + 1;
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
