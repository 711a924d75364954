import { copyFileSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { rewriteManifest } from "../../../scripts/manifest-url.js";
import { ICONS, SCHEMA_VERSION, buildUnifiedManifest } from "../../../scripts/unified-manifest.js";
import { GUID, ROOT, SOURCE_MANIFEST, checkAppPackage, manifestFacts, sourceManifest } from "./manifest-files";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const build = (xml: string) => buildUnifiedManifest(xml) as Record<string, Json>;

const folders: string[] = [];
/** A temp folder holding the unified manifest built from xml, its localization files and icons, edited. */
function packageFolder(xml: string, edit: (files: Record<string, Json>, dir: string) => void = () => {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "sfo-app-"));
  folders.push(dir);
  const files = build(xml);
  for (const icon of Object.values(ICONS)) copyFileSync(path.join(ROOT, icon.source), path.join(dir, icon.file));
  edit(files, dir);
  for (const [name, json] of Object.entries(files)) writeFileSync(path.join(dir, name), JSON.stringify(json, null, 2));
  return dir;
}
afterAll(() => folders.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("the unified manifest (manifest.json) comes from manifest.xml", () => {
  const xml = sourceManifest();
  const facts = manifestFacts(xml);
  const { "manifest.json": manifest, "da.json": danish } = build(xml);
  const extension = manifest.extensions[0];
  const control = extension.ribbons[0].tabs[0].groups[0].controls[0];

  it("passes the app manifest schema that ships in @microsoft/app-manifest, at the pinned version", () => {
    expect(manifest.manifestVersion).toBe(SCHEMA_VERSION);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
    expect(checkAppPackage(SOURCE_MANIFEST, { fromXml: true })).toEqual([]);
    expect(checkAppPackage(packageFolder(xml))).toEqual([]);
  });

  it("has the XML manifest's id, version, names, descriptions and pane URL", () => {
    expect(manifest.id).toBe(facts.id);
    expect(manifest.version).toBe(/<Version>([^<]+)<\/Version>/.exec(xml)?.[1]);
    expect(manifest.name.short).toBe(facts.names[0]);
    expect(manifest.description.short).toBe(/<Description DefaultValue="([^"]+)"/.exec(xml)?.[1]);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80); // Microsoft's converter would cut it
    expect(manifest.description.full).toBe(control.supertip.description);
    expect(extension.runtimes[0].code.page).toBe(facts.sourceLocation);
    expect(manifest.authorization.permissions.resourceSpecific).toEqual([{ name: "MailboxItem.Read.User", type: "Delegated" }]);
  });

  it("puts a pinnable pane button on read messages, under the Mailbox versions the XML asks for", () => {
    expect(extension.requirements).toEqual({
      scopes: ["mail"],
      capabilities: [{ name: "Mailbox", minVersion: "1.1" }],
      formFactors: ["desktop"],
    });
    expect(extension.ribbons[0].contexts).toEqual(["mailRead"]);
    expect(extension.ribbons[0].requirements.capabilities).toEqual([{ name: "Mailbox", minVersion: "1.5" }]);
    expect(extension.runtimes[0].actions).toEqual([{ id: control.actionId, type: "openPage", pinnable: true }]);
    expect(control.icons.map((i: Json) => i.size)).toEqual([16, 32, 80]);
    expect(control.icons.every((i: Json) => facts.urls.includes(i.url))).toBe(true);
  });

  it("carries the Danish strings in da.json, named in localizationInfo", () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: "en-us",
      additionalLanguages: [{ languageTag: "da-dk", file: "da.json" }],
    });
    expect(danish["description.short"]).toBe("Forklarer, hvorfor Salesforce for Outlook loggede dig ud, og hvordan det løses.");
    expect(danish["extensions[0].ribbons[0].tabs[0].groups[0].label"]).toBe("Salesforce-login");
    expect(danish["extensions[0].ribbons[0].tabs[0].groups[0].controls[0].supertip.description"]).toMatch(/^Find ud af, hvorfor/);
  });

  it("follows ADDIN_URL and the test variant exactly as manifest.xml does", () => {
    const rewritten = rewriteManifest(xml, { addinUrl: "https://addins.example.com/sfo-test/", testVariant: true });
    const files = build(rewritten);
    const text = JSON.stringify(files);
    expect(text).not.toContain("localhost");
    expect(files["manifest.json"].id).toBe(manifestFacts(rewritten).id);
    expect(files["manifest.json"].id).toMatch(GUID);
    expect(files["manifest.json"].id).not.toBe(facts.id);
    expect(files["manifest.json"].name.short).toBe("SFO Sign-in Doctor (test)");
    expect(files["da.json"]["name.short"]).toBe("SFO Sign-in Doctor (test)");
    expect(files["manifest.json"].validDomains).toEqual(["addins.example.com"]);
    expect(files["manifest.json"].extensions[0].runtimes[0].code.page).toBe("https://addins.example.com/sfo-test/taskpane.html");
    expect(checkAppPackage(packageFolder(rewritten))).toEqual([]);
  });

  it("refuses an XML version that has no semantic-version form", () => {
    expect(() => build(xml.replace(/<Version>[^<]+<\/Version>/, "<Version>1.2.3.4</Version>"))).toThrow(
      'manifest.xml <Version> "1.2.3.4" has no semantic-version form (major.minor.patch), which the unified manifest needs',
    );
  });
});

describe("validate-app-manifest: a broken package fails with a message that says what is wrong", () => {
  const xml = sourceManifest();
  it.each<[string, (files: Record<string, Json>, dir: string) => void, (string | RegExp)[]]>([
    [
      "a short description over 80 characters",
      (f) => {
        f["manifest.json"].description.short = "x".repeat(81);
      },
      ['manifest.json: /description/short must NOT have more than 80 characters {"limit":80}'],
    ],
    [
      "a name.short over 30 characters",
      (f) => {
        f["manifest.json"].name.short = "SFO Sign-in Doctor for Outlook (test)";
      },
      ['manifest.json: /name/short must NOT have more than 30 characters {"limit":30}'],
    ],
    [
      "an http:// pane URL",
      (f) => {
        f["manifest.json"].extensions[0].runtimes[0].code.page = "http://addins.example.com/taskpane.html";
      },
      [
        "manifest.json: /extensions/0/runtimes/0/code/page is not HTTPS (Outlook loads add-ins over HTTPS only): http://addins.example.com/taskpane.html",
      ],
    ],
    [
      "another manifest version than the pinned one",
      (f) => {
        f["manifest.json"].manifestVersion = "1.17";
        f["manifest.json"].$schema = f["manifest.json"].$schema.replace(SCHEMA_VERSION, "1.17");
      },
      [
        `manifest.json: manifestVersion is "1.17"; this project targets and validates schema ${SCHEMA_VERSION}`,
        `manifest.json: /manifestVersion must be equal to constant {"allowedValue":"${SCHEMA_VERSION}"}`,
      ],
    ],
    [
      "a missing Danish file",
      (f, dir) => {
        delete f["da.json"];
        void dir;
      },
      ["manifest.json: the da-dk localization file da.json is missing"],
    ],
    [
      "a Danish key that names nothing",
      (f) => {
        f["da.json"]["extensions[0].ribbons[0].tabs[0].groups[1].label"] = "Forkert";
      },
      ['da.json: "extensions[0].ribbons[0].tabs[0].groups[1].label" names nothing in manifest.json, so Outlook would not use it'],
    ],
    [
      "an untranslated Danish description",
      (f) => {
        f["da.json"]["description.short"] = f["manifest.json"].description.short;
      },
      ['da.json: "description.short" is not translated (the same as manifest.json)'],
    ],
    [
      "a 192 pixel outline icon",
      (_f, dir) => {
        copyFileSync(path.join(ROOT, ICONS.color.source), path.join(dir, ICONS.outline.file));
      },
      ["outline.png: icons.outline is 192x192 pixels; the schema asks for 32x32"],
    ],
    [
      "a missing color icon",
      (_f, dir) => {
        unlinkSync(path.join(dir, ICONS.color.file));
      },
      ["manifest.json: icons.color color.png is missing from the package"],
    ],
  ])("refuses %s", (_what, edit, expected) => {
    expect(checkAppPackage(packageFolder(xml, edit))).toEqual(expected.map((e) => (typeof e === "string" ? e : expect.stringMatching(e))));
  });
});
