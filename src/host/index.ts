export type { Host, HostKind, ThemeKind, NewMessage, DeliveryWay, DeliveryOutcome, OutgoingReport } from "./types";
export { detectHost } from "./detect";
export { createStandaloneHost } from "./standalone";
export { createOutlookHost, toHtml } from "./outlook";
export { MAILTO_MAX, mailtoUrl, mailtoFit, createLadder, type Rungs } from "./ladder";
export { copyText, browserRungs } from "./browser";
