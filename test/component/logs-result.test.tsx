// The result of the seed logs: cause in plain words, the fix's exact setting, file:line evidence
// (copied redacted), the side panel as SFO drew it, the timeline, and the next steps.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
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
});
