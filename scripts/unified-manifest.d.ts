// Types for scripts/unified-manifest.js, which webpack.config.js loads as plain CommonJS.
/** The app manifest schema version the unified manifest targets. */
export const SCHEMA_VERSION: string;
/** The folder of that version's JSON schemas inside @microsoft/app-manifest. */
export const SCHEMA_DIR: string;
/** The package icons: their file name in the package and in dist/, their source in assets/, their size. */
export const ICONS: Record<"color" | "outline", { file: string; source: string; size: number }>;
/** manifest.json and one localization file per extra language, by file name, built from manifest.xml. */
export function buildUnifiedManifest(xml: string): Record<string, Record<string, unknown>>;
