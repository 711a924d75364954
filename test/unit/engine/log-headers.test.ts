// Which lines start a log4net entry and which continue the one before: a header is exactly
// `yyyy-MM-dd HH:mm:ss,fff` (a `T` between date and time and a `.` before the milliseconds are read too),
// at least one space or tab, then the thread column's `[`. Anything near it is a continuation line of the
// entry above (a stack trace, a wrapped message), never an entry of its own with a made-up time.
import { scanBytes } from "../../../src/engine";

const FIRST = "2024-01-08 08:00:00,123 [7] ERROR sfdcsession LogOn failed with exception - token validity expired";
const MESSAGE = "ERROR sfdcsession LogOn failed with exception - invalid_grant";

function read(second: string) {
  return scanBytes("Trace.log", new TextEncoder().encode(`${FIRST}\r\n${second}\r\n`)).entries;
}

describe("log reader: a line that starts a new entry", () => {
  it.each([
    ["the usual header", `2024-01-08 08:00:01,456 [7] ${MESSAGE}`],
    ["a T between date and time", `2024-01-08T08:00:01,456 [7] ${MESSAGE}`],
    ["a dot before the milliseconds", `2024-01-08 08:00:01.456 [7] ${MESSAGE}`],
    ["a tab before the thread", `2024-01-08 08:00:01,456\t[7] ${MESSAGE}`],
    ["several spaces before the thread", `2024-01-08 08:00:01,456    [12] ${MESSAGE}`],
    ["a year starting with 9", `9024-01-08 08:00:01,456 [7] ${MESSAGE}`],
  ])("%s: two entries, the second with its own time and message", (_, second) => {
    const entries = read(second);
    expect(entries).toHaveLength(2);
    expect(entries[1].line).toBe(2);
    expect(entries[1].time).toMatch(/^[29]024-01-08T08:00:01\.456/);
    expect(entries[1].message).toContain("invalid_grant");
    expect(entries[0].continuation ?? []).toEqual([]);
  });
});

describe("log reader: a line that only looks like a header continues the entry above", () => {
  it.each([
    ["an x instead of the colon after the hour", `2024-01-08 08x00:01,456 [7] ${MESSAGE}`],
    ["an x instead of the colon after the minutes", `2024-01-08 08:00x01,456 [7] ${MESSAGE}`],
    ["slashes in the date", `2024/01/08 08:00:01,456 [7] ${MESSAGE}`],
    ["a slash after the month", `2024-01/08 08:00:01,456 [7] ${MESSAGE}`],
    ["an underscore between date and time", `2024-01-08_08:00:01,456 [7] ${MESSAGE}`],
    ["a semicolon before the milliseconds", `2024-01-08 08:00:01;456 [7] ${MESSAGE}`],
    ["no space before the thread", `2024-01-08 08:00:01,456[7] ${MESSAGE}`],
    ["no [ before the thread", `2024-01-08 08:00:01,456 7] ${MESSAGE}`],
    ["a letter where the year starts", `a024-01-08 08:00:01,456 [7] ${MESSAGE}`],
    ["a colon where the year starts", `:024-01-08 08:00:01,456 [7] ${MESSAGE}`],
    ["a slash where the year starts", `/024-01-08 08:00:01,456 [7] ${MESSAGE}`],
    ["a space where the year starts", ` 2024-01-08 08:00:01,456 [7] ${MESSAGE}`],
    ["a header cut short", `2024-01-08 08:00:01,456`],
    ["a header cut at the space", `2024-01-08 08:00:01,456 `],
  ])("%s: one entry, the line kept as its continuation", (_, second) => {
    const entries = read(second);
    expect(entries).toHaveLength(1);
    expect(entries[0].message).toContain("token validity expired");
    expect(entries[0].continuation).toEqual([second]);
  });
});
