// The org reader pinned down on what an admin reads in the org view: which files were read (format,
// encoding, separator, rows, SFO rows, unreadable lines), which were refused and why, and each user's
// status. Every read happens inside its test, in pieces of every size: chunk edges anywhere give the
// same result.
import { gzipSync } from "node:zlib";
import { csvDelimiter, OrgAnalysis, OrgFileReader, OrgInputError, splitCsvRecord, type OrgReport } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
const utf16be = (s: string) => {
  const le = Buffer.from(s, "utf16le");
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return new Uint8Array(le);
};
/** Windows-1252 for the Latin-1 letters these tests use. */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const cat = (...parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));

/** Reads one file as the CLI and the worker do, handed over in pieces of `piece` bytes. */
function read(data: Uint8Array, piece = data.length || 1, name = "export.csv"): OrgReport {
  const analysis = new OrgAnalysis();
  const reader = new OrgFileReader(analysis, name);
  try {
    for (let i = 0; i < data.length; i += piece) reader.push(data.subarray(i, i + piece));
    reader.end();
  } catch (e) {
    if (!(e instanceof OrgInputError)) throw e;
    analysis.problem({ file: e.file, reason: e.kind, detail: e.detail });
  }
  return analysis.report();
}

/** What the org view shows of one file: its line in the file list or its problem, and the users. */
function seen(r: OrgReport) {
  return {
    file: r.files[0] ?? null,
    problem: r.problems[0] ? { reason: r.problems[0].reason, detail: r.problems[0].detail } : null,
    users: r.users.map((u) => [u.user, u.cause, u.failures, u.logins]),
  };
}

const PIECES = [1, 2, 3, 4, 5, 7, 11, 64];

const HEADER = "Username,Login Time,Status,Application";
const csv = (...rows: string[]) => [HEADER, ...rows, ""].join("\r\n");

describe("org reader: letters of every UTF-8 length across chunk edges", () => {
  it("reads two-, three- and four-byte letters whole, whatever the piece size", () => {
    const text = csv(
      "søren.ø@example.dk,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook",
      "日本@example.jp,2024-03-01T10:01:00Z,User is frozen,Salesforce for Outlook",
      "𝒜nna😀@example.com,2024-03-01T10:02:00Z,Restricted time,Salesforce for Outlook",
      "ü€𝒜@example.com,2024-03-01T10:03:00Z,Success,Salesforce for Outlook",
    );
    const expected = [
      ["søren.ø@example.dk", "ip-restricted", 1, 1],
      ["日本@example.jp", "user-auth-failure", 1, 1],
      ["𝒜nna😀@example.com", "login-hours", 1, 1],
      ["ü€𝒜@example.com", null, 0, 1],
    ];
    const data = enc(text);
    for (const piece of [...PIECES, 6, 8, 9, 10, 12, 13, data.length]) {
      const r = seen(read(data, piece));
      expect([piece, r.file?.encoding, r.file?.rows, r.file?.sfoRows, r.file?.unreadable.count]).toEqual([piece, "utf-8", 4, 4, 0]);
      expect(r.users.sort()).toEqual([...expected].sort());
    }
  });

  it("cuts every file at every byte into two pieces and reads the same", () => {
    const data = enc(csv("å😀€@example.dk,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook"));
    for (let cut = 1; cut < data.length; cut++) {
      const analysis = new OrgAnalysis();
      const reader = new OrgFileReader(analysis, "x.csv");
      reader.push(data.subarray(0, cut));
      reader.push(data.subarray(cut));
      expect([cut, reader.end().encoding]).toEqual([cut, "utf-8"]);
      expect([cut, analysis.report().users.map((u) => u.user)]).toEqual([cut, ["å😀€@example.dk"]]);
    }
  });
});

describe("org reader: UTF-16 with a byte-order mark (Excel's Unicode text)", () => {
  const text = "Username\tLogin Time\tStatus\tApplication\r\nåse@example.dk\t2024-03-01T10:00:00Z\tRestricted IP\tSalesforce for Outlook\r\n";

  it("reads little-endian and big-endian files in odd pieces", () => {
    for (const [encoding, bytes] of [
      ["utf-16le", cat(Uint8Array.of(0xff, 0xfe), utf16le(text))],
      ["utf-16be", cat(Uint8Array.of(0xfe, 0xff), utf16be(text))],
    ] as const) {
      for (const piece of [1, 3, 5, bytes.length]) {
        const r = seen(read(bytes, piece));
        expect(r.problem).toBeNull();
        expect(r.file).toMatchObject({ encoding, delimiter: "\t", rows: 1, sfoRows: 1 });
        expect(r.users).toEqual([["åse@example.dk", "ip-restricted", 1, 1]]);
      }
    }
  });

  it("finds the byte-order mark even when an empty piece comes first", () => {
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "x.txt");
    reader.push(new Uint8Array(0));
    reader.push(cat(Uint8Array.of(0xff, 0xfe), utf16le(text)));
    expect(reader.end()).toMatchObject({ encoding: "utf-16le", rows: 1 });
    expect(analysis.report().users.map((u) => u.user)).toEqual(["åse@example.dk"]);
  });

  it("shows a letter cut off at the end of a UTF-16 file as the replacement mark", () => {
    const bytes = cat(Uint8Array.of(0xff, 0xfe), utf16le(`${HEADER}\r\n2024-03-01T10:00:00Z`.replace(/^.*$/m, "Login Time,Status,Application,Username")));
    const full = cat(bytes, utf16le(",Restricted IP,Salesforce for Outlook,cut@example.com"), Uint8Array.of(0x41));
    const r = seen(read(full, 4));
    expect(r.users).toEqual([["cut@example.com\uFFFD", "ip-restricted", 1, 1]]);
  });
});

describe("org reader: what is not text", () => {
  it("tells UTF-16 without its mark (either byte order) from binary files", () => {
    const lh = csv("a@example.com,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook");
    expect(seen(read(utf16le(lh))).problem).toEqual({ reason: "encoding", detail: "" });
    expect(seen(read(utf16be(lh))).problem).toEqual({ reason: "encoding", detail: "" });
    // An .xlsx (a zip) saved where the CSV should be: NULs at odd and even places.
    const zip = cat(enc("PK"), Uint8Array.of(3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), enc("[Content_Types].xml"));
    expect(seen(read(zip)).problem?.reason).toBe("binary");
    // Text with a stray NUL is not UTF-16 either, nor is one where NULs make exactly a quarter.
    expect(seen(read(cat(enc(lh.slice(0, 40)), Uint8Array.of(0), enc(lh.slice(40))))).problem?.reason).toBe("binary");
    expect(seen(read(Uint8Array.of(0x61, 0, 0x62, 0, 0x63, 0x64, 0x65, 0x66))).problem?.reason).toBe("binary");
  });

  it("knows gzip by its two first bytes only", () => {
    expect(seen(read(new Uint8Array(gzipSync(enc(csv()))))).problem?.reason).toBe("compressed");
    // Ë is c3 8b in UTF-8 and 0x1f a control character: neither alone makes a gzip file.
    const title = "Ëxport\r\n" + csv("a@example.com,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook");
    expect(seen(read(enc(title)))).toMatchObject({ problem: null, file: { rows: 1 } });
    expect(seen(read(enc("\x1f" + title)))).toMatchObject({ problem: null, file: { rows: 1 } });
  });

  it("calls a file with nothing but blanks empty, however it arrives", () => {
    const analysis = new OrgAnalysis();
    expect(() => new OrgFileReader(analysis, "none.csv").end()).toThrow(expect.objectContaining({ kind: "empty" }));
    const r = new OrgFileReader(analysis, "zero.csv");
    r.push(new Uint8Array(0));
    expect(() => r.end()).toThrow(expect.objectContaining({ kind: "empty" }));
    for (const piece of [1, 3, 100]) expect(seen(read(enc("  \r\n\t\r\n \n"), piece)).problem).toEqual({ reason: "empty", detail: "" });
  });
});

describe("org reader: Windows-1252 (Excel's ANSI CSV)", () => {
  it("reads a file that starts with ÿ or þ as Windows-1252, not as UTF-16", () => {
    for (const title of ["ÿ Login History", "þ Login History", "Øÿ"]) {
      const data = cp1252(`${title}\r\n${csv("åse@example.dk,2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook")}`);
      for (const piece of [1, 7, data.length]) {
        const r = seen(read(data, piece));
        expect(r.file).toMatchObject({ encoding: "windows-1252", rows: 1, sfoRows: 1, unreadable: { count: 0 } });
        expect(r.users).toEqual([["åse@example.dk", "ip-restricted", 1, 1]]);
      }
    }
  });

  it("reads a download cut inside its last letter, keeping the cut row", () => {
    const data = enc(["Login Time,Status,Application,Username", "2024-03-01T10:00:00Z,Restricted IP,Salesforce for Outlook,jens.krø"].join("\r\n"));
    for (const piece of [1, 5, data.length]) {
      const r = seen(read(data.subarray(0, data.length - 1), piece));
      expect(r.file).toMatchObject({ rows: 1, sfoRows: 1, encoding: "windows-1252" });
      expect(r.users).toEqual([["jens.kr\u00c3", "ip-restricted", 1, 1]]);
    }
  });
});
