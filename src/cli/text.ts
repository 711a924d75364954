// The CLI's voice: picks the UI language and translates through the shared catalogs. Log- and
// URL-derived text goes through `shown` so a hostile log cannot drive the terminal.
// English is bundled (every other language falls back to it); another language's catalog is read when
// asked for, so the bundle carries one language, not 18, and starts faster.
import * as fs from "node:fs";
import * as path from "node:path";
import { toUiLanguage, translate, type Catalog, type Translate, type UiLanguage } from "../engine/i18n";
import { CATALOG_AREAS } from "../engine/i18n/languages";
import enPane from "../engine/i18n/locales/en/pane.json";
import enViews from "../engine/i18n/locales/en/views.json";
import enCli from "../engine/i18n/locales/en/cli.json";
import enOrg from "../engine/i18n/locales/en/org.json";

export interface CliText {
  lang: UiLanguage;
  t: Translate;
}

const EN: Catalog = { ...enPane, ...enViews, ...enCli, ...enOrg };
const loaded = new Map<UiLanguage, Catalog>([["en", EN]]);

const readJson = (file: string): Catalog => JSON.parse(fs.readFileSync(file, "utf8")) as Catalog;

/** A language's catalog: lib/locales/<lang>.json next to the bundle (scripts/build-cli.mjs), or the catalog files when run from the sources. */
function catalogOf(lang: UiLanguage): Catalog {
  let catalog = loaded.get(lang);
  if (catalog) return catalog;
  try {
    // Stryker disable next-line StringLiteral: only the bundle has lib/locales (run from the sources, the catch reads the catalogs); languages.test.ts checks the built CLI's languages
    catalog = readJson(path.join(__dirname, "locales", `${lang}.json`));
  } catch {
    const dir = path.join(__dirname, "..", "engine", "i18n", "locales", lang);
    try {
      catalog = Object.assign({}, ...CATALOG_AREAS.map((area) => readJson(path.join(dir, `${area}.json`)))) as Catalog;
    } catch {
      catalog = {}; // an install without its language files still speaks English
    }
  }
  // Stryker disable next-line CallExpression: a cache; without it the same catalog is read again, to the same text
  loaded.set(lang, catalog);
  return catalog;
}

export function cliText(lang: UiLanguage): CliText {
  const catalog = catalogOf(lang);
  return { lang, t: (key, params) => translate(catalog, key, params, EN, lang) };
}

/** `--lang` wins; otherwise the POSIX locale variables, otherwise English. */
export function pickLanguage(flag: string | null, env: Record<string, string | undefined>): UiLanguage {
  return toUiLanguage(flag ?? (env.LC_ALL || env.LC_MESSAGES || env.LANG || null));
}

// Control characters (ESC, CSI, BEL …) and bidi overrides that could reorder what is shown.
const CONTROL = /[\p{Cc}\u202a-\u202e\u2066-\u2069]/gu;

/** Text from a log, URL or folder name, made safe to print on a terminal. */
export function shown(text: string, max = 400): string {
  const safe = text.replace(/\t/g, " ").replace(CONTROL, "\uFFFD");
  return safe.length > max ? `${safe.slice(0, max - 1)}…` : safe;
}
