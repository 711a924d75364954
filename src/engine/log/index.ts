export * from "./errors";
export * from "./scanner";
export { parseEntry, statusFlags, statusOf } from "./entry";
