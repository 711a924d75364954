// Allowed in the host: Office.js and its own room.
import type { Host } from "./types";
export const ready = (): Promise<Host["kind"]> => Office.onReady().then((info) => (info.host ? "outlook" : "standalone"));
