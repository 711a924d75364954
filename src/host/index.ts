export type { Host, HostKind, ThemeKind, NewMessage } from "./types";
export { detectHost } from "./detect";
export { createStandaloneHost } from "./standalone";
export { createOutlookHost, toHtml } from "./outlook";
