// One org export, bytes in: finds its encoding, whether it is CSV (any of , ; tab, RFC 4180 quoting,
// Excel's BOM) or the JSON `sf data query --json` prints, which object it holds, and feeds its rows to an
// OrgAnalysis. CSV streams line by line; JSON is parsed whole (sf data query keeps it to 10,000 rows).
import { type OrgAnalysis, type RowSink } from "./analysis";
import { OrgInputError, type OrgFileSummary } from "./types";

/** JSON is parsed in one piece: above this, ask for CSV, which streams. */
export const MAX_JSON_CHARS = 256 * 1024 * 1024;
/** A record longer than this is a quote left open, not a row: it is counted unreadable and skipped. */
const MAX_RECORD_CHARS = 1024 * 1024;
/** Lines looked at for the header (a title line or two may come first). */
const HEADER_LINES = 5;

const QUOTE = 34;
const PIECE_BYTES = 64 * 1024;
/** Bytes looked at to tell the encoding (byte-order mark, gzip, NULs), however small the pieces come. */
const HEAD_BYTES = 4096;

/** How many bytes at the end of `b` begin a UTF-8 character that continues in the next piece. */
export function incompleteUtf8Tail(b: Uint8Array): number {
  // Stryker disable next-line LogicalOperator,ConditionalExpression: past the third byte back, or before the piece's start (an undefined byte reads as a complete two-byte letter), the loop only meets a complete letter, so it returns 0 either way (the condition made false is killed by tests and left out with these)
  for (let i = 1; i <= 3 && i <= b.length; i++) {
    const c = b[b.length - i];
    if ((c & 0xc0) === 0x80) continue;
    // Stryker disable next-line ConditionalExpression: made false, an ASCII last byte is held back for the next piece and decodes to the same letter there, also under the Windows-1252 fallback (made true, killed by tests, it is left out with it)
    if (c < 0xc0) return 0;
    const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    return need > i ? i : 0;
  }
  return 0;
}

/** Splits one CSV record into fields (RFC 4180: "" is a quote inside quotes); null when its quoting is broken. */
export function splitCsvRecord(rec: string, delim: string): string[] | null {
  const out: string[] = [];
  const n = rec.length;
  let i = 0;
  for (;;) {
    if (rec.charCodeAt(i) === QUOTE) {
      let value = "";
      i++;
      for (;;) {
        const q = rec.indexOf('"', i);
        // Stryker disable next-line EqualityOperator: with <= 0: the search starts past the opening quote (i >= 1), so a quote it finds is never at 0 (>= 0, killed by tests, is left out with it)
        if (q < 0) return null;
        value += rec.slice(i, q);
        if (rec.charCodeAt(q + 1) === QUOTE) {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      while (rec[i] === " ") i++;
      out.push(value);
      if (i >= n) return out;
      if (rec[i] !== delim) return null;
      i++;
    } else {
      const d = rec.indexOf(delim, i);
      if (d < 0) {
        out.push(rec.slice(i));
        return out;
      }
      out.push(rec.slice(i, d));
      i = d + 1;
    }
  }
}

/** The separator of a header line: whichever of , ; tab it holds most of. */
export function csvDelimiter(header: string): string {
  // Stryker disable next-line ArithmeticOperator: adding 2 to every count keeps their order, and with none of the three found the stable sort still puts ',' first, the fallback
  const count = (c: string) => header.split(c).length - 1;
  const candidates = [",", ";", "\t"].map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no separator found all three counts tie at 0 and the stable sort leaves ',' first, the fallback (the test made false or <= 0, killed by tests, is left out with it)
  return candidates[0][1] > 0 ? candidates[0][0] : ",";
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

function flatten(record: { [k: string]: Json }, prefix = "", out: Record<string, string> = {}): Record<string, string> {
  for (const [k, v] of Object.entries(record)) {
    if (k === "attributes") continue;
    if (v !== null && typeof v === "object" && !Array.isArray(v)) flatten(v, `${prefix}${k}.`, out);
    else out[`${prefix}${k}`] = v === null ? "" : String(v);
  }
  return out;
}

export class OrgFileReader {
  private readonly summary: OrgFileSummary;
  private decoder: TextDecoder | null = null;
  private mode: "start" | "csv" | "json" = "start";
  private pending = "";
  private jsonParts: string[] = [];
  private jsonChars = 0;
  private line = 0;
  private headerTries = 0;
  /** The rest of a line over the record limit is being dropped. */
  private dropping = false;
  private firstHeader = "";
  private delim = ",";
  private width = 0;
  private sink: RowSink | null = null;
  /** The sink's `mentions` as a global regex, to search forward through a piece. */
  private mentions: RegExp | null = null;
  /** The file's first bytes while fewer than HEAD_BYTES came: its encoding is judged on them. */
  private head: Uint8Array | null = null;
  private carry: Uint8Array | null = null;
  private readonly maxJsonChars: number;
  private readonly maxRecordChars: number;

  constructor(
    private readonly analysis: OrgAnalysis,
    readonly file: string,
    /** The limits, options so that tests reach their edges with small files: JSON characters parsed at once, characters in one CSV record. */
    { maxJsonChars = MAX_JSON_CHARS, maxRecordChars = MAX_RECORD_CHARS }: { maxJsonChars?: number; maxRecordChars?: number } = {},
  ) {
    this.maxJsonChars = maxJsonChars;
    this.maxRecordChars = maxRecordChars;
    this.summary = {
      file,
      kind: "login-history",
      format: "csv",
      encoding: "utf-8",
      // Stryker disable next-line StringLiteral: the separator is set from the header (CSV) or to null (JSON) as the file is registered; a file with neither is refused and its summary never shown
      delimiter: ",",
      rows: 0,
      sfoRows: 0,
      unreadable: { count: 0, lines: [] },
    };
  }

  push(bytes: Uint8Array): void {
    // Stryker disable next-line ConditionalExpression: an empty piece adds no byte: the held head stays as it was (or is empty, and end() then finds no text: 'empty' either way)
    if (bytes.byteLength === 0) return;
    if (!this.decoder) {
      const head = this.head ? concat(this.head, bytes) : bytes;
      if (head.byteLength < HEAD_BYTES) {
        this.head = head === bytes ? bytes.slice() : head;
        return;
      }
      this.head = null;
      this.begin(head);
      return;
    }
    this.feed(bytes);
  }

  private begin(head: Uint8Array): void {
    this.decoder = this.start(head);
    this.feed(head);
  }

  private feed(bytes: Uint8Array): void {
    // Small pieces: V8 decodes and frees 64 KiB strings many times faster than 4 MiB ones (young space).
    // Stryker disable next-line EqualityOperator: with <= the one extra call gets an empty piece, which decodes to no text (>=, killed by tests, is left out with it)
    for (let at = 0; at < bytes.byteLength; at += PIECE_BYTES) this.piece(bytes.subarray(at, at + PIECE_BYTES));
  }

  private piece(bytes: Uint8Array): void {
    if (this.summary.encoding !== "utf-8") {
      this.text((this.decoder as TextDecoder).decode(bytes, { stream: true }));
      return;
    }
    // UTF-8 is decoded piece by piece without the decoder's stream mode (several times faster in V8):
    // the bytes of a character cut at a piece's end wait for the next piece.
    let b = bytes;
    if (this.carry) {
      b = concat(this.carry, bytes);
      this.carry = null;
    }
    const tail = incompleteUtf8Tail(b);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: made true or >= 0, with no letter cut the carry is an empty array, which adds no byte where it is prepended or decoded (false and <= 0, killed by tests, are left out with them)
    if (tail > 0) {
      this.carry = b.slice(b.length - tail);
      b = b.subarray(0, b.length - tail);
    }
    this.text(this.decodeUtf8(b));
  }

  private decodeUtf8(bytes: Uint8Array): string {
    try {
      return (this.decoder as TextDecoder).decode(bytes);
    } catch {
      // Not UTF-8 after all: Excel's "CSV" on Windows saves in the ANSI code page.
      this.decoder = new TextDecoder("windows-1252");
      this.summary.encoding = "windows-1252";
      const carry = this.carry;
      this.carry = null;
      // Stryker disable next-line ObjectLiteral,BooleanLiteral: Windows-1252 is one byte per letter: its decoder holds nothing back between calls, so stream mode changes no text
      return this.decoder.decode(bytes, { stream: true }) + (carry ? this.decoder.decode(carry, { stream: true }) : "");
    }
  }

  /** Finishes the file; throws OrgInputError when it held nothing we read. */
  end(): OrgFileSummary {
    if (this.head) {
      const head = this.head;
      this.head = null;
      this.begin(head);
    }
    if (!this.decoder) throw new OrgInputError(this.file, "empty");
    if (this.carry) {
      const carry = this.carry;
      this.carry = null;
      this.text(this.decodeUtf8(carry));
    }
    this.text(this.decoder.decode());
    if (this.mode === "json") return this.endJson();
    // Stryker disable next-line MethodExpression,ConditionalExpression: fields are read trimmed, so a closing carriage return left on the last record changes no value; made true, record() gets an empty record and ignores it (made false, killed by tests, is left out with it)
    if (this.pending) this.record(this.pending.endsWith("\r") ? this.pending.slice(0, -1) : this.pending, this.line + 1);
    // Stryker disable next-line StringLiteral: only frees the record; nothing reads pending after end()
    this.pending = "";
    if (this.mode === "start") throw new OrgInputError(this.file, "empty");
    if (!this.sink) throw new OrgInputError(this.file, "not-org", this.firstHeader);
    return this.summary;
  }

  private start(first: Uint8Array): TextDecoder {
    if (first[0] === 0x1f && first[1] === 0x8b) throw new OrgInputError(this.file, "compressed");
    if (first[0] === 0xff && first[1] === 0xfe) {
      this.summary.encoding = "utf-16le";
      return new TextDecoder("utf-16le");
    }
    if (first[0] === 0xfe && first[1] === 0xff) {
      this.summary.encoding = "utf-16be";
      return new TextDecoder("utf-16be");
    }
    const head = first.subarray(0, 4096);
    let nul = 0;
    let evenNul = 0;
    // Stryker disable next-line EqualityOperator: with <= the extra byte head[head.length] is undefined, never a NUL (>=, killed by tests, is left out with it)
    for (let i = 0; i < head.length; i++) {
      if (head[i] === 0) {
        nul++;
        // Stryker disable next-line EqualityOperator: the test below asks whether all NULs share one parity (evenNul all of them or none), which counting the other parity answers the same
        if (i % 2 === 1) evenNul++;
      }
    }
    if (nul > 0) {
      // Text with a NUL after every letter is UTF-16 that lost its byte-order mark.
      throw new OrgInputError(this.file, nul > head.length / 4 && (evenNul === nul || evenNul === 0) ? "encoding" : "binary");
    }
    return new TextDecoder("utf-8", { fatal: true });
  }

  private text(text: string): void {
    // Stryker disable next-line ConditionalExpression: an empty text changes nothing: no format is chosen from it, JSON adds an empty part, CSV finds no new line end and keeps its pending record and line count
    if (!text) return;
    if (this.mode === "start") {
      const s = text.trimStart();
      if (!s) return;
      this.mode = s[0] === "{" || s[0] === "[" ? "json" : "csv";
      this.summary.format = this.mode;
    }
    if (this.mode === "json") {
      this.jsonChars += text.length;
      if (this.jsonChars > this.maxJsonChars) throw new OrgInputError(this.file, "too-large");
      this.jsonParts.push(text);
      return;
    }
    this.csv(text);
  }

  private csv(text: string): void {
    if (this.dropping) {
      const nl = text.indexOf("\n");
      if (nl < 0) return;
      this.dropping = false;
      this.line++;
      text = text.slice(nl + 1);
    }
    const data = this.pending ? this.pending + text : text;
    let recStart = 0;
    let recLine = this.line + 1;
    let odd = false;
    let from = 0;
    // The next quote at or after `from` (-1: none left), so a file without quotes costs one search.
    // Stryker disable next-line StringLiteral: starting the count at 0 counts no quote before the first real one
    let q = data.indexOf('"');
    const mentions = this.mentions;
    const delim = this.delim.charCodeAt(0);
    // Stryker disable next-line UnaryOperator: a first row that skips the search is read by record(), which tests the mention again
    let mention = -1;
    for (;;) {
      const nl = data.indexOf("\n", from);
      if (nl < 0) break;
      this.line++;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: for a quote past this line's end, counting from it to the line's end finds none and the next search finds the same quote; q <= nl: data[nl] is a line feed, never a quote (the other mutants of this condition, killed by tests, are left out with them)
      if (q !== -1 && q < nl) {
        // Stryker disable next-line ConditionalExpression: made false, a CRLF line's last character is taken to be its CR, which is no quote, so the line is always counted: the same parity, found slower (made true, killed by tests, it is left out with it)
        const last = data.charCodeAt(nl - 1) === 13 ? nl - 2 : nl - 1;
        const before = data.charCodeAt(last - 1);
        // A record that starts on this line and ends in x" (x not a quote or separator) closed its last
        // field on this line (RFC 4180): no need to count. Setup's download quotes every field, so this
        // saves a pass over most lines.
        // Stryker disable next-line ConditionalExpression: made true, every line is counted, which gives the parity the shortcut takes for granted on a line ending in x" (speed, not output); its other mutants, killed by tests, are left out with it
        if (odd || data.charCodeAt(last) !== QUOTE || before === QUOTE || before === delim || last <= q) {
          let quotes = 0;
          // Stryker disable next-line EqualityOperator,UpdateOperator: data[nl] is a line feed, never a quote; only the count's parity is used, and -n & 1 equals n & 1 (>= and i--, killed by tests or timed out, are left out with them)
          for (let i = q; i < nl; i++) if (data.charCodeAt(i) === QUOTE) quotes++;
          if (quotes & 1) odd = !odd;
        }
        q = data.indexOf('"', nl + 1);
      }
      from = nl + 1;
      if (odd) {
        if (nl - recStart > this.maxRecordChars) {
          this.skip(recLine);
          odd = false;
          recStart = from;
          recLine = this.line + 1;
        }
        continue;
      }
      // Stryker disable next-line ConditionalExpression,EqualityOperator: on an empty line (nl = recStart) the character before is the previous line feed or none, never a carriage return (this line's other such mutants, killed by tests, are left out with them)
      const end = nl > recStart && data.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      // Stryker disable next-line BlockStatement: a shortcut: a row it does not count goes to record(), which tests the same pattern on the row itself (speed, not output)
      if (mentions && end > recStart) {
        // One regex scan over the piece finds the rows worth reading; the others are only counted.
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut: searching again, or never (mention stays -1), only sends more rows to record(), which tests the same pattern on the row itself
        if (mention < recStart) {
          mentions.lastIndex = recStart;
          mention = mentions.exec(data)?.index ?? Infinity;
        }
        // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a shortcut: a row it does not count goes to record(), which tests the same pattern on the row itself; no mention starts at a line end (made true or <, killed by tests, are left out with them)
        if (mention >= end) {
          this.summary.rows++;
          recStart = from;
          recLine = this.line + 1;
          continue;
        }
      }
      this.record(data.slice(recStart, end), recLine);
      recStart = from;
      recLine = this.line + 1;
    }
    this.pending = data.slice(recStart);
    // The lines of the unfinished record are counted again when it completes.
    this.line = recLine - 1;
    if (this.pending.length > this.maxRecordChars) {
      this.skip(recLine);
      // Dropped, the record's lines still count, and the rest of its last line goes with it.
      // Stryker disable next-line EqualityOperator: with > 0: the pending record begins after a line end, and an empty line there ends as a record at once, so its first character is never a line feed (< 0, killed by tests, is left out with it)
      for (let at = this.pending.indexOf("\n"); at >= 0; at = this.pending.indexOf("\n", at + 1)) this.line++;
      this.dropping = !this.pending.endsWith("\n");
      this.pending = "";
    }
  }

  private skip(line: number): void {
    if (this.sink) {
      this.summary.rows++;
      this.analysis.unreadable(this.summary, line);
    }
  }

  private record(rec: string, line: number): void {
    if (!this.sink) {
      if (rec.trim() === "") return;
      this.header(rec);
      return;
    }
    if (rec.length === 0) return;
    this.summary.rows++;
    if (this.sink.mentions && !this.sink.mentions.test(rec)) return;
    // Stryker disable next-line StringLiteral,ConditionalExpression: RFC 4180 splits a record without quotes as split() does (the split is only faster); made true, killed by tests, is left out with it
    const fields = rec.indexOf('"') < 0 ? rec.split(this.delim) : splitCsvRecord(rec, this.delim);
    if (!fields || fields.length !== this.width || !this.sink.add(fields, this.summary)) this.analysis.unreadable(this.summary, line);
  }

  private header(rec: string): void {
    const delim = csvDelimiter(rec);
    const headers = splitCsvRecord(rec, delim) ?? rec.split(delim);
    if (!this.firstHeader)
      this.firstHeader = headers
        .slice(0, 6)
        .map((h) => h.trim().slice(0, 40))
        .join(", ");
    const sink = this.analysis.table(this.summary, headers);
    if (sink) {
      this.sink = sink;
      this.mentions = sink.mentions
        ? // Stryker disable next-line StringLiteral: includes(""): without the g flag exec searches from the piece's start, and a mention found before a row only sends the row to record(), which tests it itself (the emptied flags, killed by tests, are left out with it)
          new RegExp(sink.mentions.source, sink.mentions.flags.includes("g") ? sink.mentions.flags : `${sink.mentions.flags}g`)
        : null;
      this.delim = delim;
      this.width = headers.length;
      this.summary.delimiter = delim;
      return;
    }
    if (++this.headerTries >= HEADER_LINES) throw new OrgInputError(this.file, "not-org", this.firstHeader);
  }

  private endJson(): OrgFileSummary {
    let doc: Json;
    try {
      doc = JSON.parse(this.jsonParts.join("")) as Json;
    } catch {
      throw new OrgInputError(this.file, "bad-json");
    }
    // Stryker disable next-line ArrayDeclaration: the parts are only freed here, never read again
    this.jsonParts = [];
    this.summary.delimiter = null;
    // Stryker disable next-line ConditionalExpression: typeof null is "object" and null is not an array, so obj is null either way
    const obj = doc !== null && typeof doc === "object" && !Array.isArray(doc) ? doc : null;
    // sf's error envelope: {"status": 1, "name": "INVALID_TYPE", "message": "…"}.
    if (obj && typeof obj.status === "number" && obj.status !== 0) {
      const detail = [obj.name, obj.message].filter((x) => typeof x === "string" && x).join(": ");
      throw new OrgInputError(
        this.file,
        "query-error",
        detail
          .split("\n")[0]
          .slice(0, 300)
          .replace(/[.\s]+$/, ""),
      );
    }
    const result = obj && obj.result && typeof obj.result === "object" && !Array.isArray(obj.result) ? obj.result : null;
    const records = Array.isArray(doc)
      ? doc
      : Array.isArray(result?.records)
        ? result.records
        : Array.isArray(obj?.records)
          ? obj.records
          : null;
    if (!records) throw new OrgInputError(this.file, "not-org", obj ? Object.keys(obj).slice(0, 6).join(", ") : "");
    const objects = records.filter((r): r is { [k: string]: Json } => r !== null && typeof r === "object" && !Array.isArray(r));
    if (objects.length === 0) throw new OrgInputError(this.file, "no-records");
    const columns = new Set<string>();
    for (const r of objects.slice(0, 100)) for (const k of Object.keys(flatten(r))) columns.add(k);
    const headers = [...columns];
    this.summary.rows = 0;
    const sink = this.analysis.table(this.summary, headers);
    if (!sink) throw new OrgInputError(this.file, "not-org", headers.slice(0, 6).join(", "));
    records.forEach((r, i) => {
      this.summary.rows++;
      if (r === null || typeof r !== "object" || Array.isArray(r)) {
        this.analysis.unreadable(this.summary, i + 1);
        return;
      }
      const flat = flatten(r);
      if (
        !sink.add(
          headers.map((h) => flat[h] ?? ""),
          this.summary,
        )
      )
        this.analysis.unreadable(this.summary, i + 1);
    });
    return this.summary;
  }
}
