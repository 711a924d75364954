// Which failure is blamed for a logout: one that came shortly before it (the seed shows under two
// minutes between SFO's failed logon and its status change), not one from hours earlier after which
// SFO went on syncing. Generated lines: these test the mechanics of the window, not recognition.
import { diagnoseFiles } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
const at = (hh: number, mm: number) => `2015-04-24 ${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:00,000`;
const FAILED = "[13152] ERROR sfdcsession LogOn failed with exception - token validity expired";
const LOGGED_OUT = "[3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const SYNC = "[3364] DEBUG general Running Synchronize Status:Connected";

/** A failure `minutesBefore` the logout at 15:00, with a sync every 10 minutes in between. */
function logWithFailure(minutesBefore: number): Uint8Array {
  const lines = [`${at(9, 0)} ${SYNC}`];
  const failAt = 15 * 60 - minutesBefore;
  lines.push(`${at(Math.floor(failAt / 60), failAt % 60)} ${FAILED}`);
  for (let m = failAt + 10; m < 15 * 60; m += 10) lines.push(`${at(Math.floor(m / 60), m % 60)} ${SYNC}`);
  lines.push(`${at(15, 0)} ${LOGGED_OUT}`, "");
  return enc(lines.join("\r\n"));
}

describe("the failure blamed for a logout", () => {
  it.each([1, 20, 29])("a failure %i minute(s) before the logout is its cause", (minutes) => {
    const d = diagnoseFiles([{ path: "Trace.log", bytes: logWithFailure(minutes) }]);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.evidence.map((e) => e.message)).toContain("LogOn failed with exception - token validity expired");
  });

  it.each([45, 120, 299])("a failure %i minutes before, with SFO syncing after it, is not blamed", (minutes) => {
    const d = diagnoseFiles([{ path: "Trace.log", bytes: logWithFailure(minutes) }]);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe("unknown");
    expect(d.evidence.map((e) => e.message)).not.toContain("LogOn failed with exception - token validity expired");
  });
});
