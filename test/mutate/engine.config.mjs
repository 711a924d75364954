import { roomConfig } from "./rooms.mjs";

// Target: a mutation score of 80 % or more.
export default roomConfig("engine", { mutate: ["src/engine/**/*.ts", "!src/**/*.d.ts", "!src/engine/i18n/**"], high: 90, low: 80 });
