// Streaming reader for one SFO log file. Bytes arrive in any chunking; a cheap anchor search marks the
// lines that matter and only their entries are decoded (ripgrep-style), so memory stays flat.
import type { LogEncoding, LogEntry, LogFileSummary } from "../types";
import { SIGNATURE_ANCHORS } from "../causes/match";
import { AnchorSearch } from "./anchors";
import { classifyEntry, isFailure, type EntryFacts } from "./classify";
import { isoTime, parseEntry, STATUS_CHANGED } from "./entry";
import { InputProblemKind, LogInputError } from "./errors";
import { readSymptom } from "../symptom";

/** An entry kept for diagnosis, with what it says. `previousTime` is the time of the entry just before it in the same file. */
export interface ScannedEntry extends LogEntry {
  previousTime?: string;
  facts: EntryFacts;
}

export interface ScannedFile {
  summary: LogFileSummary;
  entries: ScannedEntry[];
  skippedLongLines: number;
  /** A text with no log lines that carries something known (the side-panel sentence, a raw label, an error text): what the user sees. */
  symptom?: string;
}

export interface LogScannerOptions {
  /** Longer lines are skipped and counted (default 1 MiB). */
  maxLineBytes?: number;
  /** Refuse files larger than this (default: no limit). */
  maxBytes?: number;
  /** Keep at most this many entries per file, the most recent ones (default 20 000). */
  maxEntries?: number;
  /** Refuse a text as not an SFO log when this many bytes hold no log line (default 4 MiB). */
  notSfoAfter?: number;
}

/** Texts that make a line worth decoding: cause signatures plus the status, sync, side-panel and logon lines. Sync lines carry `Status:`, but "Synchronize" is longer and so lets the search skip further. */
export const STRUCTURAL_ANCHORS = ["status changed to", "Synchronize", "NavigateTo", "LogOn failed", "Unknown Label"];
/** Everything the cheap byte search looks for: the structural lines and one or more anchors per catalog signature (see anchorsOf). */
export const CANDIDATE_ANCHORS = [...new Set([...STRUCTURAL_ANCHORS.map((a) => a.toLowerCase()), ...SIGNATURE_ANCHORS])];
/** Text before the first log line kept to read as a symptom when no log line ever comes (64 KiB is far more than any pasted message). */
const SYMPTOM_BYTES = 64 * 1024;

let sharedSearch: AnchorSearch | null = null;
const search = () => (sharedSearch ??= new AnchorSearch(CANDIDATE_ANCHORS));

const SNIFF_BYTES = 64 * 1024;
const MAX_ENTRY_BYTES = 64 * 1024;
/** The header's timestamp `yyyy-MM-dd HH:mm:ss,fff` is this long; what follows it decides parse and keep. */
const STAMP_BYTES = 23;
/** Repeat decisions remembered, and the longest line remembered: sync lines are short and few kinds. */
const REPEAT_SLOTS = 4;
const REPEAT_MAX_BYTES = 1024;

/** A single-line entry's decision: its bytes from the thread column's `]`, and the status it repeats (null: dropped whatever the status). */
interface RepeatDecision {
  tail: Uint8Array;
  status: string | null;
}
// ignoreBOM: a U+FEFF inside the file (two logs joined) is text; detect() already drops the leading BOM.
// fatal: bytes that are not UTF-8 throw, so only those lines pay for the Windows-1252 fallback.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
let cp1252: TextDecoder | null = null;

interface OpenEntry {
  line: number;
  parts: string[];
  partBytes: number;
  /** Offset of this entry's header in the current buffer, -1 once materialized. */
  headerPos: number;
  /** Start of not yet decoded bytes of this entry in the current buffer, -1 when none. */
  spanStart: number;
  candidate: boolean;
  timeText: string | null;
  /** Header offset (current buffer) of the entry before, or its time text once materialized. */
  prevPos: number;
  prevTime: string | null;
  /** Some line was not UTF-8 and was read as Windows-1252. */
  cp1252: boolean;
}

function ascii(buf: Uint8Array, pos: number, len: number): string {
  let s = "";
  for (let i = pos; i < pos + len && i < buf.length; i++) s += String.fromCharCode(buf[i]);
  return s;
}

/**
 * The `]` closing the thread column that follows the timestamp, or -1 when the column is not plain ASCII `  [thread]`.
 * Sync lines come from several pool threads; what follows the column alone decides parse and keep, so repeats match across threads.
 */
// Stryker disable all: it only says where the repeat cache's key starts, and a mutant here gives -1 (no cache), the
// column's first `]`, or a byte before it: the key then covers more of the line or there is none, which is
// slower, never a different decision (finish() compares every byte from there to the line's end)
function threadEnd(buf: Uint8Array, from: number, end: number): number {
  let i = from;
  while (i < end && (buf[i] === 32 || buf[i] === 9)) i++;
  if (i === from || buf[i] !== 91) return -1;
  for (i++; i < end; i++) {
    const b = buf[i];
    if (b === 93) return i;
    if (b < 32 || b > 126) return -1;
  }
  return -1;
}
// Stryker restore all

/** The rest of a log4net header after `yyyy-MM-dd HH`: `:ss,fff` (or `.fff`), spaces, then the thread column's `[`. */
function isHeaderTail(buf: Uint8Array, pos: number, nl: number): boolean {
  const sep = buf[pos + 10];
  const frac = buf[pos + 19];
  if ((sep !== 32 && sep !== 84) || buf[pos + 16] !== 58 || (frac !== 44 && frac !== 46)) return false;
  let j = pos + 23;
  while (j < nl && (buf[j] === 32 || buf[j] === 9)) j++;
  return j > pos + 23 && buf[j] === 91;
}

/** A log4net header starts `yyyy-MM-dd HH:mm:ss,fff [`: the line buf[pos, nl). */
function isHeader(buf: Uint8Array, pos: number, nl: number): boolean {
  const b = buf[pos];
  return (
    b >= 48 && b <= 57 && nl - pos >= 24 && buf[pos + 4] === 45 && buf[pos + 7] === 45 && buf[pos + 13] === 58 && isHeaderTail(buf, pos, nl)
  );
}

/** What walkQuiet counts and remembers, carried in and out (one object, reused). */
const quiet = { lineNo: 0, entries: 0, head: -1, headLine: 0, prevHead: -1, stopNl: -1 };

/**
 * Lines from `pos` up to `end` while no entry is an object: each ends before `next` (no anchor hit on
 * it) and is not too long. Counts them and their headers and remembers the last two headers' offsets;
 * returns where it stopped (the hit's line, a long line, or `end`), that line's end in `quiet.stopNl`.
 * Small on purpose, so the engine compiles this loop, which sees every line, as tight as it can.
 */
function walkQuiet(buf: Uint8Array, pos: number, end: number, next: number, maxLine: number): number {
  let { lineNo, entries, head, headLine, prevHead } = quiet;
  quiet.stopNl = -1;
  while (pos < end) {
    const nl = buf.indexOf(10, pos);
    if (nl > next || nl - pos > maxLine) {
      quiet.stopNl = nl;
      break;
    }
    lineNo++;
    if (isHeader(buf, pos, nl)) {
      entries++;
      prevHead = head;
      head = pos;
      headLine = lineNo;
    }
    pos = nl + 1;
  }
  quiet.lineNo = lineNo;
  quiet.entries = entries;
  quiet.head = head;
  quiet.headLine = headLine;
  quiet.prevHead = prevHead;
  return pos;
}

/**
 * A zeroed array of `like`'s own class: a Node Buffer's carried line stays a Buffer, so the hot loops
 * see one kind of array (a second kind makes the engine recompile them, slower, mid-file).
 */
function sameKind(like: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
  // The species, as subarray() uses: for a Buffer that is Node's own subclass (Buffer itself would warn).
  const Kind = (like.constructor as { [Symbol.species]?: Uint8ArrayConstructor })[Symbol.species];
  // Stryker disable next-line all: every typed array class has a species, and either class holds the same bytes (only the engine's compiled code differs)
  return Kind && Kind !== Uint8Array ? new Kind(length) : new Uint8Array(length);
}

export class LogScanner {
  bytesRead = 0;
  private readonly maxLineBytes: number;
  private readonly maxBytes: number;
  private readonly maxEntries: number;
  private readonly notSfoAfter: number;
  private encoding: LogEncoding | null = null;
  private head: Uint8Array = new Uint8Array(0);
  private utf16: TextDecoder | null = null;
  private readonly encoder = new TextEncoder();
  private carry = new Uint8Array(4096);
  private carryLen = 0;
  private skippingLong = false;
  private lineNo = 0;
  private entryCount = 0;
  private skippedLongLines = 0;
  private cur: OpenEntry | null = null;
  private entries: ScannedEntry[] = [];
  private lastStatus: string | null = null;
  /** Set by keep(): the status key when the decision only depended on it, null when it depended on nothing, undefined otherwise. */
  private keepDependsOn: string | null | undefined = undefined;
  private repeats: RepeatDecision[] = [];
  private nextRepeatSlot = 0;
  private sniffed = 0;
  private controlBytes = 0;
  private nonSpace = false;
  private textBytes = 0;
  private problem: InputProblemKind | null = null;
  private symptomBytes: Uint8Array[] = [];
  private symptomLen = 0;
  private done = false;

  constructor(
    readonly path: string,
    options: LogScannerOptions = {},
  ) {
    this.maxLineBytes = options.maxLineBytes ?? 1024 * 1024;
    this.maxBytes = options.maxBytes ?? Infinity;
    this.maxEntries = options.maxEntries ?? 20000;
    this.notSfoAfter = options.notSfoAfter ?? 4 * 1024 * 1024;
  }

  push(chunk: Uint8Array): void {
    if (this.done) throw new Error("LogScanner: push after end");
    this.bytesRead += chunk.length;
    // Stryker disable next-line ConditionalExpression: a shortcut; pushText stops on a problem too, and end() throws it
    if (this.problem) return;
    if (this.bytesRead > this.maxBytes) {
      this.problem = "too-large";
      return;
    }
    if (this.encoding === null && this.head.length === 0 && chunk.length >= 3) chunk = this.detect(chunk);
    else if (this.encoding === null) {
      const joined = sameKind(chunk, this.head.length + chunk.length);
      joined.set(this.head);
      joined.set(chunk, this.head.length);
      if (joined.length < 3) {
        this.head = joined;
        return;
      }
      this.head = new Uint8Array(0);
      chunk = this.detect(joined);
    }
    if (this.utf16) {
      const text = this.utf16.decode(chunk, { stream: true });
      if (text) this.pushText(this.encoder.encode(text));
    } else this.pushText(chunk);
  }

  end(): ScannedFile {
    if (this.done) throw new Error("LogScanner: end called twice");
    if (this.encoding === null && !this.problem) {
      const rest = this.head;
      this.head = new Uint8Array(0);
      if (rest.length) this.pushText(this.detect(rest));
      else this.encoding = "utf-8";
    }
    if (this.utf16 && !this.problem) {
      const tail = this.utf16.decode();
      if (tail) this.pushText(this.encoder.encode(tail));
    }
    this.done = true;
    if (!this.problem && (this.carryLen > 0 || this.skippingLong)) {
      const line = sameKind(this.carry, this.carryLen + 1);
      line.set(this.carry.subarray(0, this.carryLen));
      line[this.carryLen] = 10;
      this.carryLen = 0;
      this.completeLine(line);
    }
    if (!this.problem && this.cur) {
      const cur = this.cur;
      this.cur = null;
      this.finish(cur, null, 0);
    }
    let symptom: string | undefined;
    if (!this.problem && this.entryCount === 0) {
      // No log line at all: what the user copied from the screen is an input too, when it carries something known.
      symptom = this.nonSpace ? this.symptomText() : undefined;
      if (!symptom) this.problem = this.nonSpace ? "not-sfo" : "empty";
    }
    this.symptomBytes = [];
    if (this.problem) throw new LogInputError(this.path, this.problem, `${this.path}: ${this.problem}`);
    return {
      summary: { path: this.path, entries: this.entryCount, bytes: this.bytesRead, encoding: this.encoding ?? "utf-8" },
      entries: this.entries,
      skippedLongLines: this.skippedLongLines,
      ...(symptom ? { symptom } : {}),
    };
  }

  /** The text before any log line, when it reads as a symptom; undefined otherwise. */
  private symptomText(): string | undefined {
    const bytes = new Uint8Array(this.symptomLen);
    let at = 0;
    for (const b of this.symptomBytes) {
      bytes.set(b, at);
      at += b.length;
    }
    const probe: OpenEntry = {
      line: 0,
      parts: [],
      partBytes: 0,
      headerPos: -1,
      spanStart: -1,
      candidate: false,
      timeText: null,
      prevPos: -1,
      prevTime: null,
      cp1252: false,
    };
    const text = this.decode(bytes, probe);
    return readSymptom(text) ? text : undefined;
  }

  private detect(bytes: Uint8Array): Uint8Array {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      this.encoding = "utf-8-bom";
      return bytes.subarray(3);
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      this.encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
      // Stryker disable next-line ObjectLiteral: ignoreBOM false is TextDecoder's default, spelled out
      this.utf16 = new TextDecoder(this.encoding, { ignoreBOM: false });
      return bytes;
    }
    this.encoding = "utf-8";
    return bytes;
  }

  /** UTF-8 bytes (BOM gone): split into complete lines, carrying the partial last line to the next chunk. */
  private pushText(chunk: Uint8Array): void {
    if (this.problem || chunk.length === 0) return;
    this.sniff(chunk);
    if (this.problem) return;
    if (this.entryCount === 0 && this.symptomLen < SYMPTOM_BYTES) {
      // A copy (a Node Buffer's slice would be a view): callers may reuse the chunk's memory.
      const part = new Uint8Array(chunk.subarray(0, SYMPTOM_BYTES - this.symptomLen));
      this.symptomBytes.push(part);
      this.symptomLen += part.length;
    }
    this.textBytes += chunk.length;
    let from = 0;
    if (this.carryLen > 0 || this.skippingLong) {
      const nl = chunk.indexOf(10);
      if (nl < 0) {
        this.appendCarry(chunk);
        return;
      }
      this.appendCarry(chunk.subarray(0, nl + 1));
      const line = this.carry.subarray(0, this.carryLen);
      this.carryLen = 0;
      this.completeLine(line);
      from = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= from) {
      this.processLines(chunk, from, last + 1);
      from = last + 1;
    }
    if (from < chunk.length) this.appendCarry(chunk.subarray(from));
    if (this.entryCount === 0 && this.textBytes > this.notSfoAfter) this.problem = "not-sfo";
  }

  private completeLine(line: Uint8Array): void {
    if (this.skippingLong) {
      this.skippingLong = false;
      this.skippedLongLines++;
      this.lineNo++;
      return;
    }
    this.processLines(line, 0, line.length);
  }

  private appendCarry(part: Uint8Array): void {
    if (this.skippingLong) return;
    if (this.carryLen + part.length > this.maxLineBytes + 2) {
      this.skippingLong = true;
      this.carryLen = 0;
      return;
    }
    const needed = this.carryLen + part.length;
    if (needed > this.carry.length || this.carry.constructor !== part.constructor) {
      const grown = sameKind(part, needed > this.carry.length ? Math.max(this.carry.length * 2, needed) : this.carry.length);
      grown.set(this.carry.subarray(0, this.carryLen));
      this.carry = grown;
    }
    this.carry.set(part, this.carryLen);
    this.carryLen += part.length;
  }

  /** Binary files show NULs or many control bytes early; checked on the first 64 KiB of text. */
  private sniff(chunk: Uint8Array): void {
    if (this.sniffed >= SNIFF_BYTES) return;
    const n = Math.min(chunk.length, SNIFF_BYTES - this.sniffed);
    for (let i = 0; i < n; i++) {
      const b = chunk[i];
      if (b === 0) {
        this.problem = "binary";
        return;
      }
      if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) this.controlBytes++;
      else if (b !== 32 && b !== 9 && b !== 10 && b !== 13) this.nonSpace = true;
    }
    this.sniffed += n;
    if (this.controlBytes > 8 && this.controlBytes * 100 > this.sniffed) this.problem = "binary";
  }

  /**
   * buf[start, end) holds complete lines, the last ending in LF. Every line is counted and every header
   * seen (the summary counts entries), but an entry becomes an object only when an anchor hit falls in
   * it, a long line cuts it or the chunk ends inside it: the others are two numbers, their header's offset
   * and line, which the next entry needs for `previousTime`.
   */
  private processLines(buf: Uint8Array, start: number, end: number): void {
    const { positions, count } = search().findLines(buf, start, end);
    let hi = 0;
    let next = count > 0 ? positions[0] : end;
    let cur = this.cur;
    if (cur) cur.spanStart = start;
    // The open entry when it is not an object yet (`cur` null): its header's offset in buf (-1: none), line and the entry before it.
    let head = -1;
    let headLine = 0;
    let headPrevPos = -1;
    let headPrevTime: string | null = null;
    let lineNo = this.lineNo;
    let entries = this.entryCount;
    let pos = start;
    const maxLine = this.maxLineBytes;
    // The end of the line at `pos` when walkQuiet already found it, else -1.
    let known = -1;
    while (pos < end) {
      if (!cur && next > pos) {
        quiet.lineNo = lineNo;
        quiet.entries = entries;
        quiet.head = head;
        quiet.headLine = headLine;
        quiet.prevHead = headPrevPos;
        pos = walkQuiet(buf, pos, end, next, maxLine);
        if (quiet.entries !== entries) {
          entries = quiet.entries;
          head = quiet.head;
          headLine = quiet.headLine;
          headPrevPos = quiet.prevHead;
          headPrevTime = null;
        }
        lineNo = quiet.lineNo;
        known = quiet.stopNl;
        if (pos >= end) break;
      }
      const nl = known >= 0 ? known : buf.indexOf(10, pos);
      known = -1;
      lineNo++;
      if (nl - pos > maxLine) {
        this.skippedLongLines++;
        if (!cur && head >= 0) cur = this.open(head, headLine, headPrevPos, headPrevTime);
        if (cur) {
          this.materialize(cur, buf, pos);
          cur.spanStart = nl + 1;
        }
        while (hi < count && positions[hi] < nl) hi++;
        next = hi < count ? positions[hi] : end;
        pos = nl + 1;
        continue;
      }
      // A log4net header starts `yyyy-MM-dd HH:mm:ss,fff [`; anything else (another program's timestamped
      // line quoted in an exception, a stack frame) continues the entry above.
      if (isHeader(buf, pos, nl)) {
        entries++;
        if (cur) {
          headPrevPos = cur.headerPos;
          headPrevTime = cur.headerPos < 0 ? cur.timeText : null;
          this.finish(cur, buf, pos);
          cur = null;
        } else {
          headPrevPos = head;
          headPrevTime = null;
        }
        head = pos;
        headLine = lineNo;
      }
      if (next < nl) {
        if (!cur && head >= 0) cur = this.open(head, headLine, headPrevPos, headPrevTime);
        if (cur) cur.candidate = true;
        while (hi < count && positions[hi] < nl) hi++;
        next = hi < count ? positions[hi] : end;
      }
      pos = nl + 1;
    }
    this.lineNo = lineNo;
    this.entryCount = entries;
    if (!cur && head >= 0) cur = this.open(head, headLine, headPrevPos, headPrevTime);
    this.cur = cur;
    if (cur) this.materialize(cur, buf, end);
  }

  /** The entry whose header line starts at `headerPos` in the current buffer, as an object. */
  private open(headerPos: number, line: number, prevPos: number, prevTime: string | null): OpenEntry {
    return {
      line,
      parts: [],
      partBytes: 0,
      headerPos,
      spanStart: headerPos,
      candidate: false,
      timeText: null,
      prevPos,
      prevTime,
      cp1252: false,
    };
  }

  /** Decodes the entry's bytes held in `buf` up to `end`, so it survives the next chunk. */
  private materialize(e: OpenEntry, buf: Uint8Array, end: number): void {
    if (e.prevPos >= 0) {
      e.prevTime = ascii(buf, e.prevPos, 23);
      e.prevPos = -1;
    }
    if (e.spanStart >= 0 && end > e.spanStart && e.partBytes < MAX_ENTRY_BYTES) {
      let stop = Math.min(end, e.spanStart + (MAX_ENTRY_BYTES - e.partBytes));
      // A cut entry stops on a character boundary, so the cut alone never makes UTF-8 look like Windows-1252.
      if (stop < end) while (stop > e.spanStart && (buf[stop] & 0xc0) === 0x80) stop--;
      e.parts.push(this.decode(buf.subarray(e.spanStart, stop), e));
      e.partBytes += stop - e.spanStart;
    }
    if (e.headerPos >= 0) {
      e.timeText = ascii(buf, e.headerPos, 23);
      e.headerPos = -1;
    }
    e.spanStart = -1;
  }

  /** Complete lines as text: UTF-8, or per line Windows-1252 where the bytes are not UTF-8 (an older SFO or an edited file). */
  private decode(bytes: Uint8Array, e: OpenEntry): string {
    try {
      return utf8.decode(bytes);
    } catch {
      cp1252 ??= new TextDecoder("windows-1252");
      let text = "";
      for (let from = 0; from < bytes.length;) {
        const nl = bytes.indexOf(10, from);
        const to = nl < 0 ? bytes.length : nl + 1;
        const line = bytes.subarray(from, to);
        try {
          text += utf8.decode(line);
        } catch {
          text += cp1252.decode(line);
          e.cp1252 = true;
        }
        from = to;
      }
      return text;
    }
  }

  private finish(e: OpenEntry, buf: Uint8Array | null, end: number): void {
    if (!e.candidate) return;
    // A single header line still whole in `buf` is the only shape whose decision the repeat cache reuses (-1: not one).
    // Stryker disable all: which lines the repeat cache looks up and remembers; a mutant here looks up or remembers
    // more lines (a multi-line entry, a long one, a wrong start) or fewer, and a remembered decision is reused only
    // for the same bytes from there to the line's end (findRepeat compares every byte): slower or more memory, never
    // a different decision
    const single =
      buf !== null &&
      e.headerPos >= 0 &&
      e.parts.length === 0 &&
      end - e.headerPos <= REPEAT_MAX_BYTES &&
      buf.indexOf(10, e.headerPos) === end - 1;
    const tailFrom = single ? threadEnd(buf, e.headerPos + STAMP_BYTES, end) : -1; // taken now: materialize() clears headerPos
    // Candidate-dense logs are mostly the same sync status line again; decoding and parsing each one is the cost.
    const known = buf && tailFrom >= 0 ? this.findRepeat(buf, tailFrom, end) : null;
    // Stryker restore all
    if (known && (known.status === null || known.status === this.lastStatus)) return;
    if (buf) this.materialize(e, buf, end);
    const parsed = parseEntry(this.path, e.line, e.parts.join(""));
    if (!parsed) return;
    const entry: ScannedEntry = { ...parsed, facts: classifyEntry(parsed.message, parsed.continuation) };
    if (e.prevTime && /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[,.]\d{3}$/.test(e.prevTime)) entry.previousTime = isoTime(e.prevTime);
    this.keepDependsOn = undefined;
    const kept = this.keep(entry);
    // Copied: callers may reuse the chunk buffer (the CLI reads into two alternating ones).
    // Stryker disable next-line all: remembering more or fewer lines (see `single` above) changes speed, not decisions
    if (buf && tailFrom >= 0 && !known && this.keepDependsOn !== undefined)
      this.rememberRepeat(new Uint8Array(buf.subarray(tailFrom, end)), this.keepDependsOn);
    if (!kept) return;
    this.entries.push(entry);
    // Only kept entries mark the file: whether a dropped entry was ever decoded depends on the chunking.
    if (e.cp1252 && this.encoding === "utf-8") this.encoding = "windows-1252";
    // Bounded memory for years of logs: keep the most recent entries, which decide the diagnosis.
    if (this.entries.length > this.maxEntries * 1.5) this.entries = this.entries.slice(this.entries.length - this.maxEntries);
  }

  /**
   * The remembered decision for the same bytes as buf[from, end) (a line from its thread column's `]`), or null.
   * Same bytes parse to the same message, so keep() would decide the same; a bad timestamp is dropped by parseEntry anyway.
   */
  private findRepeat(buf: Uint8Array, from: number, end: number): RepeatDecision | null {
    // Stryker disable next-line ArithmeticOperator: a wrong length matches no remembered line: no reuse, slower
    const len = end - from;
    // Stryker disable next-line BlockStatement: no lookup: every line is parsed, slower
    for (const r of this.repeats) {
      const tail = r.tail;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the byte loop below tells lines of another length apart too (their last bytes differ: the line end)
      if (tail.length !== len) continue;
      // Stryker disable next-line ArithmeticOperator: starting past the end stops at once: no reuse, slower
      let i = len - 1;
      // From the end backwards: the status text differs there, the logger and level columns rarely.
      while (i >= 0 && tail[i] === buf[from + i]) i--;
      if (i < 0) return r;
    }
    return null;
  }

  // Stryker disable next-line BlockStatement: nothing remembered: every line is parsed, slower
  private rememberRepeat(tail: Uint8Array, status: string | null): void {
    this.repeats[this.nextRepeatSlot] = { tail, status };
    this.nextRepeatSlot = (this.nextRepeatSlot + 1) % REPEAT_SLOTS;
  }

  /** Keeps failure lines, side-panel states and status changes; repeats of the same status are dropped, except the first after a failure (it says whether SFO recovered). */
  private keep(entry: ScannedEntry): boolean {
    const facts = entry.facts;
    if (isFailure(facts)) {
      this.lastStatus = facts.flags ? facts.flags.join(",") : null;
      return true;
    }
    if (facts.panel) return true;
    if (/NavigateTo/i.test(entry.message)) {
      this.keepDependsOn = null;
      return false;
    }
    if (!facts.flags) {
      this.keepDependsOn = null;
      return false;
    }
    const key = facts.flags.join(",");
    // SFO announcing Connected marks a login (the policy guess times from it), even after a sync line said Connected; never cached as a repeat.
    if (STATUS_CHANGED.test(entry.message) && facts.status === "connected") {
      this.lastStatus = key;
      return true;
    }
    this.keepDependsOn = key;
    if (key === this.lastStatus) return false;
    this.lastStatus = key;
    return true;
  }
}

/** Whole byte arrays, split into chunks internally. */
export function scanBytes(path: string, bytes: Uint8Array, chunkSize = 1024 * 1024, options?: LogScannerOptions): ScannedFile {
  const scanner = new LogScanner(path, options);
  for (let i = 0; i < bytes.length; i += chunkSize) scanner.push(bytes.subarray(i, Math.min(bytes.length, i + chunkSize)));
  return scanner.end();
}
