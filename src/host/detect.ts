// Picks the host: Outlook when Office.js loaded and reports a host, standalone otherwise (Office.js
// unreachable offline leaves `Office` undefined; outside Office, onReady gives host: null).
/// <reference types="office-js" />
import type { Host } from "./types";
import { createOutlookHost } from "./outlook";
import { createStandaloneHost } from "./standalone";

const OFFICE_READY_TIMEOUT_MS = 3000;

export async function detectHost(win: Window = window): Promise<Host> {
  const office = (win as unknown as { Office?: typeof Office }).Office;
  if (typeof office === "undefined" || typeof office.onReady !== "function") return createStandaloneHost(win);
  const info = await Promise.race([
    office.onReady().catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS)),
  ]);
  if (info && info.host === office.HostType.Outlook && office.context?.mailbox) return createOutlookHost(office, win);
  return createStandaloneHost(win);
}
