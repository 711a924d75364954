// The cheap first pass, ripgrep-style: find lines that hold any anchor text with a multi-pattern
// Wu-Manber search over the raw bytes (ASCII case folded), so only those lines are ever decoded.

const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++) FOLD[b] = b >= 65 && b <= 90 ? b + 32 : b;

export class AnchorSearch {
  private readonly patterns: Uint8Array[];
  private readonly m: number;
  private readonly shift: Uint8Array;
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private hits = new Int32Array(1024);

  constructor(anchors: string[]) {
    const enc = new TextEncoder();
    this.patterns = [...new Set(anchors.map((a) => a.toLowerCase()))].map((a) => enc.encode(a));
    if (this.patterns.some((p) => p.length < 2)) throw new Error("anchors need at least two bytes");
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

  /** Start offsets of the first anchor hit on each line in buf[start, end); valid until the next call. */
  findLines(buf: Uint8Array, start: number, end: number): { positions: Int32Array; count: number } {
    const { m, shift, head, next, patterns } = this;
    let count = 0;
    let i = start + m - 1;
    while (i < end) {
      const sh = shift[((buf[i - 1] | 32) << 8) | (buf[i] | 32)];
      if (sh !== 0) {
        i += sh;
        continue;
      }
      const s = i - m + 1;
      let found = false;
      for (let p = head[((buf[i - 1] | 32) << 8) | (buf[i] | 32)]; p >= 0 && !found; p = next[p]) {
        const pat = patterns[p];
        if (s + pat.length > end) continue;
        let j = 0;
        while (j < pat.length && FOLD[buf[s + j]] === pat[j]) j++;
        found = j === pat.length;
      }
      if (!found) {
        i++;
        continue;
      }
      if (count === this.hits.length) {
        const grown = new Int32Array(count * 2);
        grown.set(this.hits);
        this.hits = grown;
      }
      this.hits[count++] = s;
      const nl = buf.indexOf(10, i);
      if (nl < 0 || nl >= end) break;
      i = nl + m; // one hit per line is enough: the line is decoded and judged as a whole
    }
    return { positions: this.hits, count };
  }
}
