// Login History's Status texts as Salesforce writes them (test/fixtures/real/login-history-*.txt, each
// copied from a public page) map to the exact cause of the catalog, never to a neighbour.
import * as fs from "node:fs";
import * as path from "node:path";
import { CAUSES, LOGIN_STATUS_CAUSES, normalizeLoginStatus, readLoginStatus } from "../../../src/engine";
import { OrgAnalysis, OrgFileReader } from "../../../src/engine";

const REAL = path.join(__dirname, "../../fixtures/real");
const expected = JSON.parse(fs.readFileSync(path.join(REAL, "expected.json"), "utf8")) as Record<string, { cause: string | null }>;
const statusFiles = fs.readdirSync(REAL).filter((f) => f.startsWith("login-history-") && f.endsWith(".txt"));

describe("Login History statuses from public pages", () => {
  it("has the real status fixtures to test", () => {
    expect(statusFiles.length).toBeGreaterThanOrEqual(12);
  });

  it.each(statusFiles)("%s names its cause", (file) => {
    const text = fs.readFileSync(path.join(REAL, file), "utf8").trim();
    const reading = readLoginStatus(text);
    expect(reading.failed).toBe(true);
    expect(reading.cause).toBe(expected[file].cause);
  });

  it("maps Restricted time to login hours and Restricted IP to IP ranges, not one to the other", () => {
    expect(readLoginStatus("Restricted time").cause).toBe("login-hours");
    expect(readLoginStatus("Restricted IP").cause).toBe("ip-restricted");
    expect(readLoginStatus("Outlook integration disabled").cause).toBe("outlook-integration-disabled");
    expect(readLoginStatus("Failed: Not approved for access").cause).toBe("not-admin-approved");
  });

  it("reads the spellings exports give one status (case, prefix, spaces, full stop)", () => {
    for (const s of ["RESTRICTED TIME", "Failed: Restricted time", "  Restricted   time ", "restricted time."]) {
      expect(readLoginStatus(s)).toEqual({ failed: true, cause: "login-hours", inferred: false });
    }
    expect(readLoginStatus("Invalid Password")).toEqual({ failed: true, cause: "user-auth-failure", inferred: true });
    expect(readLoginStatus("  Failed: Invalid Token")).toEqual({ failed: true, cause: "token-revoked", inferred: true });
  });

  it("keeps a status the catalog has no cause for as unknown, and a success as no failure", () => {
    expect(readLoginStatus("Failed: OAuth API access disabled")).toEqual({ failed: true, cause: "unknown", inferred: false });
    expect(readLoginStatus("Failed: Invalid Nonce").cause).toBe("unknown");
    expect(readLoginStatus("Organization is locked").cause).toBe("unknown");
    expect(readLoginStatus("Success")).toEqual({ failed: false, cause: null, inferred: false });
  });

  it("gives every status its public source, once", () => {
    const seen = new Set<string>();
    for (const s of LOGIN_STATUS_CAUSES) {
      expect(s.source).toMatch(/^https:\/\/(developer|help)\.salesforce\.com\//);
      const key = normalizeLoginStatus(s.status);
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it("agrees with the catalog: each Login History wording of a cause is a status that maps to that cause", () => {
    for (const c of CAUSES) {
      for (const sig of c.signatures.filter((x) => x.kind === "login-history")) {
        const wording = normalizeLoginStatus(sig.text);
        const entries = LOGIN_STATUS_CAUSES.filter((s) => normalizeLoginStatus(s.status).includes(wording));
        expect(entries.length).toBeGreaterThan(0);
        for (const e of entries) expect([sig.text, e.cause]).toEqual([sig.text, c.id]);
      }
    }
  });

  it("shows each user's exact cause in the org view", () => {
    const csv = [
      '"Username","Login Time","Status","Application"',
      '"a@example.com","2024-03-01T08:00:00.000+0000","Restricted time","Salesforce for Outlook"',
      '"b@example.com","2024-03-01T08:00:00.000+0000","Outlook integration disabled","Salesforce for Outlook"',
      '"c@example.com","2024-03-01T08:00:00.000+0000","失敗: クライアントの更新が必要です。","Salesforce for Outlook"',
      "",
    ].join("\r\n");
    const analysis = new OrgAnalysis();
    const reader = new OrgFileReader(analysis, "LoginHistory.csv");
    reader.push(new TextEncoder().encode(csv));
    reader.end();
    const causes = Object.fromEntries(analysis.report().users.map((u) => [u.user, u.cause]));
    expect(causes).toEqual({
      "a@example.com": "login-hours",
      "b@example.com": "outlook-integration-disabled",
      "c@example.com": "client-update-required",
    });
  });
});
