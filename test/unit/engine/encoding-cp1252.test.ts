// Windows-1252 logs (no BOM, bytes that are not UTF-8) must read as the letters the user wrote (review #5).
import { diagnose, scanBytes, LogScanner } from "../../../src/engine";
import { fixture } from "./fixtures";
import { mutationScale } from "../../mutate/scale";

const cp1252 = fixture("encoding/cp1252-Trace.log");
const SOREN = "(user Søren, folder C:\\Users\\Søren\\Æblelø)";

/** Where a two-chunk read is cut: at every edge, or in a mutation run every seventh and each next to a non-ASCII byte. */
const step = mutationScale(1, 7);
function cutsOf(bytes: Uint8Array): number[] {
  const cuts: number[] = [];
  for (let cut = 1; cut < bytes.length; cut++) if (cut % step === 0 || bytes[cut - 1] >= 0x80 || bytes[cut] >= 0x80) cuts.push(cut);
  return cuts;
}

describe("log reader: Windows-1252 logs", () => {
  it("shows Søren and Æblelø in the evidence and says the file is windows-1252", () => {
    const scanned = scanBytes(cp1252.path, cp1252.bytes);
    expect(scanned.summary.encoding).toBe("windows-1252");
    const d = diagnose([scanned]);
    expect(d.evidence[0].message).toBe(`LogOn failed with exception - token validity expired ${SOREN}`);
    expect(d.files[0].encoding).toBe("windows-1252");
  });

  it("diagnoses exactly as the same log in UTF-8, apart from the encoding", () => {
    const text = new TextDecoder("windows-1252").decode(cp1252.bytes);
    const utf8 = diagnose([scanBytes(cp1252.path, new TextEncoder().encode(text))]);
    const win = diagnose([scanBytes(cp1252.path, cp1252.bytes)]);
    expect(utf8.files[0].encoding).toBe("utf-8");
    expect({ ...win, files: [] }).toEqual({ ...utf8, files: [] });
    expect(win.cause).toBe("refresh-token-expired");
    expect(win.status).toBe("logged-out");
  });

  it("reads the same at every chunk edge", () => {
    const whole = scanBytes(cp1252.path, cp1252.bytes);
    for (const cut of cutsOf(cp1252.bytes)) {
      const s = new LogScanner(cp1252.path);
      s.push(cp1252.bytes.subarray(0, cut));
      s.push(cp1252.bytes.subarray(cut));
      const scanned = s.end();
      expect(scanned.entries).toEqual(whole.entries);
      expect(scanned.summary.encoding).toBe("windows-1252");
    }
  });

  it("keeps UTF-8 lines as UTF-8 when only one line of the file is Windows-1252", () => {
    const utf8Line = new TextEncoder().encode(
      "2015-04-24 15:10:00,000 [1] ERROR sfdcsession LogOn failed with exception - ip restricted (Ærø)\r\n",
    );
    const bytes = new Uint8Array(utf8Line.length + cp1252.bytes.length);
    bytes.set(utf8Line);
    bytes.set(cp1252.bytes, utf8Line.length);
    const scanned = scanBytes("mixed.log", bytes);
    expect(scanned.entries[0].message).toBe("LogOn failed with exception - ip restricted (Ærø)");
    expect(scanned.entries[1].message).toContain(SOREN);
    expect(scanned.summary.encoding).toBe("windows-1252");
  });

  it("an entry cut at the 64 KiB limit inside a UTF-8 letter stays UTF-8", () => {
    for (const pad of ["", "x"]) {
      const text = `2024-03-04 09:08:10,290 [13152] ERROR sfdcsession LogOn failed with exception - ip restricted ${pad}${"ø".repeat(40000)}\r\n`;
      const scanned = scanBytes("long.log", new TextEncoder().encode(text));
      expect(scanned.summary.encoding).toBe("utf-8");
      expect(scanned.entries[0].message).toMatch(/^LogOn failed with exception - ip restricted x?ø+$/);
    }
  });

  it("a dropped entry's non-UTF-8 line never changes the file's encoding, at any chunk edge", () => {
    const enc = new TextEncoder();
    const parts = [
      enc.encode("2015-04-24 15:17:11,290 [13152] ERROR sfdcsession    at Salesforce.Outlook.Foo()\r\n"),
      new Uint8Array([0x80, 0x0a]),
      enc.encode("2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired\r\n"),
    ];
    const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
    parts.reduce((at, p) => (bytes.set(p, at), at + p.length), 0);
    for (const cut of cutsOf(bytes)) {
      const s = new LogScanner("fuzz.log");
      s.push(bytes.subarray(0, cut));
      s.push(bytes.subarray(cut));
      expect([cut, s.end().summary.encoding]).toEqual([cut, "utf-8"]);
    }
  });

  it("still refuses real binary", () => {
    const bin = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xf8, 0xe6, 0xc6]);
    expect(() => scanBytes("bin.log", bin)).toThrow(expect.objectContaining({ kind: "binary" }));
  });
});
