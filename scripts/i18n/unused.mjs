// npm run i18n:unused [-- --remove] [--json]
// English keys no code can reach, so no language keeps text nobody reads. A key is reached when the
// sources (src/, outside the catalogs) hold it as a string literal, or when a template literal's type
// includes it: `t(`cause.${id}.title`)` with `id: CauseId` has the type of all twelve keys, read from
// the TypeScript checker, so a key family is exact, never a prefix guess. A template with a free
// `${string}` hole reaches every key it matches (those "open" patterns are listed). --remove deletes
// the unused keys from every language's catalogs and translated-from.json.
import { readdirSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import ts from "typescript";
import { AREAS, ROOT, engineI18n, english, readAreas, readJson, sourceFile, writeAreas, writeJson } from "./lib.mjs";

const args = process.argv.slice(2);
const remove = args.includes("--remove");
const asJson = args.includes("--json");

const SRC = join(ROOT, "src");
const sources = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : /\.tsx?$/.test(f) ? [p] : [];
  });

/** The keys the sources reach (literal strings and the literal types of template literals), and the open patterns. */
function reachedKeys() {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  // Test globals play no part in the product's keys; leaving them out keeps the program smaller.
  const program = ts.createProgram(sources(SRC), { ...config.options, noEmit: true, types: [] });
  const checker = program.getTypeChecker();
  const literals = new Set();
  const open = [];
  for (const file of program.getSourceFiles()) {
    // The catalogs themselves (JSON) are what is checked, not a use.
    if (!file.fileName.startsWith(SRC.split(sep).join("/")) || file.fileName.endsWith(".json")) continue;
    const visit = (node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
      else if (ts.isTemplateExpression(node)) {
        const type = checker.getTypeAtLocation(node);
        for (const part of type.isUnion() ? type.types : [type]) {
          if (part.isStringLiteral()) literals.add(part.value);
          else if (part.flags & ts.TypeFlags.TemplateLiteral) {
            const where = `${file.fileName.slice(ROOT.length + 1)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
            open.push({
              where,
              pattern: part.texts.join("${string}"),
              regex: new RegExp(`^${part.texts.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`),
            });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { literals, open };
}

const en = await english();
const { literals, open } = reachedKeys();
const unused = AREAS.flatMap((area) =>
  Object.keys(en[area])
    .filter((k) => !literals.has(k) && !open.some((o) => o.regex.test(k)))
    .map((key) => ({ area, key })),
);

if (remove && unused.length > 0) {
  const gone = new Set(unused.map((u) => u.key));
  const keep = (texts) => Object.fromEntries(Object.entries(texts).filter(([k]) => !gone.has(k)));
  const englishAfter = Object.fromEntries(AREAS.map((a) => [a, keep(en[a])]));
  const { UI_LANGUAGES } = await engineI18n();
  for (const lang of UI_LANGUAGES) {
    const areas = await readAreas(lang);
    writeAreas(lang, Object.fromEntries(AREAS.map((a) => [a, keep(areas[a] ?? {})])), englishAfter);
    const made = readJson(sourceFile(lang), null);
    if (made) writeJson(sourceFile(lang), keep(made));
  }
}

if (asJson) {
  console.log(
    JSON.stringify(
      {
        unused,
        removed: remove ? unused.map((u) => u.key) : [],
        open: open
          .filter((o) => AREAS.some((a) => Object.keys(en[a]).some((k) => o.regex.test(k))))
          .map(({ where, pattern }) => ({ where, pattern })),
      },
      null,
      2,
    ),
  );
} else {
  for (const o of open)
    if (AREAS.some((a) => Object.keys(en[a]).some((k) => o.regex.test(k)))) console.log(`open pattern  ${o.pattern}  (${o.where})`);
  for (const u of unused) console.log(`${remove ? "removed" : "unused "}  ${u.area}.json  ${u.key}`);
  console.log(
    unused.length === 0
      ? "Every English key is reached by the code."
      : remove
        ? `${unused.length} keys removed from all languages.`
        : `${unused.length} English keys no code reaches: npm run i18n:unused -- --remove deletes them from every language.`,
  );
}
process.exitCode = unused.length > 0 && !remove ? 1 : 0;
