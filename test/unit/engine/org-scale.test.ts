// The org view's per-user table past its first sizes: thousands of users, many causes each, and more
// distinct values than it interns (hostile or odd exports) — every user still gets their own values.
import { OrgAnalysis, OrgFileReader, type OrgReport } from "../../../src/engine";
import { mutationScale } from "../../mutate/scale";

function readCsv(lines: string[]): OrgReport {
  const analysis = new OrgAnalysis();
  const reader = new OrgFileReader(analysis, "LoginHistory.csv");
  const text = ["Username,Login Time,Status,Application,Client Version,TLS Protocol", ...lines, ""].join("\r\n");
  reader.push(new TextEncoder().encode(text));
  reader.end();
  return analysis.report();
}

const iso = (minute: number) => new Date(Date.UTC(2024, 2, 1) + minute * 60_000).toISOString().replace("Z", "+0000");

describe("org: the per-user table at scale", () => {
  // Past the table's first growth (1,024 users) either way; 3,000 also past the second.
  const users = mutationScale(3000, 1100);

  it(`keeps each of ${users} users' counts, causes and latest row apart`, () => {
    const lines: string[] = [];
    for (let u = 0; u < users; u++) {
      lines.push(`u${u}@example.com,${iso(u)},Restricted IP,Salesforce for Outlook,2.9.${u % 4},TLS 1.2`);
      lines.push(`u${u}@example.com,${iso(10_000 + u)},Restricted time,Salesforce for Outlook,2.9.${u % 4},TLS 1.2`);
      lines.push(
        `u${u}@example.com,${iso(20_000 + u)},${u % 2 ? "Success" : "User is frozen"},Salesforce for Outlook,2.9.${(u + 1) % 4},TLS 1.3`,
      );
    }
    const r = readCsv(lines);
    const half = users / 2;
    expect(r.summary).toMatchObject({ users, failing: half });
    expect(r.summary.causes).toEqual({ "user-auth-failure": half, "login-hours": half });
    const u7 = r.users.find((x) => x.user === "u7@example.com");
    expect(u7).toMatchObject({
      logins: 3,
      failures: 2,
      failing: false,
      cause: "login-hours",
      clientVersion: "2.9.0",
      tlsProtocol: "TLS 1.3",
    });
    expect(u7?.latest).toEqual({ time: "2024-03-14 21:27:00 UTC", status: "Success", cause: null });
    expect(u7?.causes.map((c) => [c.cause, c.count, c.first, c.statuses])).toEqual([
      ["ip-restricted", 1, "2024-03-01 00:07:00 UTC", ["Restricted IP"]],
      ["login-hours", 1, "2024-03-07 22:47:00 UTC", ["Restricted time"]],
    ]);
    expect(r.users.find((x) => x.user === `u${users - 2}@example.com`)).toMatchObject({
      failing: true,
      cause: "user-auth-failure",
      failures: 3,
    });
    // Failing users first, by the catalog's rank of their cause.
    expect(r.users.slice(0, half).every((x) => x.failing)).toBe(true);
  });

  it("still gives every user their own latest client version when the values outnumber what is interned", () => {
    const lines: string[] = [];
    // 20 x 2,000 rows, each with a status and a client version of its own: 80,000 values.
    for (let row = 0; row < 20; row++) {
      for (let u = 0; u < 2000; u++)
        lines.push(`u${u}@example.com,${iso(row * 2000 + u)},Odd status ${row}-${u},Salesforce for Outlook,9.${row}.${u},TLS 1.2`);
    }
    const r = readCsv(lines);
    expect(r.users).toHaveLength(2000);
    for (const u of [0, 1234, 1999]) {
      const user = r.users.find((x) => x.user === `u${u}@example.com`);
      expect(user?.clientVersion).toBe(`9.19.${u}`);
      expect(user?.latest?.status).toBe(`Odd status 19-${u}`);
      expect(user?.causes[0]).toMatchObject({ cause: "unknown", count: 20 });
      // A sample of the statuses, not all 20.
      expect(user?.causes[0].statuses.length).toBeLessThanOrEqual(10);
    }
  });
});
