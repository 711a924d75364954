// jsdom lacks a few browser APIs that Fluent UI v9 uses.
import "@testing-library/jest-dom";

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
}

// jsdom has no TextDecoder/TextEncoder; the engine (pure TS) uses them. Node's are the same API.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= NodeTextEncoder;

// Views rendered without an I18nProvider read English (the pane itself always has a provider).
import { setTextsOutsideProvider } from "../../src/taskpane/i18n";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
setTextsOutsideProvider(CATALOGS.en);

// The texts of the later views load lazily (a chunk in the browser, a dynamic import here); on a loaded
// 2-core machine that can take longer than findBy*'s default second. No speed is asserted by waiting.
import { configure } from "@testing-library/react";
configure({ asyncUtilTimeout: 10_000 });
