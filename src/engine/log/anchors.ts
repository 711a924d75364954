// The cheap first pass, ripgrep-style: find lines that hold any anchor text with a multi-pattern
// Wu-Manber search over the raw bytes (ASCII case folded), so only those lines are ever decoded.

const FOLD = new Uint8Array(256);
for (let b = 0; b < 256; b++) FOLD[b] = b >= 65 && b <= 90 ? b + 32 : b;
/**
 * The table index of two bytes, each folded with `| 0x20` (a superset of ASCII case folding; verification
 * uses the exact fold): little-endian, so the search reads both bytes at once with DataView.getUint16.
 */
const block = (first: number, second: number): number => first | 32 | ((second | 32) << 8);
const CURSORS = 4;
/** Shorter spans (a carried line) are searched by one cursor. */
const CURSORS_FROM = 4096;

/** The first chunk at least this long tunes the windows (below) on its first bytes. */
const TUNE_FROM = 64 * 1024;
const TUNE_SAMPLE = 16 * 1024;
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
  // Stryker disable next-line BooleanLiteral: never tuning keeps each anchor's first m bytes as its window, and any windows mark the same lines (see tune)
  private tuned = false;
  /** Each quarter's hits; the first list returns them all. */
  private readonly lists: Int32Array<ArrayBuffer>[] = Array.from({ length: CURSORS }, () => new Int32Array(1024));
  private readonly counts = new Int32Array(CURSORS);
  /** The quarters' bounds. */
  private readonly cuts = new Int32Array(CURSORS + 1);

  constructor(anchors: string[]) {
    const enc = new TextEncoder();
    this.patterns = [...new Set(anchors.map((a) => a.toLowerCase()))].map((a) => enc.encode(a));
    if (this.patterns.some((p) => p.length < 2)) throw new Error("anchors need at least two bytes");
    if (this.patterns.some((p) => p.includes(10))) throw new Error("anchors hold no line feed");
    this.m = Math.min(...this.patterns.map((p) => p.length));
    this.offsets = new Int32Array(this.patterns.length);
    this.next = new Int32Array(this.patterns.length);
    this.build();
    // Stryker disable next-line all: the warm-up's anchors only shape its made-up text, whose hits are thrown away
    this.warmUp(enc, [...new Set(anchors.map((a) => a.toLowerCase()))]);
  }

  /**
   * One search over a small made-up text with hits in every quarter, so every branch of the search has
   * run once before a real chunk: the engine compiles the loop while the first chunk is searched, and
   * code compiled before a branch ever ran bails out there again on each later chunk.
   */
  // Stryker disable all: warm-up only; the search's result over the made-up text is thrown away (speed, not output)
  private warmUp(enc: TextEncoder, anchors: string[]): void {
    let made = "";
    for (let i = 0; made.length < 2 * CURSORS_FROM; i++) made += i % 5 === 4 ? `n ${anchors[i % anchors.length]}\n` : `noise line ${i}\n`;
    const text = enc.encode(made);
    this.findLines(text, 0, text.length);
  }
  // Stryker restore all

  /** The shift and candidate tables for the current windows. */
  private build(): void {
    const { m, shift, head, next, offsets } = this;
    // The hash folds with `| 0x20`, a superset of ASCII case folding; verification uses the exact fold.
    shift.fill(Math.min(255, m - 1));
    head.fill(-1);
    // Stryker disable next-line UnaryOperator,CallExpression: every next[idx] is set below, before any search reads it
    next.fill(-1);
    this.patterns.forEach((p, idx) => {
      const o = offsets[idx];
      for (let q = 2; q <= m; q++) {
        const h = block(p[o + q - 2], p[o + q - 1]);
        shift[h] = Math.min(shift[h], m - q);
      }
      const h = block(p[o + m - 2], p[o + m - 1]);
      next[idx] = head[h];
      head[h] = idx;
    });
  }

  /**
   * Picks each longer anchor's window from how often the text holds each two-byte block: a window whose
   * blocks are rare gives long shifts. Greedy, one anchor at a time, on the expected bytes skipped per
   * step. Only speed depends on it: every window finds the same lines.
   */
  // Stryker disable all: picks one of the valid windows, and every valid window finds the same lines (only the
  // skip length differs); test/unit/engine/anchors-spans.test.ts checks the lines found after tuning
  private tune(sample: Uint8Array): void {
    // Plain loops over typed arrays: this runs once, before the engine has compiled anything hot.
    const { m, patterns, offsets } = this;
    const top = Math.min(255, m - 1);
    const freq = new Float64Array(65536);
    for (let i = 1; i < sample.length; i++) freq[block(sample[i - 1], sample[i])]++;
    // Each anchor's blocks in order: the window at offset o is blocks[o .. o + m - 2], the one at o + q shifting m - 2 - q.
    const blocks = patterns.map((p) => {
      const list = new Int32Array(p.length - 1);
      for (let q = 0; q + 1 < p.length; q++) list[q] = block(p[q], p[q + 1]);
      return list;
    });
    // Steps taken and bytes skipped for a block of text at a shift: a zero shift also compares anchors.
    const steps = (h: number, sh: number) => (sh === 0 ? freq[h] * (1 + VERIFY_COST) : freq[h]);
    const skips = (h: number, sh: number) => (sh === 0 ? freq[h] : freq[h] * sh);
    const lower = (table: Uint8Array, k: number, o: number) => {
      const list = blocks[k];
      for (let q = 0; q < m - 1; q++) if (table[list[o + q]] > m - 2 - q) table[list[o + q]] = m - 2 - q;
    };
    // The shift table as it stands, and its totals; blocks no anchor holds shift the most and never change.
    const shift = new Uint8Array(65536).fill(top);
    for (let k = 0; k < patterns.length; k++) lower(shift, k, offsets[k]);
    const stamp = new Int32Array(65536);
    let totalSteps = Math.max(0, sample.length - 1);
    let totalSkips = totalSteps * top;
    for (const list of blocks)
      for (const h of list) {
        if (stamp[h] === 1) continue;
        stamp[h] = 1;
        totalSteps += steps(h, shift[h]) - freq[h];
        totalSkips += skips(h, shift[h]) - freq[h] * top;
      }
    // Greedy, one anchor at a time: only the blocks of that anchor change, so only they are summed again.
    const others = new Uint8Array(65536);
    const trial = new Uint8Array(65536);
    const own = new Int32Array(Math.max(...patterns.map((p) => p.length)));
    for (let k = 0; k < patterns.length; k++) {
      const list = blocks[k];
      if (list.length === m - 1) continue;
      let owned = 0;
      for (const h of list) {
        if (stamp[h] === k + 2) continue;
        stamp[h] = k + 2;
        own[owned++] = h;
        others[h] = top;
      }
      for (let j = 0; j < patterns.length; j++) if (j !== k) lower(others, j, offsets[j]);
      let best = totalSteps / totalSkips;
      let bestOffset = offsets[k];
      let bestSteps = totalSteps;
      let bestSkips = totalSkips;
      for (let o = 0; o + m - 1 <= list.length; o++) {
        for (let x = 0; x < owned; x++) trial[own[x]] = others[own[x]];
        lower(trial, k, o);
        let st = totalSteps;
        let sk = totalSkips;
        for (let x = 0; x < owned; x++) {
          const h = own[x];
          st += steps(h, trial[h]) - steps(h, shift[h]);
          sk += skips(h, trial[h]) - skips(h, shift[h]);
        }
        if (sk > 0 && st / sk < best) {
          best = st / sk;
          bestOffset = o;
          bestSteps = st;
          bestSkips = sk;
        }
      }
      offsets[k] = bestOffset;
      for (let x = 0; x < owned; x++) shift[own[x]] = others[own[x]];
      lower(shift, k, bestOffset);
      totalSteps = bestSteps;
      totalSkips = bestSkips;
    }
    this.build();
  }
  // Stryker restore all

  /**
   * Start offsets of one anchor hit on each line in buf[start, end) that holds any (which anchor, when a line holds several, depends on the tuned windows); valid until the next call.
   * Four cursors walk the four quarters (cut at line ends, and no anchor holds a line feed, so no hit
   * straddles a cut) in one loop: each step's shift waits on a table load, and the four chains of loads
   * overlap in the processor, well under half the time of one cursor.
   */
  findLines(buf: Uint8Array, start: number, end: number): { positions: Int32Array; count: number } {
    // Stryker disable all: when and on which bytes the windows are tuned; tune only moves windows within the
    // anchors, and any windows mark the same lines (speed, not which lines)
    if (!this.tuned && end - start >= TUNE_FROM) {
      this.tuned = true;
      this.tune(buf.subarray(start, start + TUNE_SAMPLE));
    }
    // Stryker restore all
    const { m, shift, counts, cuts } = this;
    counts.fill(0);
    cuts.fill(end);
    cuts[0] = start;
    // Where the quarters are cut changes no hit as long as every cut is a line start (or the span's end) and
    // the cuts do not go back: no anchor holds a line feed, so none straddles a cut, and each quarter's
    // search starts a line as the search of the line before would. Hence the disabled mutants below.
    // An int offset (Math.floor gives a double) keeps indexOf on its fast path.
    // Stryker disable next-line ArithmeticOperator: only where the search for a cut's line feed begins
    const quarter = ((end - start) / CURSORS) | 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator: whether the span is cut at all
    if (end - start >= CURSORS_FROM)
      // Stryker disable next-line ConditionalExpression,BlockStatement: no cut at all leaves one quarter, the whole span
      for (let k = 1; k < CURSORS; k++) {
        // Stryker disable next-line ArithmeticOperator: only where the search for the cut's line feed begins
        const nl = buf.indexOf(10, start + quarter * k);
        // Stryker disable next-line ArithmeticOperator: cuts[k + 1] is still the span's end, and a cut at the end is valid
        const before = cuts[k - 1];
        // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: the end, the cut before or the line start after the line feed: each a line start that does not go back
        const cut = nl < 0 ? end : Math.max(before, nl + 1);
        cuts[k] = Math.min(cut, end);
      }
    const e0 = cuts[1];
    const e1 = cuts[2];
    const e2 = cuts[3];
    const e3 = cuts[4];
    let c0 = start + m - 1;
    let c1 = e0 + m - 1;
    let c2 = e1 + m - 1;
    let c3 = e2 + m - 1;
    // Both bytes of a block in one load: block(buf[i - 1], buf[i]) is getUint16(i - 1, little-endian) | 0x2020.
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: how far the four cursors get together; finishQuarters walks each quarter on from where its cursor stopped (speed, not output)
    while (c0 < e0 && c1 < e1 && c2 < e2 && c3 < e3) {
      const s0 = shift[view.getUint16(c0 - 1, true) | 0x2020];
      const s1 = shift[view.getUint16(c1 - 1, true) | 0x2020];
      const s2 = shift[view.getUint16(c2 - 1, true) | 0x2020];
      const s3 = shift[view.getUint16(c3 - 1, true) | 0x2020];
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator,BlockStatement: a shortcut; the four lines after it shift or verify each cursor the same way
      if (s0 !== 0 && s1 !== 0 && s2 !== 0 && s3 !== 0) {
        c0 += s0;
        c1 += s1;
        c2 += s2;
        c3 += s3;
        continue;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: verify on a nonzero shift finds no anchor ending there and moves one byte; a cursor left on a zero shift is verified by finishQuarters
      c0 = s0 !== 0 ? c0 + s0 : this.verify(buf, c0, start, e0, 0);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: verify on a nonzero shift finds no anchor ending there and moves one byte; a cursor left on a zero shift is verified by finishQuarters
      c1 = s1 !== 0 ? c1 + s1 : this.verify(buf, c1, e0, e1, 1);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: verify on a nonzero shift finds no anchor ending there and moves one byte; a cursor left on a zero shift is verified by finishQuarters
      c2 = s2 !== 0 ? c2 + s2 : this.verify(buf, c2, e1, e2, 2);
      // Stryker disable next-line ConditionalExpression,EqualityOperator: verify on a nonzero shift finds no anchor ending there and moves one byte; a cursor left on a zero shift is verified by finishQuarters
      c3 = s3 !== 0 ? c3 + s3 : this.verify(buf, c3, e2, e3, 3);
    }
    return this.finishQuarters(buf, view, c0, c1, c2, c3);
  }

  /**
   * What is left of each quarter, one cursor at a time, then every quarter's hits in order. A function of
   * its own: the engine compiles findLines' loop while it runs, before this part ever ran, and would
   * otherwise bail out here on every chunk.
   */
  private finishQuarters(
    buf: Uint8Array,
    view: DataView,
    c0: number,
    c1: number,
    c2: number,
    c3: number,
  ): { positions: Int32Array; count: number } {
    const { shift, counts, cuts } = this;
    for (let k = 0; k < CURSORS; k++) {
      const to = cuts[k + 1];
      let i = k === 0 ? c0 : k === 1 ? c1 : k === 2 ? c2 : c3;
      while (i < to) {
        const sh = shift[view.getUint16(i - 1, true) | 0x2020];
        i = sh !== 0 ? i + sh : this.verify(buf, i, cuts[k], to, k);
      }
    }
    let count = counts[0];
    for (let k = 1; k < CURSORS; k++) {
      this.lists[0] = this.room(this.lists[0], count + counts[k]);
      this.lists[0].set(this.lists[k].subarray(0, counts[k]), count);
      count += counts[k];
    }
    return { positions: this.lists[0], count };
  }

  /**
   * The window ending at `i` has a zero shift: checks the anchors whose windows end that way, each whole
   * within buf[from, end). On a hit it notes the anchor's start in the quarter's list and returns where
   * the next line's search starts, else the next byte.
   */
  private verify(buf: Uint8Array, i: number, from: number, end: number, quarter: number): number {
    const { m, head, next, patterns, offsets } = this;
    const h = block(buf[i - 1], buf[i]);
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
    const n = this.counts[quarter]++;
    this.lists[quarter] = this.room(this.lists[quarter], n + 1);
    this.lists[quarter][n] = s;
    const nl = buf.indexOf(10, i);
    // One hit per line is enough: the line is decoded and judged as a whole.
    // A line feed at or past the end gives a start past the end, which ends the quarter too.
    return nl === -1 ? end : nl + m;
  }

  private room(list: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
    if (size <= list.length) return list;
    // Stryker disable next-line ArithmeticOperator: the list still grows to `size` at least; only how often it grows
    const grown = new Int32Array(Math.max(size, list.length * 2));
    grown.set(list);
    return grown;
  }
}
