// Every text key, as a type: the keys of the English catalogs (the source), read by `resolveJsonModule`.
// `t(...)` takes a MessageKey, so a misspelt or removed key does not compile. Keys built at run time are
// template literals over typed unions (`cause.${CauseId}.title`), checked the same way. The side-panel
// labels (sidepanel.json) are SFO's label keys, resolved by src/engine/sidepanel/labels.ts, not messages.
import type enPane from "./locales/en/pane.json";
import type enViews from "./locales/en/views.json";
import type enCli from "./locales/en/cli.json";
import type enOrg from "./locales/en/org.json";

export type MessageKey = keyof typeof enPane | keyof typeof enViews | keyof typeof enCli | keyof typeof enOrg;

/** A language's texts: English's keys, any of them missing (English fills the gaps). */
export type Catalog = Readonly<Partial<Record<MessageKey, string>>>;
