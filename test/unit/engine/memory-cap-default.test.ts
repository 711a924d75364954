// The default cap, with no option given: about 20 000 entries per file, reached only by a long scan
// (50 000 kept-worthy lines). Mutation runs leave this file out for its time (test/jest.mutate.config.js);
// memory-cap.test.ts checks the same trimming with a small cap.
import { describeMemoryCap } from "./memory-cap-lines";

describeMemoryCap("memory cap on kept entries, by default", 50_000, 20_000);
