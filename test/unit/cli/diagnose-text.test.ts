// The text `sfo-doctor diagnose` and `sfo-doctor panel` print, line by line, from small diagnoses built
// here (no log is read): what an admin reads, in English, in the order and with the numbers they read it.
import { percent, renderDiagnosis, renderSidePanel } from "../../../src/cli/diagnose";
import { cliText } from "../../../src/cli/text";
import { getCause, type Diagnosis, type SidePanelState } from "../../../src/engine";

const en = cliText("en");
const lines = (text: string) => text.split("\n");

const diagnosis = (over: Partial<Diagnosis>): Diagnosis => ({
  basis: "logs",
  status: "unknown",
  cause: null,
  policy: null,
  policyReason: null,
  candidates: [],
  sidePanel: null,
  evidence: [],
  episodes: [],
  files: [],
  timeline: [],
  notes: [],
  ...over,
});

const file = (path: string, entries: number) => ({ path, entries, bytes: 10, encoding: "utf-8" as const });

describe("percent", () => {
  it("turns the engine's 0..1 into a whole percent, and keeps a number that already is one", () => {
    expect(percent(0.5)).toBe(50);
    expect(percent(0.857)).toBe(86);
    expect(percent(1)).toBe(100);
    expect(percent(85)).toBe(85);
  });
});

describe("the side panel as the CLI prints it", () => {
  it("marks only the unresolved labels, names a documented key's cause without a guess warning, and adds no note when all resolved", () => {
    const state: SidePanelState = {
      labels: { loggedOut: "A", detail: "B", button: "C" },
      keys: {},
      detailKey: "oauthPolicy",
      unresolved: [],
    };
    expect(renderSidePanel(state, en)).toEqual([
      "Side panel:",
      "  message (loggedOutLabel): A",
      "  detail (loggedOutDetailLabel): B",
      "  button (buttonLabel): C",
      "Detail key oauthPolicy stands for the cause refresh-token-expired: The Refresh Token Policy expired Salesforce for Outlook's sign-in",
    ]);
  });

  it("counts two unresolved labels and says when a detail key is unknown", () => {
    const state: SidePanelState = {
      labels: { loggedOut: "<<Unknown Label:x>>", detail: "B", button: "<<Unknown Label:y>>" },
      keys: {},
      detailKey: "nope",
      unresolved: ["loggedOut", "button"],
    };
    expect(renderSidePanel(state, en)).toEqual([
      "Side panel:",
      "  message (loggedOutLabel): <<Unknown Label:x>> (unresolved)",
      "  detail (loggedOutDetailLabel): B",
      "  button (buttonLabel): <<Unknown Label:y>> (unresolved)",
      "Detail key nope is not one sfo-doctor knows.",
      "2 labels show as <<Unknown Label:…>>: probably SFO has no text for them in its language. That is most likely cosmetic; the detail key still tells the cause.",
    ]);
  });
});

describe("diagnose as text", () => {
  it("logged out: since when, the cause with its own percentage, policy, note, numbered steps, episodes, panel, other causes, evidence and totals", () => {
    const revoked = getCause("token-revoked");
    const d = diagnosis({
      status: "logged-out",
      cause: "token-revoked",
      // The cause's percentage is its own, wherever it stands in the list.
      candidates: [
        { id: "refresh-token-expired", confidence: 0.4 },
        { id: "token-revoked", confidence: 0.857 },
        { id: "unknown", confidence: 0.2 },
      ],
      policy: "if-unused",
      policyReason: { key: "cause.policyReason.ifUnused", params: { hours: 9 } },
      notes: [{ key: "cause.note.unconfirmed" }],
      episodes: [
        { from: "2015-04-24T08:00:00.000", to: "2015-04-24T08:30:00.000", cause: "refresh-token-expired" },
        { from: "2015-04-24T09:00:00.000", to: null, cause: "token-revoked" },
      ],
      sidePanel: {
        labels: { loggedOut: "Logged out", detail: "<<Unknown Label:tokenRevoked>>", button: "Log In" },
        keys: {},
        detailKey: "tokenRevoked",
        unresolved: ["detail"],
      },
      evidence: [
        { file: "Trace.log", line: 7, time: "2015-04-24T09:00:00.000", level: "ERROR", logger: "sfdcsession", message: "token revoked" },
      ],
      files: [file("Trace.log", 3), file("AddinTrace.log", 4)],
    });
    const steps = (keys: readonly string[] | undefined) => (keys ?? []).map((k, i) => `  ${i + 1}. ${en.t(k as never)}`);
    expect(steps(revoked.stepKeys.classic)).toHaveLength(3);
    expect(lines(renderDiagnosis(d, en))).toEqual([
      "Status: logged out (since 2015-04-24T09:00:00.000)",
      "Cause: Salesforce for Outlook's access was revoked [token-revoked, 86 % sure]",
      `Why: ${en.t(revoked.adminKey)}`,
      `For the user: ${en.t(revoked.userKey)}`,
      "Who fixes it: the user",
      'Refresh Token Policy, probably: "Expire refresh token if not used for n" (metadata refreshTokenPolicy = specific_inactivity:n:UNIT)',
      "  The logout came right after 9 hours without any activity in the logs.",
      "",
      en.t("cause.note.unconfirmed"),
      "",
      "Steps in Salesforce Classic:",
      "  1. Go to Setup > Administer > Manage Apps > Connected Apps OAuth Usage.",
      "  2. Find Salesforce for Outlook; if it is blocked, click Unblock.",
      "  3. Ask the user to log in again from the side panel.",
      "",
      "Steps in Lightning Experience:",
      ...steps(revoked.stepKeys.lightning),
      "",
      "Steps for the user:",
      ...steps(revoked.stepKeys.user),
      "",
      `Check that it worked: ${en.t(revoked.verifyKey)}`,
      "",
      "Episodes in the logs:",
      "  2015-04-24T08:00:00.000 to 2015-04-24T08:30:00.000: logged out, refresh-token-expired (The Refresh Token Policy expired Salesforce for Outlook's sign-in)",
      "  2015-04-24T09:00:00.000 to the end of the logs: logged out, token-revoked (Salesforce for Outlook's access was revoked)",
      "",
      "Side panel:",
      "  message (loggedOutLabel): Logged out",
      "  detail (loggedOutDetailLabel): <<Unknown Label:tokenRevoked>> (unresolved)",
      "  button (buttonLabel): Log In",
      "Detail key tokenRevoked stands for the cause token-revoked: Salesforce for Outlook's access was revoked (a key from sfo-doctor's simulator: SFO is not known to use it, so treat the cause as a guess)",
      "1 label shows as <<Unknown Label:…>>: probably SFO has no text for them in its language. That is most likely cosmetic; the detail key still tells the cause.",
      "",
      "Other possible causes: refresh-token-expired (40 %), unknown",
      "",
      "Evidence:",
      "  Trace.log:7  2015-04-24T09:00:00.000  ERROR sfdcsession  token revoked",
      "",
      "Read 2 files, 7 log entries.",
      "",
    ]);
  });

  it("connected again: the latest past episode of that cause, prevention steps only for the parts the cause has, nothing on other causes or evidence", () => {
    const tls = getCause("tls-unsupported");
    const d = diagnosis({
      status: "connected",
      cause: "tls-unsupported",
      candidates: [{ id: "tls-unsupported", confidence: 0.6 }],
      episodes: [
        { from: "2015-04-24T08:00:00.000", to: "2015-04-24T08:30:00.000", cause: "tls-unsupported" },
        { from: "2015-04-24T09:00:00.000", to: "2015-04-24T09:30:00.000", cause: "tls-unsupported" },
        { from: "2015-04-24T10:00:00.000", to: "2015-04-24T10:30:00.000", cause: "proxy-or-network" },
      ],
      files: [file("Trace.log", 1)],
    });
    expect(tls.stepKeys.classic).toBeUndefined();
    expect(lines(renderDiagnosis(d, en))).toEqual([
      "Status: connected",
      "SFO is connected now: the user is signed in and nothing needs doing to get back in. The steps below are to keep it from happening again.",
      "It happened before: logged out from 2015-04-24T09:00:00.000 to 2015-04-24T09:30:00.000. Cause: This computer cannot make a secure connection to Salesforce [tls-unsupported, 60 % sure]",
      `Why: ${en.t(tls.adminKey)}`,
      "Who can keep it from happening again: the user's IT department (Windows, network)",
      "",
      "If it happens again, steps for the user:",
      "  1. Send the report to your IT department.",
      "  2. IT: install current Windows updates and enable TLS 1.2 for the .NET Framework (SchUseStrongCrypto = 1).",
      "  3. Restart the computer, then log in from the side panel.",
      "",
      `Check that it worked: ${en.t(tls.verifyKey)}`,
      "",
      "Episodes in the logs:",
      "  2015-04-24T08:00:00.000 to 2015-04-24T08:30:00.000: logged out, tls-unsupported (This computer cannot make a secure connection to Salesforce)",
      "  2015-04-24T09:00:00.000 to 2015-04-24T09:30:00.000: logged out, tls-unsupported (This computer cannot make a secure connection to Salesforce)",
      "  2015-04-24T10:00:00.000 to 2015-04-24T10:30:00.000: logged out, proxy-or-network (Salesforce could not be reached)",
      "",
      "Read 1 file, 1 log entry.",
      "",
    ]);
  });

  it("connected again with the cause but no dated episode: says it happened earlier in the logs", () => {
    const d = diagnosis({ status: "connected", cause: "tls-unsupported", candidates: [{ id: "tls-unsupported", confidence: 0.6 }] });
    expect(lines(renderDiagnosis(d, en)).slice(0, 3)).toEqual([
      "Status: connected",
      "SFO is connected now: the user is signed in and nothing needs doing to get back in. The steps below are to keep it from happening again.",
      "It happened before, earlier in the logs. Cause: This computer cannot make a secure connection to Salesforce [tls-unsupported, 60 % sure]",
    ]);
  });

  it("no status and no cause: says the logs show neither, and what to do", () => {
    expect(renderDiagnosis(diagnosis({ status: "unknown" }), en)).toBe(
      "Status: unknown\nThe logs show neither a log-out nor a known sign-in error. If SFO still shows the side-panel message, send the logs to the admin (sfo-doctor report).\n\nRead 0 files, 0 log entries.\n",
    );
  });

  it("connected without any episode: no problem, no date, and the totals of nothing", () => {
    expect(renderDiagnosis(diagnosis({ status: "connected" }), en)).toBe(
      "Status: connected\nNo sign-in problem found: SFO was connected at the end of the logs.\n\nRead 0 files, 0 log entries.\n",
    );
  });
});
