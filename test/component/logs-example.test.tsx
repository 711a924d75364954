// "Try the example" must analyse exactly the seed article's logs, byte for byte (CRLF included).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { EXAMPLE_LOGS } from "../../src/taskpane/example-logs";

it("embeds the seed fixtures unchanged", () => {
  const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", `seed-${name}`), "utf8");
  expect(EXAMPLE_LOGS.map((l) => l.name)).toEqual(["Trace.log", "AddinTrace.log"]);
  for (const l of EXAMPLE_LOGS) expect(l.text).toBe(fixture(l.name));
  expect(EXAMPLE_LOGS[0].text).toContain("\r\n");
});
