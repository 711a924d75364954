import { rmSync } from "node:fs";
import path from "node:path";
import { rewriteManifest } from "../../../scripts/manifest-url.js";
import { GUID, checkManifest, manifestCopy, manifestFacts, sourceManifest } from "./manifest-files";

const copies: string[] = [];
const copyOf = (xml: string) => {
  const file = manifestCopy(xml);
  copies.push(path.dirname(file));
  return file;
};
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("rewriteManifest points the manifest at the host that serves dist/", () => {
  it("rewrites every URL to a URL with a path, and AppDomain to that host's origin", () => {
    const xml = rewriteManifest(sourceManifest(), { addinUrl: "https://addins.example.com/sfo-doctor/" });
    const facts = manifestFacts(xml);
    expect(xml).not.toContain("localhost");
    expect(facts.sourceLocation).toBe("https://addins.example.com/sfo-doctor/taskpane.html");
    expect(facts.urls.length).toBeGreaterThanOrEqual(8);
    expect(facts.urls.every((u) => u.startsWith("https://addins.example.com/sfo-doctor/"))).toBe(true);
    expect(facts.appDomains).toEqual(["https://addins.example.com"]);
    expect(checkManifest(copyOf(xml))).toEqual([]);
  });

  it("treats a path URL without its trailing slash as the same folder", () => {
    const withSlash = rewriteManifest(sourceManifest(), { addinUrl: "https://addins.example.com/sfo-doctor/" });
    expect(rewriteManifest(sourceManifest(), { addinUrl: "https://addins.example.com/sfo-doctor" })).toBe(withSlash);
  });

  it("rewrites to a host-only URL, keeping a non-default port in AppDomain", () => {
    const xml = rewriteManifest(sourceManifest(), { addinUrl: "https://sfo.example.org" });
    const facts = manifestFacts(xml);
    expect(xml).not.toContain("localhost");
    expect(facts.sourceLocation).toBe("https://sfo.example.org/taskpane.html");
    expect(facts.appDomains).toEqual(["https://sfo.example.org"]);
    expect(checkManifest(copyOf(xml))).toEqual([]);

    const withPort = manifestFacts(rewriteManifest(sourceManifest(), { addinUrl: "https://sfo.example.org:8443/pane/" }));
    expect(withPort.appDomains).toEqual(["https://sfo.example.org:8443"]);
    expect(withPort.sourceLocation).toBe("https://sfo.example.org:8443/pane/taskpane.html");
  });

  it("leaves the source manifest as it is when no ADDIN_URL is given", () => {
    expect(rewriteManifest(sourceManifest())).toBe(sourceManifest());
  });

  it.each([
    [
      "http://addins.example.com/sfo/",
      /^ADDIN_URL must be an https:\/\/ URL: Outlook only loads add-ins over HTTPS .*got "http:\/\/addins\.example\.com\/sfo\/"$/,
    ],
    ["addins.example.com/sfo/", /^ADDIN_URL must be an https:\/\/ URL .*got "addins\.example\.com\/sfo\/"$/],
    ["https://addins.example.com/sfo/?v=2", /^ADDIN_URL must be a plain folder URL without query, fragment or credentials/],
  ])("refuses ADDIN_URL %s with a one-line message", (addinUrl, message) => {
    let error: Error | undefined;
    try {
      rewriteManifest(sourceManifest(), { addinUrl });
    } catch (e) {
      error = e as Error;
    }
    expect(error?.message).toMatch(message);
    expect(error?.message).not.toContain("\n");
  });
});

describe("the test variant installs beside production", () => {
  const production = manifestFacts(rewriteManifest(sourceManifest(), { addinUrl: "https://addins.example.com/sfo/" }));
  const testXml = rewriteManifest(sourceManifest(), { addinUrl: "https://addins.example.com/sfo-test/", testVariant: true });
  const test = manifestFacts(testXml);

  it("has a different id that is still a GUID", () => {
    expect(production.id).toMatch(GUID);
    expect(test.id).toMatch(GUID);
    expect(test.id).not.toBe(production.id);
  });

  it('is named "(test)" in the add-in list and on the ribbon, in every language', () => {
    expect(production.names.every((n) => !n.includes("(test)"))).toBe(true);
    expect(test.names.length).toBeGreaterThanOrEqual(2);
    for (const name of [...test.names, ...test.buttonLabels]) expect(name).toMatch(/^SFO Sign-in Doctor \(test\)$/);
  });

  it("still passes the offline manifest checks", () => {
    expect(checkManifest(copyOf(testXml))).toEqual([]);
  });

  it("gets a different id even when the production id already ends like a test id", () => {
    const source = sourceManifest().replace(/<Id>[^<]*<\/Id>/, "<Id>4ec7f4ca-a02a-4349-818d-951da3fd7e57</Id>");
    const id = manifestFacts(rewriteManifest(source, { testVariant: true })).id;
    expect(id).toMatch(GUID);
    expect(id).not.toBe("4ec7f4ca-a02a-4349-818d-951da3fd7e57");
  });
});
