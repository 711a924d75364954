// Allowed in the engine: relative imports, the language, TextDecoder/TextEncoder.
import { MAX_FILE_BYTES } from "./index";
export const text = new TextDecoder("utf-8").decode(new TextEncoder().encode(String(MAX_FILE_BYTES)));
