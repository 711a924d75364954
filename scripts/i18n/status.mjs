// npm run i18n:status [-- <lang>…] [--keys] [--json]
// Per language: keys translated, missing (no text), extra (not in English), stale (the English text
// changed since the translation was made), untracked (no record of the English it was made from) and broken (a placeholder or plural that does not match English).
import { engineI18n, english, languageStatus, languageArg } from "./lib.mjs";

const args = process.argv.slice(2);
const showKeys = args.includes("--keys");
const asJson = args.includes("--json");
const { UI_LANGUAGES, REQUIRED_LANGUAGES } = await engineI18n();
const picked = args.filter((a) => !a.startsWith("--"));
const langs = picked.length
  ? await Promise.all(picked.map((a) => languageArg(a, "Usage: npm run i18n:status -- [lang…] [--keys] [--json]")))
  : UI_LANGUAGES.filter((l) => l !== "en");

const en = await english();
const rows = [];
for (const lang of langs) rows.push(await languageStatus(lang, en));

if (asJson) {
  const out = rows.map(({ lang, total, translated, missing, extra, stale, untracked, broken }) => ({
    lang,
    total,
    translated,
    missing,
    extra,
    stale,
    untracked,
    broken,
  }));
  console.log(JSON.stringify(out, null, 2));
} else {
  console.log(
    `${"language".padEnd(9)} ${"done".padStart(9)} ${"missing".padStart(8)} ${"extra".padStart(6)} ${"stale".padStart(6)} ${"untracked".padStart(9)} ${"broken".padStart(7)}  required`,
  );
  for (const r of rows) {
    const done = `${r.translated}/${r.total}`;
    const req = REQUIRED_LANGUAGES.includes(r.lang) ? "yes" : "";
    console.log(
      `${r.lang.padEnd(9)} ${done.padStart(9)} ${String(r.missing.length).padStart(8)} ${String(r.extra.length).padStart(6)} ${String(r.stale.length).padStart(6)} ${String(r.untracked.length).padStart(9)} ${String(r.broken.length).padStart(7)}  ${req}`,
    );
    if (showKeys) {
      for (const [what, keys] of [
        ["missing", r.missing],
        ["extra", r.extra],
        ["stale", r.stale],
        ["untracked", r.untracked],
      ])
        for (const k of keys) console.log(`    ${what.padEnd(9)} ${k}`);
      for (const b of r.broken) console.log(`    broken    ${b.key}: ${b.problem}`);
    }
  }
  if (!showKeys) console.log("\n--keys lists the keys; npm run i18n:extract -- <lang> writes the missing and stale ones for translation.");
}
