// Allowed in the worker: the engine, worker globals and the web streams that undo GZIP.
import { MAX_FILE_BYTES } from "../engine";
export const gunzip = () => new DecompressionStream("gzip").readable;
self.postMessage(MAX_FILE_BYTES);
