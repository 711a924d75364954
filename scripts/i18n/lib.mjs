// Shared by the translation kit (status, extract, merge, convert): where catalogs live, how to read
// and write them, and the engine's own language list and ICU checks (bundled from TypeScript with esbuild).
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tmpdir } from "node:os";
import { build } from "esbuild";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const I18N = join(ROOT, "src", "engine", "i18n");
/** The catalogs; SFO_I18N_LOCALES points the kit at a copy (its tests do). */
export const LOCALES = process.env.SFO_I18N_LOCALES || join(I18N, "locales");
/**
 * Catalog areas, one JSON file each per language: what the pane's first views show (pane), what its
 * other views show (views: logs, result, ask my admin, admin mode, the report), the CLI's own texts, the
 * org view (sfo-doctor org and admin mode's org view), and the simulated side-panel labels (SFO's label
 * keys: loggedOut, oauthPolicy, loginButton …). English decides which area a key belongs to.
 */
export const AREAS = ["pane", "views", "cli", "org", "sidepanel"];
/** Per language: the hash of the English text each translation was made from (stale detection). */
export const SOURCE_FILE = "translated-from.json";
export const WORK_DIR = process.env.SFO_I18N_WORK || join(ROOT, "i18n-work");

let counter = 0;
/** Imports a TypeScript module (and what it imports) by bundling it to a temporary ES module. */
export async function importTs(entry) {
  const out = join(tmpdir(), `sfo-i18n-${process.pid}-${counter++}.mjs`);
  await build({ entryPoints: [join(ROOT, entry)], bundle: true, format: "esm", platform: "node", outfile: out, logLevel: "error" });
  return import(pathToFileURL(out).href);
}

let engine;
/** The engine's language list and translation checks. */
export async function engineI18n() {
  if (!engine) {
    const [languages, icu] = await Promise.all([importTs("src/engine/i18n/languages.ts"), importTs("src/engine/i18n/icu.ts")]);
    engine = { ...languages, ...icu };
  }
  return engine;
}

export const hash = (text) => createHash("sha256").update(text, "utf8").digest("hex").slice(0, 12);

export function readJson(file, fallback = undefined) {
  if (!existsSync(file)) {
    if (fallback !== undefined) return fallback;
    throw new Error(`${file} does not exist`);
  }
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new Error(`${file} is not valid JSON: ${e.message}`, { cause: e });
  }
}

/** Writes JSON the way the repository keeps it: two-space indent, UTF-8 as is, a final newline. */
export function writeJson(file, value) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** `obj` with its keys in the order of `order` (the English file), unknown keys last. */
export function ordered(obj, order) {
  const out = {};
  for (const k of Object.keys(order)) if (k in obj) out[k] = obj[k];
  for (const k of Object.keys(obj)) if (!(k in out)) out[k] = obj[k];
  return out;
}

const localeFile = (lang, area) => join(LOCALES, lang, `${area}.json`);
export const sourceFile = (lang) => join(LOCALES, lang, SOURCE_FILE);

/** A language's texts per area: its JSON files, or (before the JSON move) its TypeScript catalog. */
export async function readAreas(lang) {
  if (existsSync(localeFile(lang, "pane"))) return Object.fromEntries(AREAS.map((a) => [a, readJson(localeFile(lang, a), {})]));
  if (existsSync(join(I18N, lang, "index.ts"))) return tsAreas(lang);
  return Object.fromEntries(AREAS.map((a) => [a, {}]));
}

/**
 * The areas of a TypeScript catalog: pane.ts is the pane's, org.ts the org view's, the rest of index.ts
 * the CLI's; the side-panel labels are the language's set in src/engine/sidepanel/labels.ts.
 */
export async function tsAreas(lang) {
  const hasOrg = existsSync(join(I18N, lang, "org.ts"));
  const [pane, all, org, labels] = await Promise.all([
    importTs(`src/engine/i18n/${lang}/pane.ts`),
    importTs(`src/engine/i18n/${lang}/index.ts`),
    hasOrg ? importTs(`src/engine/i18n/${lang}/org.ts`) : { default: {} },
    importTs("src/engine/sidepanel/labels.ts"),
  ]);
  const cli = Object.fromEntries(Object.entries(all.default).filter(([k]) => !(k in pane.default) && !(k in org.default)));
  const sf = lang === "en" ? "en_US" : lang;
  return { pane: { ...pane.default }, cli, org: { ...org.default }, sidepanel: { ...labels.SIDE_PANEL_LABELS[sf] } };
}

/** A language's texts, whatever file they sit in, split into areas the way English has them (unknown keys stay where they were). */
export function splitLike(areas, english) {
  const area = areaOf(english);
  const out = Object.fromEntries(AREAS.map((a) => [a, {}]));
  for (const a of AREAS) for (const [k, v] of Object.entries(areas[a] ?? {})) out[area.get(k) ?? a][k] = v;
  return out;
}

export function writeAreas(lang, areas, english) {
  for (const a of AREAS) writeJson(localeFile(lang, a), ordered(areas[a] ?? {}, english[a]));
}

/** Key -> area in English. */
export function areaOf(english) {
  const map = new Map();
  for (const a of AREAS) for (const k of Object.keys(english[a])) map.set(k, a);
  return map;
}

/**
 * Missing, extra, stale (English changed since the translation), untracked (no record of the English it
 * was made from) and broken (ICU shape differs from English) keys of one language.
 */
export async function languageStatus(lang, english) {
  const { translationProblems } = await engineI18n();
  const areas = await readAreas(lang);
  const sources = readJson(sourceFile(lang), {});
  const en = Object.assign({}, ...AREAS.map((a) => english[a]));
  const tr = Object.assign({}, ...AREAS.map((a) => areas[a]));
  const missing = Object.keys(en).filter((k) => !(k in tr) || tr[k].trim() === "");
  const extra = Object.keys(tr).filter((k) => !(k in en));
  const done = (k) => k in tr && tr[k].trim() !== "";
  const stale = Object.keys(en).filter((k) => done(k) && k in sources && sources[k] !== hash(en[k]));
  // Translated by hand, not through i18n:merge: no record of which English it was made from.
  const untracked = Object.keys(en).filter((k) => done(k) && !(k in sources));
  const broken = Object.keys(en)
    .filter((k) => k in tr && tr[k].trim() !== "")
    .flatMap((k) => translationProblems(en[k], tr[k], lang).map((p) => ({ key: k, problem: p })));
  return {
    lang,
    total: Object.keys(en).length,
    translated: Object.keys(en).length - missing.length,
    missing,
    extra,
    stale,
    untracked,
    broken,
    en,
    tr,
    sources,
  };
}

export const english = () => readAreas("en");

/** A language argument in any form (de, de-DE, pt_BR, zh-Hant) as our id; exits with a clear message otherwise. */
export async function languageArg(arg, usage) {
  const { uiLanguageOf, UI_LANGUAGES } = await engineI18n();
  const id = arg ? uiLanguageOf(arg) : null;
  if (!id) {
    console.error(
      `${arg ? `"${arg}" is not one of the 18 languages` : "no language given"}. ${usage}\nLanguages: ${UI_LANGUAGES.join(", ")}`,
    );
    process.exit(2);
  }
  return id;
}
