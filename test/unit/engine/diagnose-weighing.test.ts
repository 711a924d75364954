// How the doctor weighs what a log says: which causes it names, in what order and how sure, which episode a
// line belongs to, and which lines it shows as evidence. Generated lines in SFO's Trace.log layout (the
// wordings are the catalog's, from public sources): these test the weighing, not the recognition.
import { diagnose, diagnoseFiles, scanBytes, type Diagnosis } from "../../../src/engine";

const enc = (s: string) => new TextEncoder().encode(s);
/** SFO's timestamp `minutes` (and `ms`) after 2024-03-04 00:00. */
const at = (minutes: number, ms = 0) =>
  new Date(Date.UTC(2024, 2, 4) + minutes * 60_000 + ms).toISOString().replace("T", " ").replace("Z", "").replace(".", ",");
/** The ISO time the diagnosis shows for the same moment. */
const iso = (minutes: number, ms = 0) => new Date(Date.UTC(2024, 2, 4) + minutes * 60_000 + ms).toISOString().replace("Z", "");
type Line = [minutes: number, text: string] | [minutes: number, text: string, ms: number];
const file = (path: string, ...lines: Line[]) => ({
  path,
  bytes: enc(lines.map(([m, text, ms]) => `${at(m, ms ?? 0)} ${text}\r\n`).join("")),
});
const trace = (...lines: Line[]) => diagnoseFiles([file("Trace.log", ...lines)]);
const H = 60;

const failed = (text: string) => `[13152] ERROR sfdcsession LogOn failed with exception - ${text}`;
const EXPIRED = failed("token validity expired");
const NETWORK = failed("Unable to connect to the remote server");
const LOGGED_OUT = "[3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid";
const SYNC = "[3364] DEBUG general Running Synchronize Status:Connected";
const OFFLINE = "[3364] DEBUG general Running Synchronize Status:Offline";
const panelLine = (detailKey: string) =>
  `[4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:${detailKey}>>&buttonLabel=<<Unknown Label:loginButton>>`;
const ids = (d: Diagnosis) => d.candidates.map((c) => c.id);
const noteKeys = (d: Diagnosis) => d.notes.map((n) => n.key);

describe("diagnose: how sure each candidate is", () => {
  it("a wording counts in full the first time, a little for each of its next three repeats, then no more", () => {
    const d = trace([9 * H + 59, NETWORK], ...[0, 1, 2, 3, 4, 5].map((m): Line => [10 * H + m, EXPIRED]), [10 * H + 7, LOGGED_OUT]);
    // token validity expired: 10 + 1 + 1 + 1 = 13 of 20; the network error 7 of 20. The stronger leads.
    expect(d.candidates).toEqual([
      { id: "refresh-token-expired", confidence: 0.65 },
      { id: "proxy-or-network", confidence: 0.35 },
    ]);
  });

  it("a cause whose one wording is weak is not called sure, even alone", () => {
    // "The operation has timed out" weighs 5 of the 10 that make a cause sure.
    const d = trace([10 * H, failed("The operation has timed out")], [10 * H + 1, LOGGED_OUT]);
    expect(d.candidates).toEqual([{ id: "proxy-or-network", confidence: 0.5 }]);
  });

  it("two causes that weigh the same are listed in the catalog's order, whichever came first in the log", () => {
    for (const order of [
      ["Restricted time", "Restricted IP"],
      ["Restricted IP", "Restricted time"],
    ]) {
      const d = trace([10 * H, failed(order[0])], [10 * H + 1, failed(order[1])], [10 * H + 2, LOGGED_OUT]);
      expect(d.candidates).toEqual([
        { id: "ip-restricted", confidence: 0.5 },
        { id: "login-hours", confidence: 0.5 },
      ]);
    }
  });

  it("a wording two causes share is capped at 60 % for either, and its repeats count for both", () => {
    const d = trace(
      [10 * H, failed("ip restricted or invalid login hours")],
      [10 * H + 1, failed("ip restricted")],
      [10 * H + 2, LOGGED_OUT],
    );
    // ip-restricted 8 + 7 of 22.5 (67 %, capped at 60 %); login-hours half of each: 4 + 3.5.
    expect(d.candidates).toEqual([
      { id: "ip-restricted", confidence: 0.6 },
      { id: "login-hours", confidence: 0.33 },
    ]);
    expect(noteKeys(d)).toContain("cause.tellApart.ipHours");
  });

  it("a shared wording next to a partner's own evidence adds at most 3 to that partner", () => {
    const d = trace(
      [10 * H, EXPIRED],
      [10 * H + 1, "[13152] ERROR sfdcsession OAuth token request failed: invalid_grant expired access/refresh token"],
      [10 * H + 2, NETWORK],
      [10 * H + 3, LOGGED_OUT],
    );
    // refresh-token-expired: 10 + 3 (its half of the shared wording) + 3 (token-revoked's 6, capped) = 16 of 23.
    expect(d.candidates).toEqual([
      { id: "refresh-token-expired", confidence: 0.7 },
      { id: "proxy-or-network", confidence: 0.3 },
    ]);
    expect(noteKeys(d)).not.toContain("cause.tellApart.token");
  });

  it("a shared wording between two causes that both have their own evidence counts for each, not merged", () => {
    const d = trace(
      [10 * H, failed("Could not create SSL/TLS secure channel")],
      [10 * H + 1, NETWORK],
      [10 * H + 2, failed("The underlying connection was closed: An unexpected error occurred on a send")],
      [10 * H + 3, LOGGED_OUT],
    );
    // tls-unsupported 9 + 6 = 15, proxy-or-network 7 + 3 = 10.
    expect(d.candidates).toEqual([
      { id: "tls-unsupported", confidence: 0.6 },
      { id: "proxy-or-network", confidence: 0.4 },
    ]);
  });

  it("a shared wording in the log with the side panel's key is fully sure of the panel's cause", () => {
    const d = diagnoseFiles([
      file("Trace.log", [10 * H, "[13152] ERROR sfdcsession OAuth token request failed: invalid_grant expired access/refresh token"]),
      file("AddinTrace.log", [10 * H + 1, panelLine("oauthPolicy")]),
    ]);
    expect(d.candidates).toEqual([{ id: "refresh-token-expired", confidence: 1 }]);
  });

  it("the side panel's own 'session ended' key names no cause: the log's error does", () => {
    const d = diagnoseFiles([file("Trace.log", [10 * H, NETWORK]), file("AddinTrace.log", [10 * H + 1, panelLine("sessionEnded")])]);
    expect(d.cause).toBe("proxy-or-network");
    expect(d.candidates).toEqual([{ id: "proxy-or-network", confidence: 0.7 }]);
  });

  it("a side panel alone is a confirmed log-out: 70 % for the documented key, no note asking for confirmation", () => {
    const d = diagnoseFiles([file("AddinTrace.log", [10 * H, panelLine("oauthPolicy")])]);
    expect(d.status).toBe("logged-out");
    expect(d.candidates).toEqual([{ id: "refresh-token-expired", confidence: 0.7 }]);
    expect(noteKeys(d)).not.toContain("cause.note.unconfirmed");
  });

  it("a sign-in error with no status line after it: 80 % of the sureness, and a note on what would confirm it", () => {
    const d = trace([9 * H, SYNC], [10 * H, EXPIRED]);
    expect(d.status).toBe("logged-out");
    expect(d.candidates).toEqual([{ id: "refresh-token-expired", confidence: 0.8 }]);
    expect(noteKeys(d)).toContain("cause.note.unconfirmed");
  });

  it("an unrecognised sign-in failure with no status line after it stays 'unknown', not discounted", () => {
    const d = trace([9 * H, SYNC], [10 * H, failed("something nobody documented")]);
    expect(d.status).toBe("logged-out");
    expect(d.candidates).toEqual([{ id: "unknown", confidence: 1 }]);
  });
});

describe("diagnose: episodes", () => {
  it("'logged out since' is the first status line that said so, not a later repeat", () => {
    const d = trace([9 * H, SYNC], [10 * H, EXPIRED], [10 * H + 1, LOGGED_OUT], [10 * H + 20, EXPIRED], [10 * H + 21, LOGGED_OUT]);
    expect(d.episodes).toEqual([{ from: iso(10 * H + 1), to: null, cause: "refresh-token-expired" }]);
  });

  it("a status SFO does not call logged out or connected neither opens nor closes an episode", () => {
    const neither = trace([9 * H, SYNC], [10 * H, OFFLINE]);
    expect(neither.status).toBe("unknown");
    expect(neither.episodes).toEqual([]);
    expect(neither.cause).toBeNull();
    const stillOut = trace([9 * H, SYNC], [10 * H, EXPIRED], [10 * H + 1, LOGGED_OUT], [10 * H + 30, OFFLINE]);
    expect(stillOut.status).toBe("logged-out");
    expect(stillOut.episodes).toEqual([{ from: iso(10 * H + 1), to: null, cause: "refresh-token-expired" }]);
  });

  it("a second log-out soon after a recovery does not blame the first one's error", () => {
    const d = trace(
      [9 * H, SYNC],
      [10 * H, NETWORK],
      [10 * H + 1, LOGGED_OUT],
      [10 * H + 5, SYNC],
      [10 * H + 10, EXPIRED],
      [10 * H + 11, LOGGED_OUT],
    );
    expect(d.episodes.map((e) => e.cause)).toEqual(["proxy-or-network", "refresh-token-expired"]);
    expect(d.candidates).toEqual([{ id: "refresh-token-expired", confidence: 1 }]);
    expect(d.evidence.map((e) => e.message)).not.toContain("LogOn failed with exception - Unable to connect to the remote server");
  });

  it("an error logged in the same millisecond as the recovery still belongs to the episode it ends", () => {
    const d = trace([9 * H, SYNC], [10 * H, LOGGED_OUT], [10 * H + 5, EXPIRED], [10 * H + 5, SYNC]);
    expect(d.status).toBe("connected");
    expect(d.episodes).toEqual([{ from: iso(10 * H), to: iso(10 * H + 5), cause: "refresh-token-expired" }]);
  });

  it("a recovered episode opened by a sign-in error alone asks for no confirmation", () => {
    const d = trace([9 * H, SYNC], [10 * H, EXPIRED], [10 * H + 2, SYNC]);
    expect(d.status).toBe("connected");
    expect(d.episodes).toEqual([{ from: iso(10 * H), to: iso(10 * H + 2), cause: "refresh-token-expired" }]);
    expect(noteKeys(d)).not.toContain("cause.note.unconfirmed");
  });

  it("a confirmed log-out that is still open asks for no confirmation", () => {
    const d = trace([9 * H, SYNC], [10 * H, EXPIRED], [10 * H + 2, LOGGED_OUT]);
    expect(noteKeys(d)).not.toContain("cause.note.unconfirmed");
  });
});

describe("diagnose: evidence", () => {
  it("shows the error and the status line that said logged out, not the healthy lines before them", () => {
    const d = trace([9 * H + 50, SYNC], [10 * H, EXPIRED], [10 * H + 1, LOGGED_OUT]);
    expect(d.evidence.map((e) => `${e.line} ${e.message}`)).toEqual([
      "2 LogOn failed with exception - token validity expired",
      "3 Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
    ]);
  });

  it("shows at most the last 20 lines of a long episode", () => {
    const errors = Array.from({ length: 25 }, (_, i): Line => [10 * H, failed(`token validity expired (attempt ${i + 1})`), i]);
    const d = trace(...errors, [10 * H + 1, LOGGED_OUT]);
    expect(d.evidence).toHaveLength(20);
    expect(d.evidence[0].message).toContain("(attempt 7)");
    expect(d.evidence[19].message).toBe("Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid");
  });

  it("shows the latest side panel when SFO showed more than one", () => {
    const d = diagnoseFiles([file("AddinTrace.log", [10 * H, panelLine("tokenRevoked")], [10 * H + 1, panelLine("oauthPolicy")])]);
    expect(d.sidePanel?.detailKey).toBe("oauthPolicy");
  });

  it("merges files by time, and lines of the same moment in the order the files were given", () => {
    const addin = file("AddinTrace.log", [10 * H, panelLine("oauthPolicy")]);
    const log = file("Trace.log", [9 * H, SYNC], [10 * H, EXPIRED], [10 * H + 1, LOGGED_OUT]);
    expect(diagnoseFiles([addin, log]).evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      "AddinTrace.log:1",
      "Trace.log:2",
      "Trace.log:3",
    ]);
    expect(diagnoseFiles([log, addin]).evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      "Trace.log:2",
      "AddinTrace.log:1",
      "Trace.log:3",
    ]);
  });

  it("merges long files whose lines interleave, in time order, same-moment lines in the order the files were given", () => {
    // Over 64 lines: the sort then merges runs, and compares lines of either file both ways round.
    const a = Array.from({ length: 40 }, (_, i): Line => [10 * H, failed(`token validity expired (a${i})`), i * 2]);
    const b = Array.from({ length: 40 }, (_, i): Line => [10 * H, failed(`token validity expired (b${i})`), i * 2 + (i % 2)]);
    const out = [10 * H + 1, LOGGED_OUT] as Line;
    for (const files of [
      [file("A.log", ...a, out), file("B.log", ...b)],
      [file("B.log", ...b), file("A.log", ...a, out)],
    ]) {
      const d = diagnoseFiles(files);
      const ms = (e: { time: string }) => Date.parse(e.time + "Z");
      const shown = d.evidence.map((e) => `${e.file}:${e.line}`);
      const expected = [...files.flatMap((f) => scanBytes(f.path, f.bytes).entries)]
        .sort((x, y) => ms(x) - ms(y))
        .map((e) => `${e.file}:${e.line}`)
        .slice(-20);
      expect(shown).toEqual(expected);
      expect(d.evidence.map(ms)).toEqual([...d.evidence.map(ms)].sort((x, y) => x - y));
    }
  });
});

describe("diagnose: nothing given", () => {
  it("no files: no cause, and read as logs, not as a pasted text", () => {
    const d = diagnose([]);
    expect(d).toMatchObject({ basis: "logs", status: "unknown", cause: null, candidates: [], evidence: [], notes: [] });
  });
});

describe("diagnose: what the user pasted from the screen", () => {
  const pasted = (path: string, text: string) => ({ path, bytes: enc(text) });

  it("a side panel without its detail and an error naming a cause: the error's cause, not the seed's guess", () => {
    const d = diagnoseFiles([pasted("seen.txt", "<<Unknown Label:loggedOut>>\nLOGIN_MUST_USE_SECURITY_TOKEN")]);
    expect(d.basis).toBe("symptom");
    expect(d.cause).toBe("ip-restricted");
    expect(noteKeys(d)).not.toContain("cause.note.panelWithoutDetail");
    expect(d.candidates[0]).toEqual({ id: "ip-restricted", confidence: 0.5 });
  });

  it("at most 70 % for the documented panel key, 50 % for a key only our simulation knows, even with the error beside it", () => {
    const documented = diagnoseFiles([pasted("seen.txt", "<<Unknown Label:oauthPolicy>>\ntoken validity expired")]);
    expect(documented.candidates).toEqual([{ id: "refresh-token-expired", confidence: 0.7 }]);
    const simulated = diagnoseFiles([pasted("seen.txt", "<<Unknown Label:ipRestricted>>\nLOGIN_MUST_USE_SECURITY_TOKEN")]);
    expect(ids(simulated)).toEqual(["ip-restricted"]);
    expect(simulated.candidates[0].confidence).toBe(0.5);
  });

  it("the 'session ended' panel names no cause and says so plainly", () => {
    const d = diagnoseFiles([pasted("seen.txt", "<<Unknown Label:sessionEnded>>")]);
    expect(d.status).toBe("logged-out");
    expect(d.candidates).toEqual([{ id: "unknown", confidence: 1 }]);
  });

  it("reads the side panel from whichever pasted text shows it", () => {
    const d = diagnoseFiles([pasted("error.txt", "LOGIN_MUST_USE_SECURITY_TOKEN"), pasted("panel.txt", "<<Unknown Label:ipRestricted>>")]);
    expect(d.status).toBe("logged-out");
    expect(d.sidePanel?.detailKey).toBe("ipRestricted");
  });

  it("shows each pasted text as evidence: trimmed, cut at 2000 characters, with no time, level or logger", () => {
    const long = `  <<Unknown Label:oauthPolicy>>\n${"x".repeat(3000)}  \n`;
    const d = diagnoseFiles([pasted("seen.txt", long)]);
    expect(d.evidence).toEqual([{ file: "seen.txt", line: 1, time: "", level: "", logger: "", message: long.trim().slice(0, 2000) }]);
  });

  it("next to a log, a pasted text joins the log's end: read as logs, shown as evidence at the log's last time", () => {
    const log = file("Trace.log", [9 * H, SYNC], [10 * H, EXPIRED]);
    const text = `  You've been logged out of Salesforce.\n${"y".repeat(2500)}\n<<Unknown Label:oauthPolicy>>  `;
    const d = diagnose([scanBytes(log.path, log.bytes), scanBytes("seen.txt", enc(text))]);
    expect(d.basis).toBe("logs");
    expect(d.status).toBe("logged-out");
    expect(d.sidePanel?.detailKey).toBe("oauthPolicy");
    expect(d.candidates).toEqual([{ id: "refresh-token-expired", confidence: 1 }]);
    expect(d.evidence.at(-1)).toEqual({
      file: "seen.txt",
      line: 1,
      time: iso(10 * H),
      level: "",
      logger: "",
      message: text.trim().slice(0, 2000),
    });
  });
});
