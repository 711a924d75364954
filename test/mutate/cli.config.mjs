import { roomConfig } from "./rooms.mjs";

// Target: a mutation score of 70 % or more. scan-worker.ts runs only inside the bundle's worker threads.
export default roomConfig("cli", { mutate: ["src/cli/**/*.ts", "!src/**/*.d.ts", "!src/cli/scan-worker.ts"], high: 80, low: 70 });
