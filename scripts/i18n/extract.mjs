// npm run i18n:extract -- <lang> [--all] [--out <file>]
// Writes what a translator must do for one language (missing and stale keys; --all: every key, for a
// review pass) with the English text to i18n-work/<lang>.json. Fill "translation", then npm run i18n:merge.
import { join, relative } from "node:path";
import { engineI18n, english, languageArg, languageStatus, writeJson, ROOT, WORK_DIR } from "./lib.mjs";

const USAGE = "Usage: npm run i18n:extract -- <lang> [--all] [--out <file>]";
const args = process.argv.slice(2);
const all = args.includes("--all");
const outAt = args.indexOf("--out");
const out = outAt >= 0 ? args[outAt + 1] : null;
const lang = await languageArg(
  args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--out"),
  USAGE,
);
if (lang === "en") {
  console.error("English is the source: edit src/engine/i18n/locales/en/*.json directly.");
  process.exit(2);
}
const { LANGUAGES } = await engineI18n();
const meta = LANGUAGES.find((l) => l.id === lang);
const en = await english();
const s = await languageStatus(lang, en);

const messages = {};
for (const key of Object.keys(s.en)) {
  const isMissing = s.missing.includes(key);
  const isStale = s.stale.includes(key) || s.untracked.includes(key);
  if (!all && !isMissing && !isStale) continue;
  const entry = { en: s.en[key], translation: isMissing ? "" : s.tr[key] };
  entry.status = isMissing ? "missing" : s.stale.includes(key) ? "stale" : s.untracked.includes(key) ? "untracked" : "done";
  if (s.stale.includes(key)) entry.note = "The English text changed since this translation was made: check it against the new English.";
  messages[key] = entry;
}

const file = out ?? join(WORK_DIR, `${lang}.json`);
writeJson(file, {
  language: lang,
  name: meta.name,
  salesforce: meta.salesforce,
  howTo: [
    'Fill every "translation"; leave "en" as it is. Then: npm run i18n:merge -- ' + relative(ROOT, file),
    "Terms: docs/i18n/glossary.md (section " +
      meta.salesforce +
      "). Setup paths and quoted Setup labels stay in English unless the glossary gives a published translation.",
    "Keep every {name} exactly. In {count, plural, ...} translate inside the branches, keep #, and give the branches this language has (other is always needed).",
    "Never translate log text, metadata values, file names, label keys or <<Unknown Label:...>>.",
  ],
  messages,
});
const counts = Object.values(messages).reduce((m, e) => ((m[e.status] = (m[e.status] ?? 0) + 1), m), {});
console.log(
  `${relative(ROOT, file)}: ${Object.keys(messages).length} keys for ${lang} (${
    Object.entries(counts)
      .map(([k, v]) => `${v} ${k}`)
      .join(", ") || "nothing to do"
  })`,
);
