import { roomConfig } from "./rooms.mjs";

// Target: a mutation score of 80 % or more. The i18n code (ICU plurals, language lists, message lookup) is
// mutated too; the translated texts are JSON files, which Stryker does not mutate.
export default roomConfig("engine", { mutate: ["src/engine/**/*.ts", "!src/**/*.d.ts"], high: 90, low: 80 });
