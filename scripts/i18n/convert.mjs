// npm run i18n:convert
// Puts every text in the file English has it in. Run after English moves texts between files, and on a
// translation made before such a move. It also did the one-time move of the TypeScript catalogs
// (src/engine/i18n/{en,da}/*.ts) to JSON, recording for Danish the English it was translated from.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { I18N, LOCALES, tsAreas, readAreas, splitLike, writeAreas, writeJson, sourceFile, hash, ordered, AREAS } from "./lib.mjs";

// The pane's texts for the views it loads lazily (logs, result, ask my admin, admin mode, the report, the
// admin's side of each cause, the symptoms, policies and input messages): the first chunk stays small.
const isViewText = (k) =>
  ["report.", "ui.ask.", "ui.logs.", "ui.result.", "ui.admin."].some((p) => k.startsWith(p)) ||
  /^cause\.[\w-]+\.(admin|verify|symptom|steps\.(classic|lightning)\.)/.test(k) ||
  /^cause\.(tellApart|policy|status|input)\./.test(k) ||
  k === "cause.retirement";

const TS_LANGS = ["en", "da"].filter((l) => existsSync(join(I18N, l, "index.ts")));
let en;
if (TS_LANGS.includes("en")) {
  en = await tsAreas("en");
  for (const lang of TS_LANGS) {
    const areas = lang === "en" ? en : await tsAreas(lang);
    writeAreas(lang, areas, en);
    if (lang !== "en") {
      const current = Object.assign({}, ...AREAS.map((a) => en[a]));
      const sources = {};
      for (const a of AREAS) for (const k of Object.keys(areas[a])) if (k in current) sources[k] = hash(current[k]);
      writeJson(sourceFile(lang), ordered(sources, current));
    }
    console.log(`${lang}: TypeScript catalog -> src/engine/i18n/locales/${lang}/`);
  }
} else en = await readAreas("en");

const moving = Object.keys(en.pane).filter(isViewText);
for (const k of moving) {
  en.views[k] = en.pane[k];
  delete en.pane[k];
}
if (moving.length) writeAreas("en", en, en);

let sorted = 0;
for (const lang of readdirSync(LOCALES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== "en")
  .map((d) => d.name)) {
  const before = await readAreas(lang);
  const after = splitLike(before, en);
  const moved = AREAS.reduce((n, a) => n + Object.keys(after[a]).filter((k) => !(k in (before[a] ?? {}))).length, 0);
  if (moved || moving.length) writeAreas(lang, after, en);
  sorted += moved;
}
console.log(`English: ${moving.length} texts moved to views.json. Other languages: ${sorted} texts moved to the file English has them in.`);
