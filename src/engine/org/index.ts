export * from "./types";
export * from "./time";
export { OrgAnalysis, findColumns, kindOfColumns, isSfoApplication, headerKey, tokenHint } from "./analysis";
export { OrgFileReader, splitCsvRecord, csvDelimiter, MAX_JSON_CHARS } from "./reader";
export * from "./queries";
export * from "./csv";
export * from "./run";
