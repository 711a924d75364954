export * from "./errors";
export * from "./scanner";
export { parseEntry, statusFlags, statusOf } from "./entry";
export * from "./folders";
export { classifyEntry, type EntryFacts } from "./classify";
