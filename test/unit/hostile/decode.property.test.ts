// Side-panel labels come from a URL SFO logged, i.e. from whoever could write that URL: the decoder
// must hand back exactly the text that was encoded, and nothing it can be tricked into inventing.
import fc from "fast-check";
import { mutationScale } from "../../mutate/scale";
import { decodeSidePanelUrl } from "../../../src/engine";

const BASE = "file:///C:/Users/xxxx/AppData/Roaming/salesforce.com/Salesforce%20for%20Outlook/sidepanelcontainer.htm";
const HOSTILE = [
  `<img src=x onerror=window.__pwned=1>`,
  `<script>window.__pwned=2</script>`,
  `javascript:alert(1)`,
  `"><svg onload=alert(1)>`,
  `\u202Egnp.exe\u202C`,
  `%`,
  `%E0%A4%A`,
  `%%%`,
  `%ZZ`,
  `&buttonLabel=`,
  `<<Unknown Label:<img src=x>>>`,
  `Ø🙂 æøå`,
];

/** Strings encodeURIComponent can encode (no lone surrogates), mixed with known hostile texts. */
const label = fc
  .oneof(
    fc.constantFrom(...HOSTILE),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.string({
      unit: fc.constantFrom("<", ">", '"', "'", "&", "=", "%", "+", "#", "?", " ", "a", "Ø", "\u202E", "/", ":"),
      maxLength: 40,
    }),
  )
  .filter((s) => {
    try {
      encodeURIComponent(s);
      return true;
    } catch {
      return false;
    }
  });

const encodeWith = (s: string, plus: boolean) => (plus ? encodeURIComponent(s).replace(/%20/g, "+") : encodeURIComponent(s));

describe("side-panel URL decoder under hostile input", () => {
  it("gives back exactly the text that was percent-encoded, markup included, with %20 or + for spaces", () => {
    fc.assert(
      fc.property(label, label, label, fc.boolean(), (loggedOut, detail, button, plus) => {
        const url = `${BASE}?loggedOutLabel=${encodeWith(loggedOut, plus)}&loggedOutDetailLabel=${encodeWith(detail, plus)}&buttonLabel=${encodeWith(button, plus)}`;
        const state = decodeSidePanelUrl(url);
        expect(state).not.toBeNull();
        // The decoder trims labels (SFO pads them); everything else must survive byte for byte.
        expect(state!.labels).toEqual({ loggedOut: loggedOut.trim(), detail: detail.trim(), button: button.trim() });
      }),
      { numRuns: mutationScale(500, 50) },
    );
  });

  it("gives back exactly the text in a whole NavigateTo log line with raw markup labels", () => {
    // Raw labels as SFO logs them; only characters that delimit the URL (& % + " #) are left out.
    const raw = fc
      .oneof(
        fc.constantFrom("<img src=x onerror=window.__pwned=1>", "<script>window.__pwned=2</script>", "javascript:void(0)", "Ø 🙂"),
        fc.string({ maxLength: 40 }),
      )
      .filter((s) => !/[&%+"#\r\n]/.test(s) && !/(loggedOutLabel|loggedOutDetailLabel|buttonLabel)/i.test(s));
    fc.assert(
      fc.property(raw, raw, raw, (a, b, c) => {
        const line = `2015-04-24 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= ${BASE}?loggedOutLabel=${a}&loggedOutDetailLabel=${b}&buttonLabel=${c}`;
        const state = decodeSidePanelUrl(line);
        expect(state?.labels).toEqual({ loggedOut: a.trim(), detail: b.trim(), button: c.trim() });
      }),
      { numRuns: mutationScale(300, 30) },
    );
  });

  it("never throws on any string, including broken percent sequences and lone surrogates", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 200 }),
      fc.string({ unit: fc.constantFrom("%", "E", "0", "A", "3", "D", "C", "+", "&", "=", "\uD800", "\uDFFF", "<"), maxLength: 60 }),
      fc.string({ maxLength: 60 }).map((s) => `?loggedOutLabel=${s}&buttonLabel=%${s}`),
      fc.string({ maxLength: 60 }).map((s) => `loggedOutLabel%3D${s}%26buttonLabel%3D%E0%A4${s}`),
    );
    fc.assert(
      fc.property(anyText, (s) => {
        const state = decodeSidePanelUrl(s);
        if (state) for (const v of Object.values(state.labels)) expect(typeof v).toBe("string");
      }),
      { numRuns: mutationScale(1000, 100) },
    );
  });

  it("never invents markup: a '<' in a decoded label was a '<' or an encoded one in the input", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary", maxLength: 120 }).map((s) => `?loggedOutLabel=${s}`),
      fc
        .string({ unit: fc.constantFrom("%", "3", "C", "c", "2", "5", "+", "&", "=", "l", "<"), maxLength: 40 })
        .map((s) => `?buttonLabel=${s}`),
    );
    fc.assert(
      fc.property(anyText, (s) => {
        const state = decodeSidePanelUrl(s);
        if (!state) return;
        if (Object.values(state.labels).some((v) => v.includes("<"))) expect(s).toMatch(/<|%3c|%253c/i);
      }),
      { numRuns: mutationScale(1000, 100) },
    );
  });

  it("keeps invalid percent sequences as written instead of failing the whole label", () => {
    expect(decodeSidePanelUrl(`${BASE}?loggedOutLabel=100%&buttonLabel=%E0%A4%A <b>`)?.labels).toEqual({
      loggedOut: "100%",
      detail: "",
      button: "%E0%A4%A <b>",
    });
    expect(decodeSidePanelUrl(`${BASE}?loggedOutLabel=%3Cscript%3E%ZZ`)?.labels.loggedOut).toBe("<script>%ZZ");
  });
});
