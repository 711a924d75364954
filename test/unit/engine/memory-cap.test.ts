// The memory cap on kept entries with a caller's small cap; memory-cap-default.test.ts scans past the
// default 20 000.
import { describeMemoryCap } from "./memory-cap-lines";

describeMemoryCap("memory cap on kept entries", 1000, 100, 64 * 1024, { maxEntries: 100 });
