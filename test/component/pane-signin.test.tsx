import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../src/taskpane/i18n";
import { SignInView } from "../../src/taskpane/views/SignInView";
import { LiveRegion } from "../../src/taskpane/announce";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { diagnoseFiles, type CauseId, type Diagnosis } from "../../src/engine";

(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

/** The seed's diagnosis with the timing guess the engine makes for a logout soon after a fresh login. */
function seedWithGuess(): Diagnosis {
  const bytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));
  const d = diagnoseFiles([
    { path: "Trace.log", bytes: bytes("seed-Trace.log") },
    { path: "AddinTrace.log", bytes: bytes("seed-AddinTrace.log") },
  ]);
  return {
    ...d,
    cause: "refresh-token-expired",
    policy: "immediately",
    policyReason: { key: "cause.policyReason.immediately", params: { minutes: 8, episodes: 3 } },
  };
}

function renderSignIn(cause: CauseId | null, lang = "en-US", diagnosis: Diagnosis | null = null) {
  const calls = { logs: 0, ask: 0 };
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider displayLanguage={lang}>
        <SignInView cause={cause} diagnosis={diagnosis} onCheckLogs={() => calls.logs++} onAskAdmin={() => calls.ask++} />
        <LiveRegion />
      </I18nProvider>
    </FluentProvider>,
  );
  return calls;
}

describe("Sign in again", () => {
  it("lists the five steps in order and checks them off, announcing progress", async () => {
    const user = userEvent.setup();
    const calls = renderSignIn("token-revoked");
    const boxes = await screen.findAllByRole("checkbox");
    expect(boxes.map((b) => b.closest("li")?.textContent ?? "")).toEqual([
      expect.stringContaining("1. Click the message in the side panel"),
      expect.stringContaining("2. Sign in to Salesforce"),
      expect.stringContaining("3. Allow access"),
      expect.stringContaining("4. Exit and restart SFO from the system tray"),
      expect.stringContaining("5. Confirm it stays connected"),
    ]);
    await user.click(boxes[0]);
    expect(boxes[0]).toBeChecked();
    expect(screen.getByTestId("live-region")).toHaveTextContent("1 of 5 steps done");
    for (const b of boxes.slice(1)) await user.click(b);
    expect(screen.getByTestId("live-region")).toHaveTextContent("All steps done");
    await user.click(screen.getByRole("button", { name: "Check my logs" }));
    expect(calls.logs).toBe(1);
    // Unticking works too: a step can be undone.
    await user.click(boxes[2]);
    expect(boxes[2]).not.toBeChecked();
    expect(screen.getByTestId("live-region")).toHaveTextContent("4 of 5 steps done");
  });

  it("for a cause picked from the side panel, warns it will log out again without asserting which expiring policy is set", async () => {
    const user = userEvent.setup();
    const calls = renderSignIn("refresh-token-expired");
    const warning = await screen.findByTestId("refresh-warning");
    // The logs alone (let alone the side panel) cannot tell which of the three expiring settings is set.
    expect(warning).not.toHaveTextContent("Refresh Token Policy is “Immediately expire refresh token”");
    expect(warning).toHaveTextContent(
      "is one of the three settings that make SFO's sign-in expire, usually “Immediately expire refresh token”",
    );
    expect(warning).toHaveTextContent("will log you out again");
    expect(warning).toHaveTextContent("Refresh token is valid until revoked");
    await user.click(within(warning).getByRole("button", { name: "Ask my admin" }));
    expect(calls.ask).toBe(1);
  });

  it("with logs, names the timing guess as probable and gives its reason", async () => {
    renderSignIn("refresh-token-expired", "en-US", seedWithGuess());
    const warning = await screen.findByTestId("refresh-warning");
    expect(warning).toHaveTextContent("Refresh Token Policy is probably “Immediately expire refresh token”");
    expect(warning).toHaveTextContent("The logout came 8 minutes after a fresh login");
    expect(warning).not.toHaveTextContent("one of the three settings");
  });

  it("with logs that allow no timing guess, still says it is one of three", async () => {
    renderSignIn("refresh-token-expired", "en-US", { ...seedWithGuess(), policy: null, policyReason: null });
    expect(await screen.findByTestId("refresh-warning")).toHaveTextContent("one of the three settings");
  });

  it("says it may log out again when the policy is not known, and says nothing for a cause signing in fixes", async () => {
    renderSignIn(null);
    const warning = await screen.findByTestId("refresh-warning");
    expect(warning).toHaveTextContent("It may log you out again");
    expect(warning).toHaveTextContent("If your organization's Refresh Token Policy");
  });

  it("does not warn for a cause that signing in fixes for good", async () => {
    renderSignIn("token-revoked");
    await screen.findAllByRole("checkbox");
    expect(screen.queryByTestId("refresh-warning")).toBeNull();
  });

  it("speaks Danish", async () => {
    renderSignIn("refresh-token-expired", "da-DK");
    expect(await screen.findByRole("heading", { name: "Log på igen" })).toBeInTheDocument();
    const warning = screen.getByTestId("refresh-warning");
    expect(warning).toHaveTextContent("logger SFO dig ud igen");
    expect(warning).toHaveTextContent("en af de tre indstillinger");
    expect(screen.getByText(/synkroniseringslinjerne i Trace.log skal sige Status:Connected/)).toBeInTheDocument();
  });

  it("says the sync lines in Trace.log should say Status:Connected", async () => {
    renderSignIn("token-revoked");
    expect(await screen.findByText(/the sync lines in Trace.log should say Status:Connected/)).toBeInTheDocument();
  });
});
