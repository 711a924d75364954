// The unified manifest for Microsoft 365 (manifest.json, JSON) built from manifest.xml, so the id,
// version, names, descriptions, URLs and icons live in one place. The build runs it on the XML after
// ADDIN_URL and the test variant were applied, so both manifests always agree. Written here rather
// than by Microsoft's converter, which cuts descriptions over 80 characters.
// Reference: https://learn.microsoft.com/microsoft-365/extensibility/schema/element-extensions and
// https://learn.microsoft.com/office/dev/add-ins/develop/unified-manifest-overview
const path = require("path");
const { DOMParser } = require("@xmldom/xmldom");

/** The schema version the unified manifest targets; its JSON schema ships in @microsoft/app-manifest. */
const SCHEMA_VERSION = "1.24";
const SCHEMA_DIR = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
  `v${SCHEMA_VERSION}`,
);
const SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`;
const LOCALIZATION_SCHEMA_URL = `https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.Localization.schema.json`;
/** Files of the app package besides manifest.json, by their name in the package (and in dist/). */
const ICONS = {
  color: { file: "color.png", source: "assets/icon-192.png", size: 192 },
  outline: { file: "outline.png", source: "assets/outline-32.png", size: 32 },
};
// XML permission names and their unified manifest names
// (https://learn.microsoft.com/office/dev/add-ins/outlook/understanding-outlook-add-in-permissions).
const PERMISSIONS = {
  Restricted: "MailboxItem.Restricted.User",
  ReadItem: "MailboxItem.Read.User",
  ReadWriteItem: "MailboxItem.ReadWrite.User",
  ReadWriteMailbox: "Mailbox.ReadWrite.User",
};
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const ACTION_ID = "openPane";

/** Reads what the unified manifest needs from manifest.xml; throws a one-line message when it is missing. */
function readXml(xml) {
  const doc = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`manifest.xml is not well-formed XML: ${String(message).split("\n")[0]}`);
    },
  }).parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  const kids = (el) => Array.from(el?.childNodes ?? []).filter((n) => n.nodeType === 1);
  const top = (name) => kids(root).find((k) => k.localName === name);
  const need = (value, what) => {
    if (value === undefined || value === null || value === "")
      throw new Error(`manifest.xml has no ${what}, which the unified manifest needs`);
    return value;
  };
  const localized = (el, what) => ({
    default: need(el?.getAttribute("DefaultValue"), what),
    ...Object.fromEntries(kids(el).map((o) => [o.getAttribute("Locale"), o.getAttribute("Value")])),
  });
  // The innermost VersionOverrides is what the newest clients read: the button and pane come from it.
  const blocks = Array.from(root.getElementsByTagName("*")).filter((e) => e.localName === "VersionOverrides");
  const block = need(blocks[blocks.length - 1], "<VersionOverrides>");
  const inBlock = Array.from(block.getElementsByTagName("*")).filter((e) => {
    let p = e.parentNode;
    while (p && p.localName !== "VersionOverrides") p = p.parentNode;
    return p === block;
  });
  const one = (name, what) =>
    need(
      inBlock.find((e) => e.localName === name),
      what,
    );
  const resource = (id) =>
    need(
      inBlock.find(
        (e) => ["Images", "Urls", "ShortStrings", "LongStrings"].includes(e.parentNode.localName) && e.getAttribute("id") === id,
      ),
      `resource "${id}"`,
    );
  const mailbox = (owner) => {
    const sets = kids(kids(owner).find((k) => k.localName === "Requirements")).find((k) => k.localName === "Sets");
    const set = kids(sets).find((s) => s.getAttribute("Name") === "Mailbox");
    return set ? set.getAttribute("MinVersion") || sets.getAttribute("DefaultMinVersion") || "1.1" : null;
  };
  const group = one("Group", "<Group>");
  const control = one("Control", "<Control>");
  const action = one("Action", "<Action>");
  const ref = (parent, name) =>
    kids(parent)
      .find((k) => k.localName === name)
      ?.getAttribute("resid");
  const supertip = kids(control).find((k) => k.localName === "Supertip");
  const point = one("ExtensionPoint", "<ExtensionPoint>");
  return {
    id: need(top("Id")?.textContent.trim(), "<Id>"),
    version: need(top("Version")?.textContent.trim(), "<Version>"),
    provider: need(top("ProviderName")?.textContent.trim(), "<ProviderName>"),
    defaultLocale: need(top("DefaultLocale")?.textContent.trim(), "<DefaultLocale>"),
    name: localized(top("DisplayName"), "<DisplayName>"),
    description: localized(top("Description"), "<Description>"),
    iconUrl: need(top("IconUrl")?.getAttribute("DefaultValue"), "<IconUrl>"),
    highResolutionIconUrl: need(top("HighResolutionIconUrl")?.getAttribute("DefaultValue"), "<HighResolutionIconUrl>"),
    supportUrl: need(top("SupportUrl")?.getAttribute("DefaultValue"), "<SupportUrl>"),
    appDomains: kids(top("AppDomains")).map((d) => d.textContent.trim()),
    permission: need(PERMISSIONS[top("Permissions")?.textContent.trim()], "<Permissions> value the unified manifest knows"),
    baseMailbox: mailbox(root) ?? "1.1",
    paneMailbox: need(mailbox(block), "Mailbox requirement in the innermost <VersionOverrides>"),
    readSurface: point.getAttribute("xsi:type") === "MessageReadCommandSurface",
    tab: one("OfficeTab", "<OfficeTab>").getAttribute("id"),
    groupId: group.getAttribute("id"),
    groupLabel: localized(resource(ref(group, "Label")), "group label"),
    controlId: control.getAttribute("id"),
    buttonLabel: localized(resource(ref(control, "Label")), "button label"),
    tooltipTitle: localized(resource(ref(supertip, "Title")), "supertip title"),
    tooltip: localized(resource(ref(supertip, "Description")), "supertip description"),
    buttonIcons: kids(kids(control).find((k) => k.localName === "Icon")).map((img) => ({
      size: Number(img.getAttribute("size")),
      url: resource(img.getAttribute("resid")).getAttribute("DefaultValue"),
    })),
    paneUrl: resource(
      kids(action)
        .find((k) => k.localName === "SourceLocation")
        ?.getAttribute("resid"),
    ).getAttribute("DefaultValue"),
    pinnable: kids(action).some((k) => k.localName === "SupportsPinning" && k.textContent.trim() === "true"),
    noItemContext: kids(action).some((k) => k.localName === "SupportsNoItemContext" && k.textContent.trim() === "true"),
  };
}

const tag = (locale) => locale.toLowerCase();

/**
 * The app package's JSON files, by file name: manifest.json and one localization file per extra
 * language (da.json). Icons are ICONS[...].file beside them.
 */
function buildUnifiedManifest(xml) {
  const m = readXml(xml);
  const [major, minor = "0", patch = "0", build = "0"] = m.version.split(".");
  const version = `${Number(major)}.${Number(minor)}.${Number(patch)}`;
  if (build !== "0" || !SEMVER.test(version))
    throw new Error(
      `manifest.xml <Version> "${m.version}" has no semantic-version form (major.minor.patch), which the unified manifest needs`,
    );
  const ribbonGroupPath = "extensions[0].ribbons[0].tabs[0].groups[0]";
  const manifest = {
    $schema: SCHEMA_URL,
    manifestVersion: SCHEMA_VERSION,
    id: m.id,
    version,
    localizationInfo: {
      defaultLanguageTag: tag(m.defaultLocale),
      additionalLanguages: localesOf(m).map((locale) => ({ languageTag: tag(locale), file: `${locale.split("-")[0].toLowerCase()}.json` })),
    },
    developer: { name: m.provider, websiteUrl: m.supportUrl, privacyUrl: m.supportUrl, termsOfUseUrl: m.supportUrl },
    name: { short: m.name.default, full: m.name.default },
    description: { short: m.description.default, full: m.tooltip.default },
    icons: { outline: ICONS.outline.file, color: ICONS.color.file },
    accentColor: "#0B5CAB",
    validDomains: m.appDomains.map((d) => new URL(d).host),
    authorization: { permissions: { resourceSpecific: [{ name: m.permission, type: "Delegated" }] } },
    extensions: [
      {
        requirements: { scopes: ["mail"], capabilities: [{ name: "Mailbox", minVersion: m.baseMailbox }], formFactors: ["desktop"] },
        runtimes: [
          {
            requirements: { capabilities: [{ name: "Mailbox", minVersion: m.paneMailbox }] },
            id: "TaskPaneRuntime",
            type: "general",
            code: { page: m.paneUrl },
            lifetime: "short",
            actions: [
              { id: ACTION_ID, type: "openPage", pinnable: m.pinnable, ...(m.noItemContext ? { supportsNoItemContext: true } : {}) },
            ],
          },
        ],
        ribbons: [
          {
            requirements: { capabilities: [{ name: "Mailbox", minVersion: m.paneMailbox }] },
            contexts: m.readSurface ? ["mailRead"] : [],
            tabs: [
              {
                builtInTabId: m.tab,
                groups: [
                  {
                    id: m.groupId,
                    label: m.groupLabel.default,
                    controls: [
                      {
                        id: m.controlId,
                        type: "button",
                        label: m.buttonLabel.default,
                        icons: m.buttonIcons,
                        supertip: { title: m.tooltipTitle.default, description: m.tooltip.default },
                        actionId: ACTION_ID,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        // The add-in list icon: <IconUrl> (64 px) and <HighResolutionIconUrl> (the same at 2x, 128 px).
        alternates: [
          { alternateIcons: { icon: { size: 64, url: m.iconUrl }, highResolutionIcon: { size: 64, url: m.highResolutionIconUrl } } },
        ],
      },
    ],
  };
  const files = { "manifest.json": manifest };
  for (const locale of localesOf(m)) {
    const pick = (value) => value[locale] ?? value.default;
    files[`${locale.split("-")[0].toLowerCase()}.json`] = {
      $schema: LOCALIZATION_SCHEMA_URL,
      "name.short": pick(m.name),
      "name.full": pick(m.name),
      "description.short": pick(m.description),
      "description.full": pick(m.tooltip),
      [`${ribbonGroupPath}.label`]: pick(m.groupLabel),
      [`${ribbonGroupPath}.controls[0].label`]: pick(m.buttonLabel),
      [`${ribbonGroupPath}.controls[0].supertip.title`]: pick(m.tooltipTitle),
      [`${ribbonGroupPath}.controls[0].supertip.description`]: pick(m.tooltip),
    };
  }
  return files;
}

/** Every locale the XML overrides a user-visible string for, e.g. ["da-DK"]. */
function localesOf(m) {
  const locales = new Set();
  for (const value of [m.name, m.description, m.groupLabel, m.buttonLabel, m.tooltipTitle, m.tooltip])
    for (const key of Object.keys(value)) if (key !== "default") locales.add(key);
  return [...locales].sort();
}

module.exports = { buildUnifiedManifest, SCHEMA_VERSION, SCHEMA_DIR, ICONS };
