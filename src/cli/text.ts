// The CLI's voice: picks the UI language and translates through the shared catalogs. Log- and
// URL-derived text goes through `shown` so a hostile log cannot drive the terminal.
import { textsFor } from "../engine/i18n/catalogs";
import { toUiLanguage, type Translate, type UiLanguage } from "../engine/i18n";

export interface CliText {
  lang: UiLanguage;
  t: Translate;
}

export function cliText(lang: UiLanguage): CliText {
  return textsFor(lang);
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
