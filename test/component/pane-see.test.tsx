import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { SIDE_PANEL_DETAIL_KEYS, getCause, sidePanelStateFor } from "../../src/engine";
import { I18nProvider } from "../../src/taskpane/i18n";
import { SidePanel } from "../../src/taskpane/components/SidePanel";
import { fakeHost } from "./pane-fake-host";

const SEED_EN = "You've been logged out of Salesforce based on your organization's security settings. Click this message to log in again.";
const SEED_DA =
  "Du er blevet logget ud af Salesforce på grund af din organisations sikkerhedsindstillinger. Klik på denne meddelelse for at logge på igen.";

/** The first simulated panel on the opening view is the seed's state. */
const seedPanel = () => screen.getAllByTestId("side-panel")[0];

describe("What do you see? (opening view)", () => {
  it("shows the seed's side panel sentence and log-in button in English", async () => {
    render(<App host={fakeHost("en-US")} />);
    expect(await screen.findByRole("heading", { level: 1, name: "SFO Sign-in Doctor" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 2, name: "What do you see?" })).toBeInTheDocument();
    expect(within(seedPanel()).getByTestId("side-panel-message")).toHaveTextContent(SEED_EN);
    expect(within(seedPanel()).getByTestId("side-panel-button")).toHaveTextContent("Log In");
  });

  it("shows the seed's side panel in Danish when Office's display language is Danish", async () => {
    render(<App host={fakeHost("da-DK")} />);
    expect(await screen.findByRole("heading", { level: 2, name: "Hvad ser du?" })).toBeInTheDocument();
    expect(within(seedPanel()).getByTestId("side-panel-message")).toHaveTextContent(SEED_DA);
    expect(within(seedPanel()).getByTestId("side-panel-button")).toHaveTextContent("Log på");
    expect(document.documentElement.lang).toBe("da");
  });

  it("switches to the raw <<Unknown Label:…>> form SFO shows when it has no texts", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    await user.click(await screen.findByRole("switch", { name: /Unknown Label/ }));
    const panel = seedPanel();
    expect(within(panel).getByTestId("side-panel-message")).toHaveTextContent("<<Unknown Label:loggedOut>> <<Unknown Label:oauthPolicy>>");
    expect(within(panel).getByTestId("side-panel-button")).toHaveTextContent("<<Unknown Label:loginButton>>");
    expect(panel).not.toHaveTextContent("You've been logged out");
  });

  it("shows one panel, not a gallery: the other states sit behind one chooser that lists only their detail label", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    await screen.findByRole("heading", { level: 2, name: "What do you see?" });
    expect(screen.getAllByTestId("side-panel")).toHaveLength(1);
    const chooser = screen.getByTestId("other-states");
    expect(chooser).not.toHaveAttribute("open");
    await user.click(within(chooser).getByText("Yours says something else?"));
    expect(chooser).toHaveAttribute("open");
    const choices = within(chooser).getAllByRole("button");
    expect(choices).toHaveLength(SIDE_PANEL_DETAIL_KEYS.length - 1);
    expect(choices.map((c) => c.textContent)).toContain(
      "because your computer's IP address isn't allowed by your organization. Contact your Salesforce administrator.",
    );
    // Only the oauthPolicy message is documented: the chooser says its texts are our stand-ins.
    expect(within(chooser).getByText(/these are our stand-ins/)).toBeInTheDocument();
    // Raw mode: the choices show the codes the user's raw panel would show.
    await user.click(screen.getByRole("switch", { name: /Unknown Label/ }));
    expect(within(chooser).getByRole("button", { name: "<<Unknown Label:ipRestricted>>" })).toBeInTheDocument();
  });

  it("picking another state from the chooser explains its cause", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    const chooser = await screen.findByTestId("other-states");
    await user.click(within(chooser).getByText("Yours says something else?"));
    await user.click(within(chooser).getByRole("button", { name: /IP address isn't allowed/ }));
    expect(await screen.findByRole("heading", { level: 2, name: CATALOGS.en[getCause("ip-restricted").titleKey] })).toHaveFocus();
  });

  it("puts the two ways on next to the panel: “This is what I see” and “Check my logs”", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    const main = await screen.findByRole("main");
    expect(within(main).getAllByRole("button", { name: "This is what I see" })).toHaveLength(1);
    await user.click(within(main).getByRole("button", { name: "Check my logs" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Check my logs" })).toBeInTheDocument();
  });

  it("the picture's Log In does what SFO's does: it leads into “Sign in again”", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    const login = within(await screen.findByTestId("side-panel")).getByRole("button", { name: "Log In" });
    expect(login).toHaveAccessibleDescription("Opens the steps to sign in again.");
    await user.click(login);
    expect(await screen.findByRole("heading", { level: 2, name: "Sign in again" })).toHaveFocus();
    // The seed's cause carries over: the steps warn that it will log out again.
    expect(screen.getByTestId("refresh-warning")).toHaveTextContent("Immediately expire refresh token");
  });

  it("“This is what I see” on the seed state explains the refresh-token cause without logs", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    await user.click(await screen.findByRole("button", { name: "This is what I see" }));
    const cause = getCause("refresh-token-expired");
    expect(await screen.findByRole("heading", { level: 2, name: CATALOGS.en[cause.titleKey] })).toHaveFocus();
    expect(screen.getByTestId("cause-user-text")).toHaveTextContent(CATALOGS.en[cause.userKey].slice(0, 60));
    expect(screen.getByText(CATALOGS.en["ui.fixer.admin"])).toBeInTheDocument();
    for (const name of ["Sign in again", "Ask my admin", "Check my logs to be sure"]) {
      expect(within(screen.getByRole("main")).getByRole("button", { name })).toBeInTheDocument();
    }
  });

  it("the language switcher turns the pane and the simulated panel Danish", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    await user.selectOptions(await screen.findByRole("combobox", { name: "Language" }), "da");
    expect(await screen.findByRole("heading", { level: 2, name: "Hvad ser du?" })).toBeInTheDocument();
    expect(within(seedPanel()).getByTestId("side-panel-message")).toHaveTextContent(SEED_DA);
  });
});

describe("The simulated side panel", () => {
  it("is plainly a picture when it leads nowhere: captioned, with no control or link in it", async () => {
    render(
      <I18nProvider displayLanguage="en-US">
        <SidePanel state={sidePanelStateFor("oauthPolicy", "en_US")} lang="en_US" />
      </I18nProvider>,
    );
    const panel = await screen.findByTestId("side-panel"); // the language chunk loads first
    expect(within(panel).queryAllByRole("button")).toHaveLength(0);
    expect(within(panel).queryAllByRole("link")).toHaveLength(0);
    expect(panel).toHaveTextContent("Picture");
    expect(panel).toHaveAttribute("data-live", "false");
  });
});
