import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider } from "../../src/taskpane/i18n";
import { SignInView } from "../../src/taskpane/views/SignInView";
import { LiveRegion } from "../../src/taskpane/announce";
import type { CauseId } from "../../src/engine";

function renderSignIn(cause: CauseId | null, lang = "en-US") {
  const calls = { logs: 0, ask: 0 };
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider displayLanguage={lang}>
        <SignInView cause={cause} onCheckLogs={() => calls.logs++} onAskAdmin={() => calls.ask++} />
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

  it("warns that with “Immediately expire refresh token” it will log out again, and offers Ask my admin", async () => {
    const user = userEvent.setup();
    const calls = renderSignIn("refresh-token-expired");
    const warning = await screen.findByTestId("refresh-warning");
    expect(warning).toHaveTextContent("Immediately expire refresh token");
    expect(warning).toHaveTextContent("will log you out again");
    expect(warning).toHaveTextContent("Refresh token is valid until revoked");
    await user.click(within(warning).getByRole("button", { name: "Ask my admin" }));
    expect(calls.ask).toBe(1);
  });

  it("says it may log out again when the policy is not known, and says nothing for a cause signing in fixes", async () => {
    renderSignIn(null);
    expect(await screen.findByTestId("refresh-warning")).toHaveTextContent("If your organization's Refresh Token Policy");
  });

  it("does not warn for a cause that signing in fixes for good", async () => {
    renderSignIn("token-revoked");
    await screen.findAllByRole("checkbox");
    expect(screen.queryByTestId("refresh-warning")).toBeNull();
  });

  it("speaks Danish", async () => {
    renderSignIn("refresh-token-expired", "da-DK");
    expect(await screen.findByRole("heading", { name: "Log på igen" })).toBeInTheDocument();
    expect(screen.getByTestId("refresh-warning")).toHaveTextContent("logger dig ud igen");
  });
});
