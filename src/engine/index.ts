// The engine's public face: the CLI, the worker and the pane import from here only.
export * from "./types";
export * from "./i18n";
export * from "./log";
export * from "./sidepanel";
export * from "./causes";
export { diagnose, diagnoseFiles } from "./diagnose";
export * from "./redact";
export { redactDiagnosis } from "./redact/diagnosis";
export * from "./report";
export * from "./run";
export { readSymptom, type SymptomReading } from "./symptom";
export * from "./org";
export { isEmailAddress } from "./address";
