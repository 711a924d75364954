// Which failure is blamed for a logout: one that came shortly before it (the seed shows under two
// minutes between SFO's failed logon and its status change; we allow 30, that minute included), not one from hours earlier.
// Generated lines: these test the mechanics of the window, not recognition.
import { diagnoseFiles } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
const at = (minutes: number) =>
  `2015-04-24 ${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}:00,000`;
const FAILED = "[13152] ERROR sfdcsession LogOn failed with exception - token validity expired";
const LOGGED_OUT = "[3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const SYNC = "[3364] DEBUG general Running Synchronize Status:Connected";
const NOISE = "[5120] DEBUG ContactSync Change tracker found 0 modified items in folder Contacts";

/** Connected in the morning, a failure `minutesBefore` the logout at 15:00, and only noise in between. */
function logWithFailure(minutesBefore: number): Uint8Array {
  const logout = 15 * 60;
  const failAt = logout - minutesBefore;
  const lines = [`${at(9 * 60)} ${SYNC}`, `${at(failAt)} ${FAILED}`];
  for (let m = failAt + 1; m < logout; m += 5) lines.push(`${at(m)} ${NOISE}`);
  lines.push(`${at(logout)} ${LOGGED_OUT}`, "");
  return enc(lines.join("\r\n"));
}

describe("the failure blamed for a logout", () => {
  it.each([1, 20, 29, 30])("a failure %i minute(s) before the logout is its cause", (minutes) => {
    const d = diagnoseFiles([{ path: "Trace.log", bytes: logWithFailure(minutes) }]);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.evidence.map((e) => e.message)).toContain("LogOn failed with exception - token validity expired");
  });

  it.each([31, 120, 299])("a failure %i minutes before it is too old to be blamed", (minutes) => {
    const d = diagnoseFiles([{ path: "Trace.log", bytes: logWithFailure(minutes) }]);
    expect(d.status).toBe("logged-out");
    expect(d.cause).not.toBe("refresh-token-expired");
    expect(d.evidence.map((e) => e.message)).not.toContain("LogOn failed with exception - token validity expired");
  });
});
