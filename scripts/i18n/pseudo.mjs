// npm run i18n:pseudo -- <lang>… [--restore]
// Fills languages that have no translation yet with pseudo-text in their script and shape (Cyrillic and
// longer for ru, Thai without spaces, CJK without spaces, German and Finnish compounds …), so layout and
// size can be tried before translators deliver. Every pseudo message is wrapped in ⟦…⟧, which the
// catalog test refuses: pseudo-text can never land. --restore empties those languages again.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { english, engineI18n, languageArg, readAreas, writeAreas, writeJson, LOCALES, AREAS } from "./lib.mjs";

const args = process.argv.slice(2);
const restore = args.includes("--restore");
const langs = await Promise.all(
  args.filter((a) => !a.startsWith("--")).map((a) => languageArg(a, "Usage: npm run i18n:pseudo -- <lang>… [--restore]")),
);

const CYR = Object.fromEntries([..."abcdefghijklmnopqrstuvwxyz"].map((c, i) => [c, "абцдефгхийклмнопярстувшжыз"[i]]));
const THAI = "กขคงจฉชซญดตถทนบปผพฟภมยรลวศสหอฮะาิีึืุูเแโใไ";
const HAN = "設定接続更新権限証明政策登録履歴範囲時間管理応用程序令牌刷新側面板通知領域";
const HANGUL = "연결된앱새로고침토큰정책설정로그인기록프로필권한세트범위시간";
const pick = (set, word, n) =>
  Array.from({ length: n }, (_, i) => set[(word.charCodeAt(i % word.length) * 7 + i * 13) % set.length]).join("");

const WORD = /[A-Za-z]+/g;
const shapes = {
  ru: (t) => t.replace(WORD, (w) => [...w.toLowerCase()].map((c) => CYR[c] ?? c).join("") + (w.length > 4 ? "ой" : "")),
  th: (t) =>
    t.replace(WORD, (w) => pick(THAI, w, Math.max(2, Math.round(w.length * 0.9)))).replace(/(?<=[\u0E00-\u0E7F]) (?=[\u0E00-\u0E7F])/g, ""),
  cjk: (t) =>
    t
      .replace(WORD, (w) => pick(HAN, w, Math.max(1, Math.round(w.length / 2.5))))
      .replace(/(?<=[\u3400-\u9FFF]) (?=[\u3400-\u9FFF])/g, "")
      .replace(/\. /g, "。")
      .replace(/, /g, "、"),
  ko: (t) => t.replace(WORD, (w) => pick(HANGUL, w, Math.max(1, Math.round(w.length / 2)))),
  compound: (t) => t.replace(/([A-Za-z]{3,}) ([a-z]{3,})/g, "$1$2").replace(WORD, (w) => (w.length > 5 ? w + w.slice(-4) + "ung" : w)),
  latin: (t) => t.replace(WORD, (w) => (w.length > 3 ? w.replace(/a/g, "á").replace(/e/g, "é") + "ción" : w)),
};
const SHAPE = {
  ru: "ru",
  th: "th",
  ja: "cjk",
  "zh-CN": "cjk",
  "zh-TW": "cjk",
  ko: "ko",
  de: "compound",
  fi: "compound",
  nl: "compound",
  sv: "compound",
  da: "compound",
  no: "compound",
};

function closeOf(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** Reshapes the text of a message, keeping every argument and plural/select structure (and #) as is. */
function reshape(msg, shape) {
  let out = "";
  let i = 0;
  while (i < msg.length) {
    const open = msg.indexOf("{", i);
    if (open < 0) break;
    const close = closeOf(msg, open);
    if (close < 0) break;
    out += msg.slice(i, open).split("#").map(shape).join("#");
    const inner = msg.slice(open + 1, close);
    const m = /^(\s*\w+\s*,\s*(?:plural|select)\s*,)([\s\S]*)$/.exec(inner);
    if (m) {
      let body = "";
      let at = 0;
      const re = /(\s*[^\s{}]+\s*)\{/y;
      for (;;) {
        re.lastIndex = at;
        const b = re.exec(m[2]);
        if (!b) break;
        const bOpen = b.index + b[0].length - 1;
        const bClose = closeOf(m[2], bOpen);
        body += `${b[1]}{${reshape(m[2].slice(bOpen + 1, bClose), shape)}}`;
        at = bClose + 1;
      }
      out += `{${m[1]}${body}${m[2].slice(at)}}`;
    } else out += msg.slice(open, close + 1);
    i = close + 1;
  }
  return out + msg.slice(i).split("#").map(shape).join("#");
}

const { translationProblems } = await engineI18n();
const en = await english();
for (const lang of langs) {
  if (lang === "en" || lang === "da") {
    console.error(`${lang} has real texts; pseudo-text is only for languages not yet translated.`);
    process.exit(2);
  }
  if (restore) {
    writeAreas(lang, Object.fromEntries(AREAS.map((a) => [a, {}])), en);
    const src = join(LOCALES, lang, "translated-from.json");
    if (existsSync(src)) writeJson(src, {});
    console.log(`${lang}: emptied`);
    continue;
  }
  const now = await readAreas(lang);
  if (AREAS.some((a) => Object.values(now[a]).some((v) => !v.startsWith("⟦")))) {
    console.error(`${lang} has real translations: not overwriting them with pseudo-text.`);
    process.exit(2);
  }
  const shape = shapes[SHAPE[lang] ?? "latin"];
  const areas = Object.fromEntries(
    AREAS.map((a) => [a, Object.fromEntries(Object.entries(en[a]).map(([k, v]) => [k, `⟦${reshape(v, shape)}⟧`]))]),
  );
  // Plural branches the language needs beyond English's (ru: few, many); ja, ko, th, zh: only other.
  const cats = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  for (const a of AREAS)
    for (const [k, v] of Object.entries(areas[a])) {
      let fixed = v.replace(/(\{\s*\w+\s*,\s*plural\s*,[\s\S]*?)\bone\s*\{/g, (m0, head) => (cats.includes("one") ? m0 : `${head}=1 {`));
      for (const c of ["few", "many", "two", "zero"])
        if (cats.includes(c) && /,\s*plural\s*,/.test(fixed) && !new RegExp(`\\b${c}\\s*\\{`).test(fixed))
          fixed = fixed.replace(/\bother\s*\{/, (o) => `${c} {#} ${o}`);
      areas[a][k] = fixed;
      const p = translationProblems(en[a][k], fixed, lang);
      if (p.length) console.warn(`  ${lang} ${k}: ${p.join("; ")}`);
    }
  writeAreas(lang, areas, en);
  console.log(`${lang}: pseudo-text written (${AREAS.map((a) => `${Object.keys(areas[a]).length} ${a}`).join(", ")})`);
}
