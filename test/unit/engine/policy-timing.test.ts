// Which Refresh Token Policy the timing of the log-outs suggests (SFO-FACTS §3, inferred): how long each
// session lasted after a login SFO logged, and how long the log was quiet before the failure. Generated
// lines in SFO's Trace.log layout: these test the timing, not the recognition.
import { diagnoseFiles, type Diagnosis } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
const MIN = 60_000;
const H = 60;
/** SFO's timestamp `minutes` (and `ms`) after Monday 2024-03-04 00:00. */
const at = (minutes: number, ms = 0) =>
  new Date(Date.UTC(2024, 2, 4) + minutes * MIN + ms).toISOString().replace("T", " ").replace("Z", "").replace(".", ",");
type Line = [minutes: number, text: string] | [minutes: number, text: string, ms: number];
const text = (lines: Line[]) => lines.map(([m, t, ms]) => `${at(m, ms ?? 0)} ${t}\r\n`).join("");
const trace = (...lines: Line[]) => diagnoseFiles([{ path: "Trace.log", bytes: enc(text(lines)) }]);

const EXPIRED = "[13152] ERROR sfdcsession LogOn failed with exception - token validity expired";
const NETWORK = "[13152] ERROR sfdcsession LogOn failed with exception - Unable to connect to the remote server";
const LOGGED_OUT = "[3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const LOGIN = "[3604] DEBUG general Application status changed to Connected";
const SYNC = "[3364] DEBUG general Running Synchronize Status:Connected";
const NOISE = "[5120] DEBUG ContactSync Change tracker found 0 modified items in folder Contacts";

/** Outlook in use from `from` to `to` (minutes): a line every 4 hours, so the log is never quiet for long. */
const busy = (from: number, to: number): Line[] => {
  const lines: Line[] = [];
  for (let m = from + 4 * H; m < to; m += 4 * H) lines.push([m, NOISE]);
  return lines;
};
/** Sessions that each end in a log-out `hours[i]` after their login; the next login an hour after each log-out. */
const sessions = (...hours: number[]): Line[] => {
  const lines: Line[] = [[7 * H, SYNC]];
  let t = 8 * H;
  for (const h of hours) {
    const fail = t + h * H;
    lines.push([t, LOGIN], ...busy(t, fail), [fail, EXPIRED], [fail + 1, LOGGED_OUT]);
    t = fail + H;
  }
  return lines;
};
const guess = (d: Diagnosis) => ({ policy: d.policy, reason: d.policyReason });

describe("policy timing: Immediately expire", () => {
  it("a recovery after an error that followed the log-out still counts as a fresh login", () => {
    const d = trace(
      [8 * H, SYNC],
      [8 * H + 30, EXPIRED],
      [8 * H + 31, LOGGED_OUT],
      [8 * H + 45, EXPIRED],
      [9 * H, SYNC],
      [10 * H, EXPIRED],
      [10 * H + 1, LOGGED_OUT],
    );
    expect(guess(d)).toEqual({
      policy: "immediately",
      reason: { key: "cause.policyReason.immediately", params: { minutes: 60, episodes: 1 } },
    });
  });

  it("times only this cause's log-outs, from its own error, not an earlier one of another cause", () => {
    const d = trace(
      [8 * H, LOGIN],
      [8 * H + 30, NETWORK],
      [8 * H + 31, LOGGED_OUT],
      [9 * H, LOGIN],
      [9 * H + 45, "[3364] DEBUG general Running Synchronize Status:Offline"],
      [9 * H + 50, NETWORK],
      [10 * H, EXPIRED],
      [10 * H + 1, LOGGED_OUT],
    );
    expect(d.episodes.map((e) => e.cause)).toEqual(["proxy-or-network", "refresh-token-expired"]);
    expect(guess(d)).toEqual({
      policy: "immediately",
      reason: { key: "cause.policyReason.immediately", params: { minutes: 60, episodes: 1 } },
    });
  });

  it("an error in the very millisecond of a login is a session of 0 minutes", () => {
    const d = trace([8 * H, SYNC], [10 * H, LOGIN], [10 * H, EXPIRED], [10 * H + 1, LOGGED_OUT]);
    expect(guess(d)).toEqual({
      policy: "immediately",
      reason: { key: "cause.policyReason.immediately", params: { minutes: 0, episodes: 1 } },
    });
  });

  it("a log-out exactly 24 hours after the login, with Outlook in use, is still 'immediately'", () => {
    const d = trace(...sessions(24));
    expect(guess(d)).toEqual({
      policy: "immediately",
      reason: { key: "cause.policyReason.immediately", params: { minutes: 24 * 60, episodes: 1 } },
    });
  });

  it("without a login since the last recovery, two earlier short sessions suggest it", () => {
    const d = trace(
      [8 * H, LOGIN],
      [9 * H, EXPIRED],
      [9 * H + 1, LOGGED_OUT],
      [10 * H, LOGIN],
      [11 * H, EXPIRED],
      [11 * H + 5, SYNC], // back without a new login: the second episode was an error alone
      [12 * H, EXPIRED],
      [12 * H + 1, LOGGED_OUT],
    );
    expect(d.episodes).toHaveLength(3);
    expect(guess(d)).toEqual({
      policy: "immediately",
      reason: { key: "cause.policyReason.immediately", params: { minutes: 60, episodes: 2 } },
    });
  });

  it("no guess when one earlier session lasted two days, short as the last one was", () => {
    expect(guess(trace(...sessions(48, 1)))).toEqual({ policy: null, reason: null });
    // The same without a login since the last recovery.
    const d = trace(
      [7 * H, SYNC],
      [8 * H, LOGIN],
      ...busy(8 * H, 56 * H),
      [56 * H, EXPIRED],
      [56 * H + 1, LOGGED_OUT],
      [57 * H, LOGIN],
      [58 * H, EXPIRED],
      [58 * H + 5, SYNC],
      [59 * H, EXPIRED],
      [59 * H + 1, LOGGED_OUT],
    );
    expect(d.episodes).toHaveLength(3);
    expect(guess(d)).toEqual({ policy: null, reason: null });
  });
});

describe("policy timing: what is not a login", () => {
  it("a status change to logged out is not a login, even worded 'status changed to'", () => {
    const d = trace([8 * H, SYNC], [9 * H, LOGGED_OUT], [9 * H + 5, EXPIRED]);
    expect(d.cause).toBe("refresh-token-expired");
    expect(guess(d)).toEqual({ policy: null, reason: null });
  });

  it("a sync line saying Connected again after an error is not a login", () => {
    const d = trace([8 * H, SYNC], [8 * H + 30, NETWORK], [8 * H + 31, SYNC], [9 * H + 30, EXPIRED], [9 * H + 31, LOGGED_OUT]);
    expect(guess(d)).toEqual({ policy: null, reason: null });
  });

  it("a login from before the previous episode does not time this one", () => {
    const d = trace([8 * H, LOGIN], [8 * H + 30, EXPIRED], [8 * H + 35, SYNC], [10 * H, EXPIRED], [10 * H + 1, LOGGED_OUT]);
    expect(d.episodes).toHaveLength(2);
    expect(guess(d)).toEqual({ policy: null, reason: null });
  });
});

describe("policy timing: Expire if not used", () => {
  it("a failure after exactly 8 quiet hours, in a session longer than that", () => {
    const d = trace([7 * H, SYNC], [8 * H, LOGIN], [9 * H, NOISE], [17 * H, EXPIRED], [17 * H + 1, LOGGED_OUT]);
    expect(guess(d)).toEqual({ policy: "if-unused", reason: { key: "cause.policyReason.ifUnused", params: { hours: 8 } } });
  });

  it("no guess when the quiet spell is the whole session since the login", () => {
    const d = trace([7 * H, SYNC], [9 * H, LOGIN], [19 * H, EXPIRED], [19 * H + 1, LOGGED_OUT]);
    expect(guess(d)).toEqual({ policy: null, reason: null });
  });

  it("a side panel after a weekend away is timed from the panel, not from an unrelated error just before it", () => {
    const mon = 0;
    const fri = 4 * 24 * H;
    const nextMon = 7 * 24 * H;
    const log = text([
      [mon + 8 * H, LOGIN],
      ...busy(mon + 8 * H, fri + 17 * H),
      [fri + 17 * H, SYNC],
      [nextMon + 7 * H + 54, NOISE],
      [nextMon + 7 * H + 55, "[13152] ERROR sfdcsession LogOn failed with exception - The operation has timed out"],
    ]);
    const addin = text([
      [fri + 17 * H, "[4816] DEBUG adxsidepanel Side panel loaded"],
      [
        nextMon + 8 * H,
        "[4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=<<Unknown Label:loginButton>>",
      ],
    ]);
    const d = diagnoseFiles([
      { path: "Trace.log", bytes: enc(log) },
      { path: "AddinTrace.log", bytes: enc(addin) },
    ]);
    expect(d.cause).toBe("refresh-token-expired");
    expect(guess(d)).toEqual({ policy: "if-unused", reason: { key: "cause.policyReason.ifUnused", params: { hours: 63 } } });
  });
});

describe("policy timing: Expire after a period", () => {
  it("two sessions of 40 and 46 hours (within 15 % of each other)", () => {
    expect(guess(trace(...sessions(40, 46)))).toEqual({
      policy: "after-period",
      reason: { key: "cause.policyReason.afterPeriod", params: { hours: 43, episodes: 2 } },
    });
  });

  it.each([
    [23, 25],
    [24, 25],
    [48, 72],
  ])("no guess from sessions of %i and %i hours (one not over a day, or too far apart)", (a, b) => {
    expect(guess(trace(...sessions(a, b)))).toEqual({ policy: null, reason: null });
  });
});
