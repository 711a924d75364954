// The result of the seed logs: cause in plain words, the fix's exact setting, file:line evidence
// (copied redacted), the side panel as SFO drew it, the timeline, and the next steps.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MailEdit20Regular } from "@fluentui/react-icons";
import { I18nProvider } from "../../src/taskpane/i18n";
import { diagnoseFiles, type Diagnosis } from "../../src/engine";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { ResultView } from "../../src/taskpane/views/ResultView";

(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

const bytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));
const seedDiagnosis = (): Diagnosis =>
  diagnoseFiles([
    { path: "Trace.log", bytes: bytes("seed-Trace.log") },
    { path: "AddinTrace.log", bytes: bytes("seed-AddinTrace.log") },
  ]);

function renderResult(d: Diagnosis) {
  const calls: string[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultView
        diagnosis={d}
        onSignIn={() => calls.push("signin")}
        onAskAdmin={() => calls.push("ask")}
        onCheckAgain={() => calls.push("again")}
      />
    </FluentProvider>,
  );
  return calls;
}

describe("Result of the seed logs", () => {
  it("names the refresh-token cause in plain words and, for the admin, the exact setting that fixes it", async () => {
    const user = userEvent.setup();
    renderResult(seedDiagnosis());
    expect(screen.getByRole("heading", { level: 3, name: CATALOGS.en["cause.refresh-token-expired.title"] })).toBeInTheDocument();
    expect(screen.getByText(CATALOGS.en["cause.refresh-token-expired.user"])).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "For your admin: the technical part" }));
    expect(screen.getAllByText(/Refresh token is valid until revoked/).length).toBeGreaterThan(0);
    expect(screen.getByTestId("result-status")).toHaveTextContent("Logged out");
    expect(screen.getByTestId("result-status")).toHaveTextContent(CATALOGS.en["ui.result.statusText.logged-out"]);
    // One logout in the logs: "likely" in words, and no percentage from a line or two.
    expect(screen.getByTestId("result-sure")).toHaveTextContent("Likely: the logs name this cause, for one logout so far.");
    expect(screen.queryByText(/%/)).toBeNull();
  });

  it("says “very likely” only when the logs name the cause at several logouts", () => {
    const d = seedDiagnosis();
    const episode = d.episodes[0];
    renderResult({
      ...d,
      episodes: [episode, { ...episode, from: "2015-04-25T09:00:00.000" }, { ...episode, from: "2015-04-26T09:00:00.000" }],
    });
    expect(screen.getByTestId("result-sure")).toHaveTextContent("Very likely: the logs name this cause at 3 logouts.");
  });

  it("puts the next step right after the cause, before how sure, the admin part and the evidence", () => {
    renderResult(seedDiagnosis());
    const next = screen.getByTestId("result-next-step");
    const after = (a: Element, b: Element) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    expect(after(screen.getByRole("heading", { level: 3, name: CATALOGS.en["cause.refresh-token-expired.title"] }), next)).toBe(true);
    expect(after(next, screen.getByTestId("result-sure"))).toBe(true);
    expect(after(next, screen.getByRole("button", { name: "For your admin: the technical part" }))).toBe(true);
    expect(within(next).getByRole("button", { name: "Ask my admin" })).toBeInTheDocument();
  });

  it("keeps admin-only detail (setting names for SOQL, metadata values) inside the collapsed admin section", () => {
    renderResult(seedDiagnosis());
    // Collapsed: Fluent renders no panel content until it opens.
    expect(screen.queryByText(/OptionsRefreshTokenValidityMetric/)).toBeNull();
    expect(screen.queryByText(/refreshTokenPolicy = /)).toBeNull();
  });

  it("shows each evidence line with file:line and the side panel from the NavigateTo line", () => {
    renderResult(seedDiagnosis());
    expect(screen.getByText("Trace.log:1")).toBeInTheDocument();
    expect(screen.getByText("LogOn failed with exception - token validity expired")).toBeInTheDocument();
    const panel = screen.getByTestId("side-panel");
    expect(panel).toHaveTextContent("<<Unknown Label:loginButton>>"); // the seed's panel was unresolved, so shown raw
    expect(screen.getByRole("heading", { level: 3, name: "Status over time" })).toBeInTheDocument();
    expect(screen.getAllByText(/SalesforceNotConnected, SalesforceCredentialsInvalid/).length).toBeGreaterThan(0);
  });

  it("keeps the technical part for the admin one click away", async () => {
    const user = userEvent.setup();
    renderResult(seedDiagnosis());
    await user.click(screen.getByRole("button", { name: "For your admin: the technical part" }));
    expect(screen.getByText(/refreshTokenPolicy = zero/)).toBeVisible();
    expect(screen.getByText("Lightning Experience:")).toBeVisible();
  });

  it("copies the evidence redacted: a planted email address does not leave", async () => {
    const user = userEvent.setup();
    const d = seedDiagnosis();
    d.evidence = [{ ...d.evidence[0], message: "LogOn failed for jane.doe@example.com - token validity expired" }];
    renderResult(d);
    expect(screen.getByText(/jane\.doe@example\.com/)).toBeInTheDocument(); // on screen: the user's own data, as logged
    await user.click(screen.getByRole("button", { name: "Copy the line Trace.log:1 (personal details removed)" }));
    const copied = await navigator.clipboard.readText();
    expect(copied).toContain("Trace.log:1");
    expect(copied).toContain("token validity expired");
    expect(copied).not.toContain("jane.doe@example.com");
  });

  it("offers Sign in again, Ask my admin and Check again", async () => {
    const user = userEvent.setup();
    const calls = renderResult(seedDiagnosis());
    const next = screen.getByTestId("result-next-step");
    await user.click(within(next).getByRole("button", { name: "Sign in again" }));
    await user.click(within(next).getByRole("button", { name: "Ask my admin" }));
    await user.click(screen.getByRole("button", { name: "Check again" }));
    // The side panel as SFO drew it: its Log In does what SFO's does, sign in again.
    await user.click(within(screen.getByTestId("side-panel")).getByRole("button", { name: "<<Unknown Label:loginButton>>" }));
    expect(calls).toEqual(["signin", "ask", "again", "signin"]);
  });

  it("labels the fix check as what it is, and says how the admin reads the current setting", async () => {
    const user = userEvent.setup();
    renderResult(seedDiagnosis());
    await user.click(screen.getByRole("button", { name: "For your admin: the technical part" }));
    const check = screen.getByTestId("result-check-fix");
    expect(check).toHaveTextContent(
      /^How to check the fix worked: The connected app's policy shows "Refresh token is valid until revoked"/,
    );
    expect(screen.queryByText(/What would confirm it/)).toBeNull();
    expect(screen.getByText(CATALOGS.en["cause.policy.readHint"])).toBeInTheDocument();
  });
});

/** The appearance-specific classes of a Fluent button: those a primary one has and a secondary one lacks. */
function primaryOnlyClasses(): string[] {
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary" icon={<MailEdit20Regular />}>
        p
      </Button>
      <Button appearance="secondary" icon={<MailEdit20Regular />}>
        s
      </Button>
    </FluentProvider>,
  );
  const cls = (name: string) => new Set(screen.getByRole("button", { name }).className.split(/\s+/));
  const primary = cls("p");
  const secondary = cls("s");
  unmount();
  return [...primary].filter((c) => !secondary.has(c));
}

describe("Result: which action leads", () => {
  const isPrimary = (button: HTMLElement, classes: string[]) => classes.every((c) => button.classList.contains(c));

  it("makes Ask my admin the primary (first) action when only an admin can fix the cause", () => {
    const classes = primaryOnlyClasses();
    expect(classes.length).toBeGreaterThan(0);
    renderResult(seedDiagnosis());
    const ask = screen.getByRole("button", { name: "Ask my admin" });
    const signIn = screen.getByRole("button", { name: "Sign in again" });
    expect(isPrimary(ask, classes)).toBe(true);
    expect(isPrimary(signIn, classes)).toBe(false);
    expect(ask.compareDocumentPosition(signIn) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("keeps Sign in again primary when signing in fixes the cause", () => {
    const classes = primaryOnlyClasses();
    const d = seedDiagnosis();
    renderResult({ ...d, cause: "token-revoked", candidates: [{ id: "token-revoked", confidence: 0.9 }] });
    expect(isPrimary(screen.getByRole("button", { name: "Sign in again" }), classes)).toBe(true);
    expect(isPrimary(screen.getByRole("button", { name: "Ask my admin" }), classes)).toBe(false);
  });
});

describe("Result of the example logs", () => {
  const exampleDiagnosis = (): Diagnosis => ({ ...seedDiagnosis(), example: true });

  it("says “Example, not your logs” at the top and offers the user's own logs", async () => {
    const user = userEvent.setup();
    const calls = renderResult(exampleDiagnosis());
    const mark = screen.getByTestId("example-mark");
    expect(mark).toHaveTextContent("Example, not your logs");
    expect(mark.compareDocumentPosition(screen.getByTestId("result-status")) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.click(within(mark).getByRole("button", { name: "Check my own logs" }));
    expect(calls).toEqual(["again"]);
  });

  it("marks every copied line as the example", async () => {
    const user = userEvent.setup();
    renderResult(exampleDiagnosis());
    await user.click(screen.getByRole("button", { name: "Copy all lines" }));
    expect((await navigator.clipboard.readText()).split("\n")[0]).toBe("Example, not your logs");
    await user.click(screen.getByRole("button", { name: "Copy the line Trace.log:1 (personal details removed)" }));
    expect(await navigator.clipboard.readText()).toMatch(/^Example, not your logs\nTrace\.log:1 /);
  });

  it("shows no mark for the user's own logs", () => {
    renderResult(seedDiagnosis());
    expect(screen.queryByTestId("example-mark")).toBeNull();
    expect(screen.queryByText(/Example, not your logs/)).toBeNull();
  });
});

describe("Result when the logs name no reason", () => {
  const unknownDiagnosis = (): Diagnosis => ({
    ...seedDiagnosis(),
    cause: "unknown",
    policy: null,
    policyReason: null,
    candidates: [{ id: "unknown", confidence: 1 }],
  });

  it("shows no percentage and no “Very likely” for the cause unknown", () => {
    renderResult(unknownDiagnosis());
    const sure = screen.getByTestId("result-sure");
    expect(sure).toHaveTextContent("The logs do not name a reason");
    expect(sure).not.toHaveTextContent("%");
    expect(screen.queryByText(/Very likely/)).toBeNull();
    expect(screen.queryByText(/100 %/)).toBeNull();
  });

  it("says the same in Danish", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <I18nProvider displayLanguage="da-DK">
          <ResultView diagnosis={unknownDiagnosis()} onSignIn={() => {}} onAskAdmin={() => {}} onCheckAgain={() => {}} />
        </I18nProvider>
      </FluentProvider>,
    );
    expect(await screen.findByText(/Logfilerne nævner ingen årsag/)).toBe(screen.getByTestId("result-sure"));
    expect(screen.getByTestId("result-sure")).not.toHaveTextContent("%");
    expect(screen.getByRole("button", { name: "Log på igen" })).toBeInTheDocument();
  });
});
