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
      <ResultView diagnosis={d} onSignIn={() => calls.push("signin")} onAskAdmin={() => calls.push("ask")} onCheckAgain={() => calls.push("again")} />
    </FluentProvider>,
  );
  return calls;
}

describe("Result of the seed logs", () => {
  it("names the refresh-token cause in plain words and the exact setting that fixes it", () => {
    renderResult(seedDiagnosis());
    expect(screen.getByRole("heading", { level: 3, name: CATALOGS.en["cause.refresh-token-expired.title"] })).toBeInTheDocument();
    expect(screen.getByText(CATALOGS.en["cause.refresh-token-expired.user"])).toBeInTheDocument();
    expect(screen.getAllByText(/Refresh token is valid until revoked/).length).toBeGreaterThan(0);
    expect(screen.getByTestId("result-status")).toHaveTextContent("Logged out");
    expect(screen.getByTestId("result-status")).toHaveTextContent(CATALOGS.en["ui.result.statusText.logged-out"]);
    expect(screen.getByText(/\(\d+ %\)/)).toBeInTheDocument();
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
    const actions = screen.getByRole("button", { name: "Sign in again" }).parentElement as HTMLElement;
    await user.click(within(actions).getByRole("button", { name: "Sign in again" }));
    await user.click(within(actions).getByRole("button", { name: "Ask my admin" }));
    await user.click(within(actions).getByRole("button", { name: "Check again" }));
    expect(calls).toEqual(["signin", "ask", "again"]);
  });

  it("labels the fix check as what it is, and says how the admin reads the current setting", () => {
    renderResult(seedDiagnosis());
    const check = screen.getByTestId("result-check-fix");
    expect(check).toHaveTextContent(/^How to check the fix worked: The connected app's policy shows "Refresh token is valid until revoked"/);
    expect(screen.queryByText(/What would confirm it/)).toBeNull();
    expect(screen.getByText(CATALOGS.en["cause.policy.readHint"])).toBeInTheDocument();
  });
});

/** The appearance-specific classes of a Fluent button: those a primary one has and a secondary one lacks. */
function primaryOnlyClasses(): string[] {
  const { unmount } = render(
    <FluentProvider theme={webLightTheme}>
      <Button appearance="primary" icon={<MailEdit20Regular />}>p</Button>
      <Button appearance="secondary" icon={<MailEdit20Regular />}>s</Button>
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

describe("Result when the logs name no reason", () => {
  const unknownDiagnosis = (): Diagnosis => ({ ...seedDiagnosis(), cause: "unknown", policy: null, policyReason: null, candidates: [{ id: "unknown", confidence: 1 }] });

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
