// A log reader fed whatever a person drops on it: any bytes end as a scanned file or a LogInputError
// (which the pane and CLI turn into one clear message), never as another exception or a hang.
import fc from "fast-check";
import { mutationScale } from "../../mutate/scale";
import { LogInputError, LogScanner, scanBytes, type ScannedFile } from "../../../src/engine";

const enc = new TextEncoder();

/** Scans with the given chunk cuts; returns the file or the LogInputError, rethrows anything else. */
function scanChunked(
  bytes: Uint8Array,
  cuts: number[],
  options?: { maxLineBytes?: number; maxBytes?: number },
): ScannedFile | LogInputError {
  const scanner = new LogScanner("fuzz.log", options);
  const edges = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  try {
    for (const e of edges) {
      scanner.push(bytes.subarray(from, e));
      from = e;
    }
    scanner.push(bytes.subarray(from));
    return scanner.end();
  } catch (e) {
    if (e instanceof LogInputError) return e;
    throw e;
  }
}

const HEADERS = [
  "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession ",
  "2015-04-24 15:18:55,635 [3604]  DEBUG general ",
  "2015-04-24T15:18:55.635 [1] INFO x ",
];
const MESSAGES = [
  "LogOn failed with exception - token validity expired",
  "Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
  "Application status changed to SalesforceConnected",
  "NavigateTo: url= file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=<img src=x onerror=window.__pwned=1>&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=<script>window.__pwned=2</script>",
  "Not running Synchronize: cannot sync now Status:SalesforceNotConnected",
  "   at Salesforce.Outlook.Foo()",
];

/** Text that looks like a log, with hostile bytes, half-lines and mid-file BOMs mixed in. */
const logLikeText = () =>
  fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...HEADERS), fc.constantFrom(...MESSAGES)).map(([h, m]) => enc.encode(h + m + "\r\n")),
        fc.string({ unit: "binary", maxLength: 80 }).map((s) => enc.encode(s + "\n")),
        fc.uint8Array({ maxLength: 40 }),
        fc.constantFrom(
          enc.encode("\r\n"),
          enc.encode("2015-04-24 15:1"),
          new Uint8Array([0xff, 0xfe]),
          new Uint8Array([0xc3]),
          new Uint8Array([0xef, 0xbb, 0xbf]),
        ),
      ),
      { maxLength: 30 },
    )
    .map((parts) => {
      const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
      let at = 0;
      for (const p of parts) {
        out.set(p, at);
        at += p.length;
      }
      return out;
    });
const logLike = logLikeText();

const KINDS = ["empty", "binary", "not-sfo", "line-too-long", "too-large"];

function expectReadableOrInputError(r: ScannedFile | LogInputError): void {
  if (r instanceof LogInputError) {
    expect(KINDS).toContain(r.kind);
    expect(r.file).toBe("fuzz.log");
  } else {
    // Log entries, or (no log line at all) a text that carries something known: what the user sees.
    if (r.summary.entries === 0) expect(typeof r.symptom).toBe("string");
    else expect(r.summary.entries).toBeGreaterThan(0);
    for (const e of r.entries) expect(typeof e.message).toBe("string");
  }
}

describe("log scanner under hostile bytes", () => {
  it("any bytes in any chunking end as a ScannedFile or a LogInputError", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.array(fc.nat(), { maxLength: 12 }), (bytes, cuts) => {
        expectReadableOrInputError(scanChunked(bytes, cuts));
      }),
      { numRuns: mutationScale(500, 50) },
    );
  });

  it("log-like text with garbage, BOMs mid-stream and broken UTF-8 ends as a ScannedFile or a LogInputError", () => {
    fc.assert(
      fc.property(
        logLike,
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.option(fc.integer({ min: 8, max: 200 }), { nil: undefined }),
        (bytes, cuts, maxLineBytes) => {
          expectReadableOrInputError(scanChunked(bytes, cuts, { maxLineBytes }));
        },
      ),
      { numRuns: mutationScale(500, 50) },
    );
  });

  it("the chunking never changes what is read from log-like text, hostile lines included", () => {
    fc.assert(
      fc.property(logLikeText(), fc.array(fc.nat(), { maxLength: 12 }), (bytes, cuts) => {
        const whole = scanChunked(bytes, []);
        const chunked = scanChunked(bytes, cuts);
        if (whole instanceof LogInputError) {
          expect(chunked).toBeInstanceOf(LogInputError);
          expect((chunked as LogInputError).kind).toBe(whole.kind);
        } else {
          expect(chunked).not.toBeInstanceOf(LogInputError);
          expect((chunked as ScannedFile).entries).toEqual(whole.entries);
          expect((chunked as ScannedFile).summary).toEqual(whole.summary);
        }
      }),
      { numRuns: mutationScale(300, 30) },
    );
  });

  // Was a bug: a decoder that strips a BOM at the start of every decode() call made this depend on the chunk edge.
  it("a BOM in the middle of a file (two logs joined) reads the same at any chunk edge", () => {
    const line = "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired\r\n";
    const bytes = new Uint8Array([...enc.encode(line), 0xef, 0xbb, 0xbf, ...enc.encode(line)]);
    const whole = scanChunked(bytes, []) as ScannedFile;
    const cutBeforeBom = scanChunked(bytes, [enc.encode(line).length]) as ScannedFile;
    expect(cutBeforeBom.entries).toEqual(whole.entries);
  });

  it("UTF-16 input with odd byte counts and lone surrogates ends as a ScannedFile or a LogInputError", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(new Uint8Array([0xff, 0xfe]), new Uint8Array([0xfe, 0xff])),
        fc.uint8Array({ maxLength: 600 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (bom, body, cuts) => {
          const bytes = new Uint8Array(bom.length + body.length);
          bytes.set(bom);
          bytes.set(body, bom.length);
          expectReadableOrInputError(scanChunked(bytes, cuts));
        },
      ),
      { numRuns: mutationScale(300, 30) },
    );
  });

  it("a size limit turns into a too-large LogInputError, not a partial read", () => {
    const bytes = enc.encode(`${HEADERS[0]}${MESSAGES[0]}\r\n`.repeat(100));
    const r = scanChunked(bytes, [10, 500, 1000], { maxBytes: 1000 });
    expect(r).toBeInstanceOf(LogInputError);
    expect((r as LogInputError).kind).toBe("too-large");
  });

  it("the hostile labels of a NavigateTo line are kept as text in the entry, unchanged", () => {
    const line = `${HEADERS[1]}${MESSAGES[3]}\r\n`;
    const r = scanBytes("fuzz.log", enc.encode(line), 7);
    expect(r.entries).toHaveLength(1);
    expect(r.entries[0].message).toContain("<img src=x onerror=window.__pwned=1>");
    expect(r.entries[0].message).toContain("<script>window.__pwned=2</script>");
  });
});
