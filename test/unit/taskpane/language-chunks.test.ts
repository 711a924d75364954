// Every language's lazy chunks load that language's own files: a loader pointing at another language's
// file (a copy-paste slip in a table of 18) would show a Finnish user German texts or side-panel labels.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { toSalesforceLanguage, UI_LANGUAGES } from "../../../src/engine/i18n";
import { labelText } from "../../../src/engine/sidepanel/labels";
import { ORG_CATALOGS, PANE_CATALOGS, VIEW_CATALOGS } from "../../../src/taskpane/language-chunks";

const LOCALES = path.resolve(__dirname, "../../../src/engine/i18n/locales");
const onDisk = (lang: string, file: string): Record<string, string> =>
  JSON.parse(readFileSync(path.join(LOCALES, lang, `${file}.json`), "utf8"));

describe.each(UI_LANGUAGES)("%s", (lang) => {
  it("the first view's chunk gives its pane texts and registers its side-panel labels", async () => {
    expect(await PANE_CATALOGS[lang]()).toEqual(onDisk(lang, "pane"));
    const sf = toSalesforceLanguage(lang);
    const labels = Object.entries(onDisk(lang, "sidepanel"));
    expect(labels.filter(([key]) => sf && labelText(key, sf) === undefined)).toEqual([]);
    for (const [key, text] of labels) expect([key, sf && labelText(key, sf)]).toEqual([key, text]);
  });

  it("the other views' chunk gives its view texts", async () => {
    expect(await VIEW_CATALOGS[lang]()).toEqual(onDisk(lang, "views"));
  });

  it("the org view's chunk gives its org texts", async () => {
    expect(await ORG_CATALOGS[lang]()).toEqual(onDisk(lang, "org"));
  });
});
