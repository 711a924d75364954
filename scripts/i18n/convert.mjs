// npm run i18n:convert
// One-time move of the TypeScript catalogs (src/engine/i18n/{en,da}/*.ts) to the JSON shape the rest
// of the languages use: locales/<lang>/pane.json (what the pane shows: pane.ts) and cli.json (the rest
// of index.ts, with the org view's texts in org.json), plus Danish's record of the English it was translated from (taken as today's English).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { I18N, LOCALES, tsAreas, readAreas, splitLike, writeAreas, writeJson, sourceFile, hash, ordered, AREAS } from "./lib.mjs";
import { readdirSync } from "node:fs";

const TS_LANGS = ["en", "da"].filter((l) => existsSync(join(I18N, l, "index.ts")));
// The pane's texts for the views it loads lazily (logs, result, ask my admin, admin mode, the report, and
// the admin's side of each cause, the symptoms, policies and input messages), so that the language chunk of the first bundle stays small.
const isViewText = (k) =>
  ["report.", "ui.ask.", "ui.logs.", "ui.result.", "ui.admin."].some((p) => k.startsWith(p)) ||
  /^cause\.[\w-]+\.(admin|verify|symptom|steps\.(classic|lightning)\.)/.test(k) ||
  /^cause\.(tellApart|policy|status|input)\./.test(k) ||
  k === "cause.retirement";
if (TS_LANGS.length === 0) {
  const en = await readAreas("en");
  const moving = Object.keys(en.pane).filter(isViewText);
  if (moving.length === 0) {
    console.log("Nothing to convert: the catalogs are JSON already (src/engine/i18n/locales/).");
    process.exit(0);
  }
  for (const k of moving) {
    en.views[k] = en.pane[k];
    delete en.pane[k];
  }
  writeAreas("en", en, en);
  for (const lang of readdirSync(LOCALES, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "en").map((d) => d.name)) {
    writeAreas(lang, splitLike(await readAreas(lang), en), en);
  }
  console.log(`Moved ${moving.length} texts of the lazily loaded views to views.json in every language.`);
  process.exit(0);
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
// Languages already in JSON: their keys go to the area files English has them in (org.* to org.json).
for (const lang of readdirSync(LOCALES, { withFileTypes: true }).filter((d) => d.isDirectory() && !TS_LANGS.includes(d.name)).map((d) => d.name)) {
  writeAreas(lang, splitLike(await readAreas(lang), en), en);
}
console.log("The TypeScript catalogs can go: src/engine/i18n/locales/index.ts and the side-panel labels read the JSON.");
