// jsdom lacks a few browser APIs that Fluent UI v9 uses.
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// findBy…/waitFor wait up to 10 s, not 1 s: a language's catalog is a lazy chunk, and on a loaded
// 2-core machine loading it took over a second (the Danish result view failed so). Speed is
// measured by the benchmarks, never by a test's clock.
configure({ asyncUtilTimeout: 10_000 });

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
(globalThis as unknown as { ResizeObserver: unknown }).ResizeObserver ??= ResizeObserverStub;

if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({ matches: false, media: query, onchange: null, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {}, dispatchEvent: () => false }) as MediaQueryList;
}

// jsdom has no TextDecoder/TextEncoder; the engine (pure TS) uses them. Node's are the same API.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
(globalThis as unknown as { TextDecoder: unknown }).TextDecoder ??= NodeTextDecoder;
(globalThis as unknown as { TextEncoder: unknown }).TextEncoder ??= NodeTextEncoder;

// Views rendered without an I18nProvider read English (the pane itself always has a provider).
import { setTextsOutsideProvider } from "../../src/taskpane/i18n";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
setTextsOutsideProvider(CATALOGS.en);
