import { rmSync, unlinkSync } from "node:fs";
import path from "node:path";
import { SOURCE_MANIFEST, checkManifest, manifestCopy, replaceIcon, sourceManifest } from "./manifest-files";

const copies: string[] = [];
/** A temp copy of manifest.xml and assets/ with one thing broken. */
const brokenCopy = (edit: (xml: string) => string) => {
  const xml = sourceManifest();
  const edited = edit(xml);
  expect(edited).not.toBe(xml); // the edit must have found what it breaks
  const file = manifestCopy(edited);
  copies.push(path.dirname(file));
  return file;
};
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("checkManifest: the offline manifest checks", () => {
  it("passes the real manifest.xml", () => {
    expect(checkManifest(SOURCE_MANIFEST)).toEqual([]);
  });

  it("passes an unchanged copy (so each problem below comes from its one edit)", () => {
    expect(checkManifest(brokenCopy((xml) => xml + "\n"))).toEqual([]);
  });

  it("says where XML that is not well-formed breaks", () => {
    const file = brokenCopy((xml) => xml.replace("</Hosts>", ""));
    expect(checkManifest(file)).toEqual([
      expect.stringMatching(/^not well-formed XML: Opening and ending tag mismatch: "Hosts" != "OfficeApp" \(line \d+\)$/),
    ]);
  });

  it("names an element that is out of schema order", () => {
    const file = brokenCopy((xml) => xml.replace(/(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"));
    expect(checkManifest(file)).toEqual([expect.stringMatching(/^OfficeApp: <Version> is out of order \(schema order: Id, AlternateId, Version, /)]);
  });

  it("names a resid that no resource defines", () => {
    const file = brokenCopy((xml) => xml.replace('resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Tooltp"'));
    expect(checkManifest(file)).toEqual(['resid "TaskpaneButton.Tooltp" on <Description> is not defined in <Resources>']);
  });

  it("refuses an http:// URL", () => {
    const file = brokenCopy((xml) => xml.replace('"https://localhost:3000/taskpane.html?view=help"', '"http://localhost:3000/taskpane.html?view=help"'));
    expect(checkManifest(file)).toEqual(["URL is not HTTPS (Outlook loads add-ins over HTTPS only): http://localhost:3000/taskpane.html?view=help"]);
  });

  it("refuses an AppDomain with a path", () => {
    const file = brokenCopy((xml) => xml.replace("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://localhost:3000/sfo/</AppDomain>"));
    expect(checkManifest(file)).toEqual(['<AppDomain> "https://localhost:3000/sfo/" must be an origin only, like https://localhost:3000 (no path, no trailing slash)']);
  });

  it("gives an icon's real and declared pixel sizes", () => {
    const file = brokenCopy((xml) => xml + "\n");
    replaceIcon(file, "icon-16.png", "icon-32.png");
    expect(checkManifest(file)).toEqual([`icon ${path.join("assets", "icon-16.png")} is 32x32 pixels; the manifest declares 16x16`]);
  });

  it("names a missing icon file", () => {
    const file = brokenCopy((xml) => xml + "\n");
    unlinkSync(path.join(path.dirname(file), "assets", "icon-80.png"));
    expect(checkManifest(file)).toEqual([`icon https://localhost:3000/assets/icon-80.png is missing: no file ${path.join("assets", "icon-80.png")}`]);
  });

  it("refuses an id that is not a GUID", () => {
    const file = brokenCopy((xml) => xml.replace(/<Id>[^<]*<\/Id>/, "<Id>sfo-signin-doctor</Id>"));
    expect(checkManifest(file)).toEqual(['<Id> "sfo-signin-doctor" is not a GUID']);
  });

  it("refuses a manifest over Outlook's 256 KB limit", () => {
    const padding = `<!-- ${"x".repeat(256 * 1024)} -->`;
    const file = brokenCopy((xml) => xml.replace("<OfficeApp ", `${padding}\n<OfficeApp `));
    expect(checkManifest(file)).toEqual([expect.stringMatching(/^manifest is \d{6} bytes; Outlook's limit is 262144 bytes \(256 KB\)$/)]);
  });
});
