import { rmSync, unlinkSync } from "node:fs";
import path from "node:path";
import { SOURCE_MANIFEST, checkManifest, lineOf, manifestCopy, replaceIcon, sourceManifest, validatorRules } from "./manifest-files";

const copies: string[] = [];
/** A temp copy of manifest.xml and assets/ with one thing broken. */
const brokenCopy = (edit: (xml: string) => string) => {
  const xml = sourceManifest();
  const edited = edit(xml);
  expect(edited).not.toBe(xml); // the edit must have found what it breaks
  const file = manifestCopy(edited);
  copies.push(path.dirname(file));
  return { file, xml: edited };
};
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const V10_REQUIREMENTS = '<bt:Sets DefaultMinVersion="1.3">';
const V11_REQUIREMENTS = '<bt:Sets DefaultMinVersion="1.5">';
const PINNING = "<SupportsPinning>true</SupportsPinning>";

/** One broken copy per rule: [rule, what breaks, edit, the problems a person reads]. */
const CASES: [string, string, (xml: string) => string, (xml: string) => (string | RegExp)[]][] = [
  [
    "well-formed",
    "a missing end tag",
    (xml) => xml.replace("</Hosts>", ""),
    () => [/^not well-formed XML: Opening and ending tag mismatch: "Hosts" != "OfficeApp" \(line \d+\)$/],
  ],
  [
    "size",
    "a manifest over 256 KB",
    (xml) => xml.replace("<OfficeApp ", `<!-- ${"x".repeat(256 * 1024)} -->\n<OfficeApp `),
    () => [/^manifest is \d{6} bytes; Outlook's limit is 262144 bytes \(256 KB\)$/],
  ],
  [
    "children",
    "a TaskpaneId, which Outlook does not support, in the button's action",
    (xml) => xml.replace(PINNING, `<TaskpaneId>x</TaskpaneId>${PINNING}`),
    (xml) => [
      `line ${lineOf(xml, "<TaskpaneId>")}: <TaskpaneId> is not allowed in <Action> (allowed: SourceLocation, SupportsPinning, SupportsMultiSelect, SupportsNoItemContext)`,
    ],
  ],
  [
    "children",
    "a nested VersionOverrides inside the 1.1 block",
    (xml) =>
      xml.replace(
        `${V11_REQUIREMENTS}\n          <bt:Set Name="Mailbox"/>\n        </bt:Sets>\n      </Requirements>`,
        (m) =>
          `${m}\n      <VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1"/>`,
      ),
    (xml) => [
      new RegExp(
        `^line ${lineOf(xml, '<VersionOverrides xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1"/>')}: <VersionOverrides> is not allowed in <VersionOverrides xsi:type="VersionOverridesV1_1">`,
      ),
      /has no <Hosts>/,
    ],
  ],
  [
    "children",
    "an element the schema does not have",
    (xml) => xml.replace("<DisableEntityHighlighting>", "<Frobnicate/><DisableEntityHighlighting>"),
    (xml) => [new RegExp(`^line ${lineOf(xml, "<Frobnicate/>")}: <Frobnicate> is not allowed in <OfficeApp>`)],
  ],
  [
    "order",
    "Version after ProviderName",
    (xml) => xml.replace(/(\s*<Version>[^<]*<\/Version>)(\s*<ProviderName>[^<]*<\/ProviderName>)/, "$2$1"),
    (xml) => [
      `line ${lineOf(xml, "<Version>")}: <Version> is out of order in <OfficeApp> (schema order: Id, AlternateId, Version, ProviderName, DefaultLocale, DisplayName, Description, IconUrl, HighResolutionIconUrl, SupportUrl, AppDomains, Hosts, Requirements, FormSettings, Permissions, Rule, DisableEntityHighlighting, VersionOverrides)`,
    ],
  ],
  [
    "order",
    "the button's Icon before its Supertip",
    (xml) => xml.replace(/(\s*<Supertip>[\s\S]*?<\/Supertip>)(\s*<Icon>[\s\S]*?<\/Icon>)/, "$2$1"),
    (xml) => [
      `line ${lineOf(xml, "<Supertip>")}: <Supertip> is out of order in <Control> (schema order: OverriddenByRibbonApi, Label, ToolTip, Supertip, Icon, Action, Enabled)`,
    ],
  ],
  [
    "required",
    "a button without Supertip",
    (xml) => xml.replace(/\s*<Supertip>[\s\S]*?<\/Supertip>/, ""),
    (xml) => [
      `line ${lineOf(xml, '<Control xsi:type="Button"')}: <Control> must contain <Supertip> (https://learn.microsoft.com/javascript/api/manifest/control-button)`,
    ],
  ],
  [
    "guid",
    "an id that is not a GUID",
    (xml) => xml.replace(/<Id>[^<]*<\/Id>/, "<Id>sfo-signin-doctor</Id>"),
    () => ['line 3: <Id> "sfo-signin-doctor" is not a GUID'],
  ],
  [
    "version",
    "a version with a letter",
    (xml) => xml.replace(/<Version>[^<]*<\/Version>/, "<Version>0.1.0-beta</Version>"),
    () => [/^line 4: <Version> "0.1.0-beta" does not match the schema's pattern/],
  ],
  [
    "string-length",
    "a 126-character button label",
    (xml) =>
      xml.replace(
        'id="TaskpaneButton.Label" DefaultValue="SFO Sign-in Doctor"',
        `id="TaskpaneButton.Label" DefaultValue="${"x".repeat(126)}"`,
      ),
    (xml) => [
      new RegExp(
        `^line ${lineOf(xml, 'String id="TaskpaneButton.Label"')}: ShortStrings string "TaskpaneButton.Label" is 126 characters; the schema allows 1-125`,
      ),
    ],
  ],
  [
    "string-length",
    "a Danish description over 250 characters",
    (xml) => xml.replace('Value="Forklarer, hvorfor', `Value="${"æ".repeat(240)} Forklarer, hvorfor`),
    (xml) => [new RegExp(`^line ${lineOf(xml, "æææ")}: <Description> Override for da-DK is \\d+ characters; the schema allows 1-250`)],
  ],
  [
    "permissions",
    "a permission name that does not exist",
    (xml) => xml.replace("<Permissions>ReadItem</Permissions>", "<Permissions>ReadMail</Permissions>"),
    (xml) => [
      `line ${lineOf(xml, "<Permissions>")}: <Permissions> "ReadMail" is not one of Restricted, ReadItem, ReadWriteItem, ReadWriteMailbox (https://learn.microsoft.com/en-us/openspecs/office_file_formats/ms-owemxml/4d20d0ca-c8a6-4dfb-ba92-74bc18f19f37)`,
    ],
  ],
  [
    "requested-height",
    "a pane taller than 450 pixels",
    (xml) => xml.replace("<RequestedHeight>250</RequestedHeight>", "<RequestedHeight>600</RequestedHeight>"),
    (xml) => [new RegExp(`^line ${lineOf(xml, "<RequestedHeight>")}: <RequestedHeight> 600 is outside 32-450`)],
  ],
  [
    "resid",
    "a tooltip resid that no resource defines",
    (xml) => xml.replace('resid="TaskpaneButton.Tooltip"', 'resid="TaskpaneButton.Tooltp"'),
    (xml) => [`line ${lineOf(xml, "TaskpaneButton.Tooltp")}: resid "TaskpaneButton.Tooltp" on <Description> is not defined in <Resources>`],
  ],
  [
    "resid",
    "a resid longer than 32 characters",
    (xml) => xml.split('"Icon.16x16"').join('"Icon.16x16.For.The.Read.Message.Surface"'),
    (xml) =>
      [1, 2].map(
        (n) =>
          `line ${lineOf(xml, 'size="16" resid="Icon.16x16.For', n)}: resid "Icon.16x16.For.The.Read.Message.Surface" on <Image> is 39 characters; at most 32 are allowed (https://learn.microsoft.com/javascript/api/manifest/action)`,
      ),
  ],
  [
    "resid",
    "a label that points at a long string",
    (xml) => xml.replace('<Label resid="GroupLabel"/>', '<Label resid="TaskpaneButton.Tooltip"/>'),
    (xml) => [
      `line ${lineOf(xml, '<Label resid="TaskpaneButton.Tooltip"/>')}: resid "TaskpaneButton.Tooltip" on <Label> must name a resource in <ShortStrings>, not <LongStrings>`,
    ],
  ],
  [
    "control-id",
    "two controls with one id in a block",
    (xml) => xml.replace('<Group id="sfoDoctorGroup">', '<Group id="sfoDoctorOpenPane">'),
    (xml) => [
      new RegExp(
        `^line ${lineOf(xml, 'Control xsi:type="Button" id="sfoDoctorOpenPane"')}: <Control> id "sfoDoctorOpenPane" is used twice in one VersionOverrides block \\(also line ${lineOf(xml, '<Group id="sfoDoctorOpenPane">')}\\)`,
      ),
    ],
  ],
  [
    "url-https",
    "an http:// support URL",
    (xml) => xml.replace('"https://localhost:3000/taskpane.html?view=help"', '"http://localhost:3000/taskpane.html?view=help"'),
    (xml) => [
      `line ${lineOf(xml, "<SupportUrl")}: URL is not HTTPS (Outlook loads add-ins over HTTPS only): http://localhost:3000/taskpane.html?view=help`,
    ],
  ],
  [
    "url-https",
    "a support URL over 2048 characters",
    (xml) => xml.replace("taskpane.html?view=help", `taskpane.html?view=help#${"a".repeat(2048)}`),
    (xml) => [new RegExp(`^line ${lineOf(xml, "<SupportUrl")}: URL is \\d+ characters; the schema allows at most 2048`)],
  ],
  [
    "app-domain",
    "an AppDomain with a path",
    (xml) => xml.replace("<AppDomain>https://localhost:3000</AppDomain>", "<AppDomain>https://localhost:3000/sfo/</AppDomain>"),
    (xml) => [
      `line ${lineOf(xml, "<AppDomain>")}: <AppDomain> "https://localhost:3000/sfo/" must be an origin only, like https://localhost:3000 (no path, no trailing slash)`,
    ],
  ],
  [
    "vo-namespace",
    "the 1.1 block in the 1.0 namespace",
    (xml) =>
      xml.replace(
        'xmlns="http://schemas.microsoft.com/office/mailappversionoverrides/1.1" xsi:type="VersionOverridesV1_1"',
        'xmlns="http://schemas.microsoft.com/office/mailappversionoverrides" xsi:type="VersionOverridesV1_1"',
      ),
    (xml) => [
      new RegExp(
        `^line ${lineOf(xml, 'xsi:type="VersionOverridesV1_1"')}: <VersionOverrides xsi:type="VersionOverridesV1_1"> must use the namespace http://schemas.microsoft.com/office/mailappversionoverrides/1.1`,
      ),
    ],
  ],
  [
    "vo-hosts",
    "a 1.0 block without Hosts (what clients that know only 1.0 got before)",
    (xml) => xml.replace(/(xsi:type="VersionOverridesV1_0">[\s\S]*?<\/Requirements>)\s*<Hosts>[\s\S]*?<\/Hosts>/, "$1"),
    (xml) => [
      `line ${lineOf(xml, 'xsi:type="VersionOverridesV1_0"')}: <VersionOverrides xsi:type="VersionOverridesV1_0"> has no <Hosts>: clients that stop at this block get no button; add Hosts or remove the block`,
    ],
  ],
  [
    "vo-requirements",
    "the 1.0 block asking for Mailbox 1.1",
    (xml) => xml.replace(V10_REQUIREMENTS, '<bt:Sets DefaultMinVersion="1.1">'),
    (xml) => [
      `line ${lineOf(xml, 'xsi:type="VersionOverridesV1_0"')}: <VersionOverrides xsi:type="VersionOverridesV1_0"> needs Mailbox 1.3 or later, but asks for 1.1 (https://learn.microsoft.com/javascript/api/manifest/versionoverrides-1-0-mail)`,
    ],
  ],
  [
    "vo-requirements",
    "a 1.1 block asking for less than the base manifest",
    (xml) => xml.replace('<Set Name="Mailbox" MinVersion="1.1"/>', '<Set Name="Mailbox" MinVersion="1.6"/>'),
    (xml) => [
      /asks for Mailbox 1\.3, less than the base manifest's 1\.6/,
      new RegExp(
        `^line ${lineOf(xml, 'xsi:type="VersionOverridesV1_1"')}: <VersionOverrides xsi:type="VersionOverridesV1_1"> asks for Mailbox 1.5, less than the base manifest's 1.6`,
      ),
    ],
  ],
  [
    "feature-requirements",
    "SupportsNoItemContext (Mailbox 1.13) under a 1.5 block: the fault this manifest had",
    (xml) => xml.replace(PINNING, `${PINNING}\n<SupportsNoItemContext>true</SupportsNoItemContext>`),
    (xml) => [
      `line ${lineOf(xml, "<SupportsNoItemContext>")}: <SupportsNoItemContext> needs Mailbox 1.13, but its VersionOverrides asks for 1.5: clients between the two would read an element they do not support (https://learn.microsoft.com/javascript/api/manifest/action)`,
    ],
  ],
  [
    "feature-requirements",
    "SupportsPinning in the 1.0 block",
    (xml) => xml.replace('<SourceLocation resid="Taskpane.Url"/>', `<SourceLocation resid="Taskpane.Url"/>${PINNING}`),
    (xml) => [
      `line ${lineOf(xml, PINNING)}: <SupportsPinning> is allowed only in VersionOverridesV1_1, not in VersionOverridesV1_0 (https://learn.microsoft.com/javascript/api/manifest/action)`,
    ],
  ],
  [
    "icon-sizes",
    "a button icon without its 80 pixel image",
    (xml) => xml.replace(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ""),
    (xml) => [
      `line ${lineOf(xml, "<Icon>")}: <Icon> lacks the required 80 pixel image (https://learn.microsoft.com/javascript/api/manifest/icon)`,
    ],
  ],
  [
    "icon-sizes",
    "a 128 pixel image on a button",
    (xml) =>
      xml.replace(
        '<bt:Image size="32" resid="Icon.32x32"/>',
        '<bt:Image size="32" resid="Icon.32x32"/><bt:Image size="128" resid="Icon.32x32"/>',
      ),
    (xml) => [
      new RegExp(`^line ${lineOf(xml, 'size="128"')}: icon size "128" is not one of 16, 20, 24, 32, 40, 48, 64, 80`),
      /^line \d+: icon \S+icon-32\.png is 32x32 pixels; the button needs 128x128$/,
    ],
  ],
  [
    "icon-files",
    "the add-in's 64 pixel icon pointing at the 128 pixel file",
    (xml) =>
      xml.replace(
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
        '<IconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>',
      ),
    (xml) => [
      `line ${lineOf(xml, "<IconUrl")}: icon ${path.join("assets", "icon-128.png")} is 128x128 pixels; <IconUrl> (https://learn.microsoft.com/javascript/api/manifest/iconurl) needs 64x64`,
    ],
  ],
];

describe("checkManifest: the offline checks of MS-OWEMXML's rules", () => {
  it("passes the real manifest.xml", () => {
    expect(checkManifest(SOURCE_MANIFEST)).toEqual([]);
  });

  it("passes an unchanged copy (so each problem below comes from its one edit)", () => {
    expect(checkManifest(brokenCopy((xml) => xml + "\n").file)).toEqual([]);
  });

  it("has a broken copy below for every rule it enforces", () => {
    expect(validatorRules().filter((rule) => !CASES.some(([r]) => r === rule))).toEqual([]);
  });

  it.each(CASES)("%s: refuses %s, naming the line", (_rule, _what, edit, expected) => {
    const { file, xml } = brokenCopy(edit);
    const wanted = expected(xml).map((e) => (typeof e === "string" ? e : expect.stringMatching(e)));
    expect(checkManifest(file)).toEqual(wanted);
  });

  it("icon-files: gives an icon's real and declared pixel sizes", () => {
    const { file, xml } = brokenCopy((x) => x + "\n");
    replaceIcon(file, "icon-16.png", "icon-32.png");
    expect(checkManifest(file)).toEqual([
      `line ${lineOf(xml, '<bt:Image id="Icon.16x16"')}: icon ${path.join("assets", "icon-16.png")} is 32x32 pixels; the button needs 16x16`,
    ]);
  });

  it("icon-files: names a missing icon file once, though both blocks use it", () => {
    const { file, xml } = brokenCopy((x) => x + "\n");
    unlinkSync(path.join(path.dirname(file), "assets", "icon-80.png"));
    expect(checkManifest(file)).toEqual([
      `line ${lineOf(xml, '<bt:Image id="Icon.80x80"')}: icon https://localhost:3000/assets/icon-80.png is missing: no file ${path.join("assets", "icon-80.png")}`,
    ]);
  });
});
