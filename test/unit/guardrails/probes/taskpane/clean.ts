// Allowed in the pane: the engine, the host interface, the browser.
import { MAX_FILE_BYTES } from "../engine";
import type { Host } from "../host/types";
export const limit = (host: Host) => `${host.kind} ${MAX_FILE_BYTES} ${document.title}`;
