import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { CAUSES, getCause } from "../../src/engine";
import { fakeHost } from "./pane-fake-host";

const SEED_EN = "You've been logged out of Salesforce based on your organization's security settings. Click this message to log in again.";
const SEED_DA = "Du er blevet logget ud af Salesforce på grund af din organisations sikkerhedsindstillinger. Klik på denne meddelelse for at logge på igen.";

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

  it("shows a gallery with every other state the catalog knows", async () => {
    render(<App host={fakeHost("en-US")} />);
    await screen.findByRole("heading", { level: 2, name: "What do you see?" });
    const gallery = screen.getByRole("list", { name: "Other messages SFO may show (our wording)" });
    expect(within(gallery).getAllByTestId("side-panel")).toHaveLength(CAUSES.length - 1);
    expect(gallery).toHaveTextContent("because your computer's IP address isn't allowed by your organization");
    // Only the oauthPolicy message is documented: the gallery says its texts are our stand-ins.
    expect(screen.getByText(/the texts below are our stand-ins/)).toBeInTheDocument();
  });

  it("gives every “This is what I see” button its own accessible name that starts with the visible text", async () => {
    render(<App host={fakeHost("en-US")} />);
    const buttons = await screen.findAllByRole("button", { name: /^This is what I see/ });
    expect(buttons).toHaveLength(CAUSES.length);
    const names = buttons.map((b) => b.getAttribute("aria-label"));
    expect(new Set(names).size).toBe(CAUSES.length);
    expect(buttons[0]).toHaveAccessibleName(`This is what I see: ${CATALOGS.en[getCause("refresh-token-expired").titleKey]}`);
    for (const b of buttons) expect(b).toHaveTextContent("This is what I see");
  });

  it("“This is what I see” on the seed state explains the refresh-token cause without logs", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    const buttons = await screen.findAllByRole("button", { name: /^This is what I see/ });
    await user.click(buttons[0]);
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
