// npm run i18n:convert
// One-time move of the TypeScript catalogs (src/engine/i18n/{en,da}/*.ts) to the JSON shape the rest
// of the languages use: locales/<lang>/pane.json (what the pane shows: pane.ts) and cli.json (the rest
// of index.ts), plus Danish's record of the English it was translated from (taken as today's English).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { I18N, tsAreas, writeAreas, writeJson, sourceFile, hash, ordered, AREAS } from "./lib.mjs";

const TS_LANGS = ["en", "da"].filter((l) => existsSync(join(I18N, l, "index.ts")));
if (TS_LANGS.length === 0) {
  console.log("Nothing to convert: the catalogs are JSON already (src/engine/i18n/locales/).");
  process.exit(0);
}
if (!TS_LANGS.includes("en")) {
  console.error("src/engine/i18n/en/index.ts is missing: English is the source, convert it first.");
  process.exit(1);
}
const en = await tsAreas("en");
for (const lang of TS_LANGS) {
  const areas = lang === "en" ? en : await tsAreas(lang);
  writeAreas(lang, areas, en);
  const counts = AREAS.map((a) => `${Object.keys(areas[a]).length} ${a}`).join(", ");
  if (lang !== "en") {
    const current = Object.assign({}, ...AREAS.map((a) => en[a]));
    const sources = {};
    for (const a of AREAS) for (const k of Object.keys(areas[a])) if (k in current) sources[k] = hash(current[k]);
    writeJson(sourceFile(lang), ordered(sources, current));
  }
  console.log(`${lang}: ${counts} -> src/engine/i18n/locales/${lang}/`);
}
console.log("Next: point the imports at the JSON files and delete src/engine/i18n/{en,da}/ (docs/i18n/README.md).");
