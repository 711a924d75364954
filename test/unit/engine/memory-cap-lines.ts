// A log of `count` failure lines a minute apart, then SFO logged out: every line is one the scanner keeps.
const FAILED = "[13152] ERROR sfdcsession LogOn failed with exception - token validity expired";
const LOGGED_OUT = "[3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const stamp = (i: number) => new Date(Date.UTC(2015, 0, 1) + i * 60_000).toISOString().replace("T", " ").replace("Z", "").replace(".", ",");

export function manyKeptEntries(count: number): Uint8Array {
  const lines: string[] = [];
  for (let i = 0; i < count; i++) lines.push(`${stamp(i)} ${FAILED}`);
  lines.push(`${stamp(count)} ${LOGGED_OUT}`, "");
  return new TextEncoder().encode(lines.join("\r\n"));
}
