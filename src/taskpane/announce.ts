// One polite live region for the whole pane: views call `announce(text)` when something finishes
// (a result, a check-off, a copy) so screen-reader users hear it without moving focus.
import { createElement, useSyncExternalStore, type ReactElement } from "react";

let current = "";
let flip = false;
const listeners = new Set<() => void>();

export function announce(text: string): void {
  // The same text twice must be read twice: alternate a trailing no-break space so the node changes.
  flip = !flip;
  current = flip ? text : `${text}\u00a0`;
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const visuallyHidden = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clip: "rect(0 0 0 0)",
  whiteSpace: "nowrap",
  border: 0,
} as const;

/** Rendered once by App; kept in the DOM from the start so that assistive tech watches it. */
export function LiveRegion(): ReactElement {
  const text = useSyncExternalStore(
    subscribe,
    () => current,
    () => "",
  );
  return createElement(
    "div",
    { role: "status", "aria-live": "polite", "aria-atomic": "true", "data-testid": "live-region", style: visuallyHidden },
    text,
  );
}
