// The translation kit on a copy of the catalogs: extract writes what a translator must do, merge puts
// good translations back and refuses broken ones, status counts missing, stale and broken keys.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = join(__dirname, "..", "..");
let dir: string;
let env: NodeJS.ProcessEnv;

const kit = (script: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "i18n", `${script}.mjs`), ...args], { env, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const readJson = (...p: string[]) => JSON.parse(readFileSync(join(dir, ...p), "utf8"));
const status = (lang: string) => JSON.parse(kit("status", lang, "--json").out)[0];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sfo-i18n-kit-"));
  cpSync(join(ROOT, "src", "engine", "i18n", "locales"), join(dir, "locales"), { recursive: true });
  for (const area of ["pane", "views", "cli", "org", "sidepanel"]) writeFileSync(join(dir, "locales", "fr", `${area}.json`), "{}\n");
  env = { ...process.env, SFO_I18N_LOCALES: join(dir, "locales"), SFO_I18N_WORK: join(dir, "work") };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the translation kit", () => {
  jest.setTimeout(60_000);

  it("extracts every key a translator must do, with its English, for a language named in any form", () => {
    const run = kit("extract", "fr_FR");
    expect(run.code).toBe(0);
    const work = readJson("work", "fr.json");
    const en = readJson("locales", "en", "pane.json");
    expect(work.language).toBe("fr");
    expect(work.messages["ui.app.title"]).toEqual({ en: en["ui.app.title"], translation: "", status: "missing" });
    expect(Object.keys(work.messages).length).toBe(status("fr").total);
  });

  it("merges good translations into the right file, refuses a dropped placeholder, and records the English it was made from", () => {
    const work = readJson("work", "fr.json");
    const withParam = Object.keys(work.messages).find((k) => /\{\w+\}/.test(work.messages[k].en) && k.startsWith("ui."))!;
    work.messages["ui.app.title"].translation = "SFO Sign-in Doctor";
    work.messages["cli.usage.noCommand"].translation = "Aucune commande.";
    work.messages[withParam].translation = "sans paramètre";
    writeFileSync(join(dir, "work", "fr.json"), JSON.stringify(work));
    const run = kit("merge", join(dir, "work", "fr.json"));
    expect(run.code).toBe(1);
    expect(run.out).toContain(`refused  ${withParam}: missing {`);
    expect(readJson("locales", "fr", "pane.json")).toEqual({ "ui.app.title": "SFO Sign-in Doctor" });
    expect(readJson("locales", "fr", "cli.json")).toEqual({ "cli.usage.noCommand": "Aucune commande." });
    const s = status("fr");
    expect([s.translated, s.stale.length, s.broken.length]).toEqual([2, 0, 0]);
  });

  it("shows a translation as stale once its English changes", () => {
    const file = join(dir, "locales", "en", "pane.json");
    const en = JSON.parse(readFileSync(file, "utf8"));
    en["ui.app.title"] = "SFO Sign-in Doctor, renamed";
    writeFileSync(file, JSON.stringify(en));
    expect(status("fr").stale).toEqual(["ui.app.title"]);
    expect(readJson("work", "fr.json") && kit("extract", "fr").out).toMatch(/1 stale/);
  });

  it("refuses a file that is not an extract, and a language outside the 18, with exit 2", () => {
    writeFileSync(join(dir, "bad.json"), "{}");
    expect(kit("merge", join(dir, "bad.json")).code).toBe(2);
    expect(kit("extract", "pl").code).toBe(2);
  });
});
