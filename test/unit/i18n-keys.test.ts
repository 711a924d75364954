// No text is kept that no code can show: every English key is reached by the sources (a literal, or a
// member of a typed key family such as `cause.${CauseId}.title`), so translators never translate dead
// text. Checked by the kit's `npm run i18n:unused` on a copy of the catalogs with one planted key, which
// it must find and remove from all 18 languages, leaving every other text as it is.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { UI_LANGUAGES } from "../../src/engine/i18n";

const ROOT = join(__dirname, "..", "..");
const LOCALES = join(ROOT, "src", "engine", "i18n", "locales");
const PLANTED = "ui.logs.neverShown";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sfo-i18n-unused-"));
  cpSync(LOCALES, join(dir, "locales"), { recursive: true });
  // A text the code never asks for, translated and tracked in every language, as a forgotten key would be.
  for (const lang of UI_LANGUAGES) {
    const views = join(dir, "locales", lang, "views.json");
    writeFileSync(
      views,
      JSON.stringify({ ...JSON.parse(readFileSync(views, "utf8")), [PLANTED]: `never shown (${lang})` }, null, 2) + "\n",
    );
    const made = join(dir, "locales", lang, "translated-from.json");
    if (lang !== "en")
      writeFileSync(made, JSON.stringify({ ...JSON.parse(readFileSync(made, "utf8")), [PLANTED]: "000000000000" }, null, 2) + "\n");
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("unused catalog keys", () => {
  jest.setTimeout(240_000); // the TypeScript checker reads all of src/ once: about 20 s alone, a minute on a busy machine

  it("finds none but the planted one, and removes it from every language and its translation record", () => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "i18n", "unused.mjs"), "--remove", "--json"], {
      env: { ...process.env, SFO_I18N_LOCALES: join(dir, "locales") },
      encoding: "utf8",
    });
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { unused: { area: string; key: string }[]; open: { pattern: string }[] };
    // An English key here is text nobody reads: use it, or run `npm run i18n:unused -- --remove`.
    expect(report.unused.filter((u) => u.key !== PLANTED)).toEqual([]);
    expect(report.unused).toEqual([{ area: "views", key: PLANTED }]);
    // Every dynamic key is a typed family: no `${string}` pattern reaches a key unchecked.
    expect(report.open).toEqual([]);

    // After removal the copy is the repository's catalogs again, byte for byte, in all 18 languages.
    for (const lang of UI_LANGUAGES) {
      for (const file of readdirSync(join(LOCALES, lang))) {
        expect([lang, file, readFileSync(join(dir, "locales", lang, file), "utf8")]).toEqual([
          lang,
          file,
          readFileSync(join(LOCALES, lang, file), "utf8"),
        ]);
      }
    }
  });
});
