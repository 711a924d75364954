// Allowed in the engine: relative imports (its own JSON catalogs too), the language, TextDecoder/TextEncoder.
import { MAX_FILE_BYTES } from "./index";
import cli from "./i18n/locales/en/cli.json";
export const text = new TextDecoder("utf-8").decode(new TextEncoder().encode(String(MAX_FILE_BYTES)));
export const keys = Object.keys(cli).length;
