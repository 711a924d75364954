// Everything in a result came from a log or a URL someone else could write: evidence messages,
// side-panel labels and file names must show up as the literal text, and never become markup.
import { cleanup, render } from "@testing-library/react";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { decodeSidePanelUrl, diagnoseFiles, type Diagnosis } from "../../src/engine";
import { ResultView } from "../../src/taskpane/views/ResultView";

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const bytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));
const seed: Diagnosis = diagnoseFiles([
  { path: "Trace.log", bytes: bytes("seed-Trace.log") },
  { path: "AddinTrace.log", bytes: bytes("seed-AddinTrace.log") },
]);

const PAYLOADS = [
  `<img src=x onerror=window.__pwned=1>`,
  `<img src="x" onerror="window.__pwned=1">`,
  `<script>window.__pwned=2</script>`,
  `<svg onload="window.__pwned=3"></svg>`,
  `<iframe src="javascript:window.__pwned=4"></iframe>`,
  `<a href="javascript:window.__pwned=5">click</a>`,
  `javascript:window.__pwned=6`,
  `"><img src=x onerror=window.__pwned=7>`,
  `'; window.__pwned=8; '`,
  `{name}{entries}{list}{where}{cause}`, // placeholders must not be filled in a second time
  `\u202Egol.exe\u202C \u200F\u2066RTL\u2069`,
  `Søren Ørsted 🙂 æøå`,
  `&lt;b&gt;entity&lt;/b&gt; &amp;`,
  `<<Unknown Label:<img src=x onerror=window.__pwned=9>>>`,
];

/** Hostile text: known payloads, arbitrary unicode, and long runs, glued together. */
const hostile = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...PAYLOADS) },
      { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
      { weight: 1, arbitrary: fc.integer({ min: 1000, max: 20000 }).map((n) => "W".repeat(n)) },
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(" "))
  // React would keep them, but a label or file name with no visible character proves nothing here.
  .filter((s) => s.trim().length > 0 && !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, "")));

/** The labels as they arrive: percent-encoded in the NavigateTo URL, decoded by the engine. */
function panelFrom(loggedOut: string, detail: string, button: string) {
  const url = `file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=${encodeURIComponent(loggedOut)}&loggedOutDetailLabel=${encodeURIComponent(detail)}&buttonLabel=${encodeURIComponent(button)}`;
  const state = decodeSidePanelUrl(url);
  if (!state) throw new Error("the decoder lost the URL");
  return state;
}

function hostileDiagnosis(message: string, file: string, labels: [string, string, string]): Diagnosis {
  return {
    ...seed,
    evidence: seed.evidence.map((e, i) => ({ ...e, file, message: i === 0 ? message : `${e.message} ${message}` })),
    files: seed.files.map((f) => ({ ...f, path: file })),
    timeline: seed.timeline.map((s) => ({ ...s, file })),
    sidePanel: panelFrom(...labels),
  };
}

function expectNothingRan(): void {
  expect(window.__pwned).toBeUndefined();
  expect(document.querySelectorAll("img, script, iframe, object, embed, frame").length).toBe(0);
  expect(document.querySelectorAll('a[href^="javascript:" i], [src^="javascript:" i]').length).toBe(0);
  for (const el of Array.from(document.querySelectorAll("*")))
    for (const attr of Array.from(el.attributes)) expect(attr.name.startsWith("on") ? `${el.tagName} ${attr.name}` : "").toBe("");
}

function renderResult(d: Diagnosis) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <ResultView diagnosis={d} onSignIn={() => {}} onAskAdmin={() => {}} onCheckAgain={() => {}} />
    </FluentProvider>,
  );
}

afterEach(() => {
  cleanup();
  delete window.__pwned;
});

describe("Result view with hostile evidence, labels and file names", () => {
  it("shows each known payload literally and creates no element from it", () => {
    for (const p of PAYLOADS) {
      const d = hostileDiagnosis(p, `${p}.log`, [p, `x ${p}`, `${p} y`]);
      const { container } = renderResult(d);
      const text = container.textContent ?? "";
      expect(text).toContain(p); // evidence message
      expect(text).toContain(`${p}.log:${d.evidence[0].line}`); // file:line
      const panel = container.querySelector('[data-testid="side-panel"]');
      expect(panel?.textContent).toContain(p.trim());
      expect(panel?.textContent).toContain(`x ${p}`.trim());
      expectNothingRan();
      cleanup();
    }
  });

  it("any generated hostile text appears as the same text, in the evidence, the side panel and the file names", () => {
    fc.assert(
      fc.property(hostile, hostile, hostile, hostile, hostile, (message, file, a, b, c) => {
        const d = hostileDiagnosis(message, file, [a, b, c]);
        try {
          const { container } = renderResult(d);
          const pres = Array.from(container.querySelectorAll("pre")).map((p) => p.textContent);
          expect(pres).toContain(message);
          expect(container.textContent).toContain(`${file}:${d.evidence[0].line}`);
          const panel = container.querySelector('[data-testid="side-panel"]');
          for (const label of [a, b, c]) expect(panel?.textContent).toContain(label.trim());
          expectNothingRan();
        } finally {
          cleanup();
        }
      }),
      { numRuns: 40 },
    );
  });
});
