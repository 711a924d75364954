// npm run i18n:merge -- <file> [--dry-run]
// Puts the translations of an i18n:extract file back into src/engine/i18n/locales/<lang>/ and records
// which English text each was made from. A translation whose placeholders or plurals do not match
// English is refused (and listed); keys English no longer has are dropped.
import {
  readJson,
  english,
  areaOf,
  readAreas,
  splitLike,
  writeAreas,
  writeJson,
  sourceFile,
  hash,
  engineI18n,
  ordered,
  AREAS,
} from "./lib.mjs";

const USAGE = "Usage: npm run i18n:merge -- <file from i18n:extract> [--dry-run]";
const args = process.argv.slice(2);
const dry = args.includes("--dry-run");
const file = args.find((a) => !a.startsWith("--"));
if (!file) {
  console.error(USAGE);
  process.exit(2);
}
let work;
try {
  work = readJson(file);
} catch (e) {
  console.error(`${e.message}\n${USAGE}`);
  process.exit(2);
}
const { uiLanguageOf, translationProblems } = await engineI18n();
const lang = uiLanguageOf(work.language);
if (!lang || lang === "en" || typeof work.messages !== "object" || work.messages === null) {
  console.error(`${file} is not an i18n:extract file for one of the 17 translated languages (needs "language" and "messages").`);
  process.exit(2);
}

const en = await english();
const area = areaOf(en);
// keys go to the file English has them in, also in a translation made before English moved them
const areas = splitLike(await readAreas(lang), en);
const sources = readJson(sourceFile(lang), {});
const current = Object.assign({}, ...AREAS.map((a) => en[a]));
const refused = [];
const changedSince = [];
let merged = 0;
for (const [key, entry] of Object.entries(work.messages)) {
  const text = typeof entry?.translation === "string" ? entry.translation : "";
  if (text.trim() === "") continue;
  if (!area.has(key)) {
    refused.push(`${key}: English has no such key (any more)`);
    continue;
  }
  const madeFrom = typeof entry.en === "string" ? entry.en : current[key];
  const problems = translationProblems(madeFrom, text, lang);
  if (problems.length) {
    refused.push(`${key}: ${problems.join("; ")}`);
    continue;
  }
  if (madeFrom !== current[key]) changedSince.push(key);
  for (const a of AREAS) delete areas[a][key];
  areas[area.get(key)][key] = text;
  sources[key] = hash(madeFrom);
  merged++;
}
const dropped = [];
for (const a of AREAS)
  for (const k of Object.keys(areas[a]))
    if (!area.has(k)) {
      dropped.push(k);
      delete areas[a][k];
    }
for (const k of Object.keys(sources)) if (!area.has(k)) delete sources[k];

if (!dry) {
  writeAreas(lang, areas, en);
  writeJson(sourceFile(lang), ordered(sources, current));
}
console.log(`${dry ? "(dry run) " : ""}${lang}: ${merged} merged, ${refused.length} refused, ${dropped.length} dropped (not in English).`);
for (const r of refused) console.log(`  refused  ${r}`);
for (const k of dropped) console.log(`  dropped  ${k}`);
if (changedSince.length) console.log(`  ${changedSince.length} made from an older English text: npm run i18n:status shows them as stale.`);
process.exit(refused.length ? 1 : 0);
