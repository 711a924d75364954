// The org reader at its edges, each on a small file: where a piece ends inside a letter or a line, a file
// that changes encoding midway, a reused buffer, blank lines before the header, the line numbers of
// unreadable rows, and the record and JSON size limits (lowered, so their edges cost a few bytes).
// What each test checks is what the org view shows: the users read, their names, the file's line.
import { readOrg } from "./org-read";
import { OrgAnalysis, OrgFileReader, type OrgReport } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 for the Latin-1 letters these tests use. */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

const HEADER = "Username,Login Time,Status,Application";
const row = (user: string, status = "Restricted IP") => `${user},2024-03-01T10:00:00Z,${status},Salesforce for Outlook`;
/** Bytes the reader holds back to judge the encoding before it reads anything. */
const HEAD_BYTES = 4096;

/** Reads one file handed over in exactly these pieces, as the CLI and the worker hand them over. */
function readParts(...parts: Uint8Array[]): OrgReport {
  const analysis = new OrgAnalysis();
  const reader = new OrgFileReader(analysis, "export.csv");
  for (const p of parts) reader.push(p);
  reader.end();
  return analysis.report();
}

/** Header and browser rows past the 4 KiB the encoding is judged on, so every later piece is read as it comes. */
const START = enc(
  [HEADER, ...Array.from({ length: 80 }, (_, i) => `web${i}@example.com,2024-03-01T10:00:00Z,Success,Browser`), ""].join("\r\n"),
);
/** The line after START. */
const NEXT = 82;

const users = (r: OrgReport) => r.users.map((u) => [u.user, u.cause]);

describe("org reader edges: encodings", () => {
  it("reads UTF-8 letters whole when the file's last byte (0xC0) is not UTF-8", () => {
    const data = cat(enc(`${HEADER}\r\n${row("josé@example.com")}\r\n`), Uint8Array.of(0xc0));
    const r = readOrg({ "export.csv": data });
    expect(r.files[0]).toMatchObject({ encoding: "windows-1252", sfoRows: 1 });
    expect(users(r)).toEqual([["josé@example.com", "ip-restricted"]]);
  });

  it("keeps a UTF-8 letter that ends a piece as UTF-8 when the next piece turns out Windows-1252", () => {
    const before = `${HEADER}\r\n`;
    const after = "\r\njosé";
    // A first piece of exactly the 4 KiB the encoding is judged on, ending in a whole é (c3 a9).
    const first = enc(before + "x".repeat(HEAD_BYTES - enc(before + after).length) + after);
    expect(first.length).toBe(HEAD_BYTES);
    const second = cat(enc(`@example.com${row("")}\r\n`), cp1252(`${row("rené@example.com")}\r\n`));
    const r = readParts(first, second);
    expect(r.files[0]).toMatchObject({ encoding: "windows-1252", sfoRows: 2 });
    expect(users(r).sort()).toEqual([
      ["josé@example.com", "ip-restricted"],
      ["rené@example.com", "ip-restricted"],
    ]);
  });

  it("reads a Windows-1252 file whose second letter is þ (0xFE, half of a byte-order mark) as Windows-1252", () => {
    const r = readOrg({ "export.csv": cp1252(`Aþ Login History\r\n${HEADER}\r\n${row("åse@example.dk")}\r\n`) });
    expect(r.problems).toEqual([]);
    expect(r.files[0]).toMatchObject({ encoding: "windows-1252", sfoRows: 1 });
    expect(users(r)).toEqual([["åse@example.dk", "ip-restricted"]]);
  });

  it("reads a small piece as it was handed over, even when the caller reuses its buffer", () => {
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "export.csv");
    const buffer = enc(`${HEADER}\r\n${row("ann@example.com")}\r\n`);
    reader.push(buffer);
    buffer.fill(0x20);
    expect(reader.end()).toMatchObject({ sfoRows: 1 });
    expect(users(analysis.report())).toEqual([["ann@example.com", "ip-restricted"]]);
  });
});

describe("org reader edges: lines and records", () => {
  it("finds the header after an empty line and five lines of only spaces and tabs", () => {
    const r = readOrg({ "export.csv": `   \r\n\r\n \t \r\n\t\r\n \r\n  \r\n${HEADER}\r\n${row("ann@example.com")}\r\n` });
    expect(r.problems).toEqual([]);
    expect(users(r)).toEqual([["ann@example.com", "ip-restricted"]]);
  });

  it("numbers an unreadable SFO row right after a browser row by its own line", () => {
    // In a piece after the header's, where browser rows are only counted.
    const bad = row("sfo@example.com").replace("2024-03-01T10:00:00Z", "yesterday");
    const r = readParts(START, enc(`web@example.com,2024-03-01T10:00:00Z,Success,Browser\r\n${bad}\r\n`));
    expect(r.files[0]).toMatchObject({ rows: 82, sfoRows: 0, unreadable: { count: 1, lines: [NEXT + 1] } });
  });

  it("reads a quoted field over two lines when the second line starts with the closing quote (LF and CRLF)", () => {
    for (const [eol, lead] of [
      ["\n", ""],
      ["\r\n", " "],
    ]) {
      const text = `${HEADER}${eol}"sfo@example.com","2024-03-01T10:00:00Z","Restricted IP${eol}${lead}","Salesforce for Outlook"${eol}`;
      const r = readOrg({ "export.csv": text });
      expect([eol, r.files[0]?.unreadable.count, users(r)]).toEqual([eol, 0, [["sfo@example.com", "ip-restricted"]]]);
    }
  });
});

describe("org reader edges: records at the record limit", () => {
  // The limit lowered from 1 MiB to 200 characters; the 1 MiB default is pinned in org-reader-pinned.
  const LIMIT = 200;
  const readLimited = (...parts: string[]): OrgReport => {
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "export.csv", { maxRecordChars: LIMIT });
    reader.push(START);
    for (const p of parts) reader.push(enc(p));
    reader.end();
    return analysis.report();
  };
  /** A line that opens a quoted application field, padded with spaces to exactly the limit. */
  const open = `q@example.com,2024-03-01T10:00:00Z,Restricted IP,"Salesforce for Outlook`.padEnd(LIMIT, " ");

  it("reads an unquoted row when exactly the limit of it has come at a piece's end", () => {
    const rec = row("big@example.com").padEnd(LIMIT + 50, " ");
    const r = readLimited(rec.slice(0, LIMIT), `${rec.slice(LIMIT)}\r\n`);
    expect(r.files[0]).toMatchObject({ sfoRows: 1, unreadable: { count: 0 } });
    expect(users(r)).toEqual([["big@example.com", "ip-restricted"]]);
  });

  it("reads a quoted field whose first line is exactly the limit", () => {
    const r = readLimited(`${open}\n"\n`);
    expect(r.files[0]).toMatchObject({ sfoRows: 1, unreadable: { count: 0 } });
    expect(users(r)).toEqual([["q@example.com", "ip-restricted"]]);
  });

  it("after dropping an open quote past the limit that ended a piece with its line, reads the next line", () => {
    const r = readLimited(`${open}\n`, `${row("after@example.com")}\n`);
    expect(r.files[0]).toMatchObject({ sfoRows: 1, unreadable: { count: 1, lines: [NEXT] } });
    expect(users(r)).toEqual([["after@example.com", "ip-restricted"]]);
  });

  it("after dropping a line past the limit whose CR and LF came in two pieces, reads the rows after it", () => {
    const r = readLimited(
      `${"y".repeat(LIMIT + 10)}\r`,
      `\n${row("one@example.com")}\r\n`,
      `${row("two@example.com", "Restricted time")}\r\n`,
    );
    expect(r.files[0]).toMatchObject({ sfoRows: 2, unreadable: { count: 1, lines: [NEXT] } });
    expect(users(r).sort()).toEqual([
      ["one@example.com", "ip-restricted"],
      ["two@example.com", "login-hours"],
    ]);
  });
});

describe("org reader edges: the JSON size limit", () => {
  const json = `  ${JSON.stringify([{ UserId: "0055g00000AnnaAAA", LoginTime: "2024-03-04T08:12:00.000+0000", Status: "Failed: IP Address Not Allowed", Application: "Salesforce for Outlook" }])}\n`;
  const readJson = (limit: number) => {
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "lh.json", { maxJsonChars: limit });
    reader.push(enc(json));
    return () => {
      reader.end();
      return users(analysis.report());
    };
  };

  it("reads JSON of exactly the limit and refuses one character more as too large", () => {
    expect(readJson(json.length)()).toEqual([["0055g00000AnnaAAA", "ip-restricted"]]);
    expect(readJson(json.length - 1)).toThrow(expect.objectContaining({ kind: "too-large" }));
  });
});
