// Chunk edges fall anywhere in a file; a Danish "Ø" or an emoji cut in half must still read as itself.
import { LogScanner, scanBytes, decodeSidePanelUrl, type ScannedFile } from "../../../src/engine";
import { mutationScale } from "../../mutate/scale";

const enc = new TextEncoder();

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = c & 0xff;
    out[3 + 2 * i] = c >> 8;
  }
  return out;
}

/** Every cut a mutation run tries: each inside a UTF-8 character and every 31st edge (both parities). */
const stride = mutationScale(1, 31);

/** Scans `bytes` split at one edge `cut`, for every possible edge. */
function everySplit(bytes: Uint8Array, check: (scanned: ScannedFile, cut: number) => void): void {
  for (let cut = 1; cut < bytes.length; cut++) {
    if (cut % stride !== 0 && (bytes[cut] & 0xc0) !== 0x80) continue;
    // scanBytes chunks evenly; two chunks split at each edge in turn reach every position.
    check(scanJoined([bytes.subarray(0, cut), bytes.subarray(cut)]), cut);
  }
}

function scanJoined(chunks: Uint8Array[]): ScannedFile {
  const s = new LogScanner("da.log");
  for (const c of chunks) s.push(c);
  return s.end();
}

const ERROR_LINE =
  "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired for Søren Ørsted 🙂 æøå ÆØÅ\r\n";
const PANEL_LINE =
  "2015-04-24 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/Users/søren/AppData/Roaming/salesforce.com/Salesforce for Outlook/sidepanelcontainer.htm?loggedOutLabel=Du er blevet logget ud af Salesforce på grund af din organisations sikkerhedsindstillinger 🙂&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=Log på Ø\r\n";
const STATUS_LINE =
  "2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid\r\n";
const TEXT = ERROR_LINE + PANEL_LINE + STATUS_LINE;

describe("multi-byte characters cut at a chunk edge", () => {
  const reference = scanBytes("da.log", enc.encode(TEXT), 1 << 20);

  it("the reference read holds the Danish letters and the emoji", () => {
    expect(reference.entries.map((e) => e.message)).toEqual([
      "LogOn failed with exception - token validity expired for Søren Ørsted 🙂 æøå ÆØÅ",
      expect.stringContaining("buttonLabel=Log på Ø"),
      "Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
    ]);
    expect(decodeSidePanelUrl(reference.entries[1].message)?.labels.button).toBe("Log på Ø");
  });

  it("UTF-8: a split at every byte gives identical entries", () => {
    const bytes = enc.encode(TEXT);
    let splitsInsideCharacters = 0;
    everySplit(bytes, (scanned, cut) => {
      if ((bytes[cut] & 0xc0) === 0x80) splitsInsideCharacters++;
      expect(scanned.entries).toEqual(reference.entries);
    });
    // "Ø" is 2 bytes, 🙂 is 4: make sure edges really fell inside characters.
    expect(splitsInsideCharacters).toBeGreaterThan(15);
  });

  it("UTF-8 with BOM: a split at every byte (also inside the BOM) gives identical entries", () => {
    const body = enc.encode(TEXT);
    const bytes = new Uint8Array(3 + body.length);
    bytes.set([0xef, 0xbb, 0xbf]);
    bytes.set(body, 3);
    everySplit(bytes, (scanned) => {
      expect(scanned.entries).toEqual(reference.entries);
      expect(scanned.summary.encoding).toBe("utf-8-bom");
    });
  });

  it("UTF-16LE: a split at every byte (inside code units and surrogate pairs) gives identical entries", () => {
    const bytes = utf16le(TEXT);
    everySplit(bytes, (scanned) => {
      expect(scanned.entries).toEqual(reference.entries);
      expect(scanned.summary.encoding).toBe("utf-16le");
    });
  });

  it("UTF-8: cut into three pieces around the emoji at every pair of edges gives identical entries", () => {
    const bytes = enc.encode(ERROR_LINE);
    const at = enc.encode(ERROR_LINE.slice(0, ERROR_LINE.indexOf("🙂"))).length;
    for (let a = at - 2; a <= at + 4; a++)
      for (let b = a + 1; b <= at + 5; b++) {
        const s = scanJoined([bytes.subarray(0, a), bytes.subarray(a, b), bytes.subarray(b)]);
        expect(s.entries[0].message).toBe(reference.entries[0].message);
      }
  });
});
