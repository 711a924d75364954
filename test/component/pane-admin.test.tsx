import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { I18nProvider, loadViewTexts } from "../../src/taskpane/i18n";
import AdminView from "../../src/taskpane/views/AdminView";
import { App } from "../../src/taskpane/App";
import { CATALOGS } from "../../src/engine/i18n/catalogs";
import { fakeHost } from "./pane-fake-host";

/** Admin mode as the pane shows it: with the texts of the lazily loaded views, which follow the first view's. */
async function renderAdmin(lang = "en-US") {
  render(
    <FluentProvider theme={webLightTheme}>
      <I18nProvider displayLanguage={lang}>
        <AdminView />
      </I18nProvider>
    </FluentProvider>,
  );
  void loadViewTexts();
  await waitFor(() => expect(document.body.textContent).toContain(CATALOGS.en["cause.policy.infinite.label"]));
}

describe("Admin mode", () => {
  it("lists the four Refresh Token Policy settings with their metadata values and effect on SFO users", async () => {
    await renderAdmin();
    const table = await screen.findByTestId("policy-table");
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows).toHaveLength(4);
    const expected = [
      ["Refresh token is valid until revoked", "infinite"],
      ["Immediately expire refresh token", "zero"],
      [CATALOGS.en["cause.policy.specific_inactivity.label"], "specific_inactivity:n:UNIT"],
      [CATALOGS.en["cause.policy.specific_lifetime.label"], "specific_lifetime:n:UNIT"],
    ];
    rows.forEach((row, i) => {
      expect(row).toHaveTextContent(expected[i][0]);
      expect(within(row).getByText(expected[i][1], { selector: "code" })).toBeInTheDocument();
    });
    expect(rows[1]).toHaveTextContent(CATALOGS.en["cause.policy.zero.effect"]);
  });

  it("shows a state in every Salesforce language, and SFO's raw form behind a switch", async () => {
    const user = userEvent.setup();
    await renderAdmin();
    const list = await screen.findByTestId("every-language");
    const items = within(list).getAllByRole("listitem");
    expect(items).toHaveLength(18);
    const byCode = (code: string) => items.find((li) => li.textContent?.includes(`(${code})`));
    expect(byCode("da")).toHaveTextContent("på grund af din organisations sikkerhedsindstillinger");
    expect(byCode("en_US")).toHaveTextContent("based on your organization's security settings");
    expect(byCode("fr")).toHaveTextContent("Votre session Salesforce a été fermée");
    expect(byCode("ja")).not.toHaveTextContent("Unknown Label");
    await user.click(screen.getByRole("switch", { name: "Show it with “Unknown Label” codes" }));
    const raw = within(screen.getByTestId("every-language")).getAllByRole("listitem");
    for (const li of raw)
      expect(li).toHaveTextContent("<<Unknown Label:loggedOut>> <<Unknown Label:oauthPolicy>> [<<Unknown Label:loginButton>>]");
    expect(screen.getByTestId("side-panel-message")).toHaveTextContent("<<Unknown Label:loggedOut>> <<Unknown Label:oauthPolicy>>");
  });

  it("picks any state and language for the simulated panel", async () => {
    const user = userEvent.setup();
    await renderAdmin();
    await user.selectOptions(await screen.findByRole("combobox", { name: "State" }), "ipRestricted");
    await user.selectOptions(screen.getByRole("combobox", { name: "Salesforce language" }), "ja");
    expect(screen.getByTestId("side-panel-message")).not.toHaveTextContent("Unknown Label");
    await user.selectOptions(screen.getByRole("combobox", { name: "Salesforce language" }), "da");
    expect(screen.getByTestId("side-panel-message")).toHaveTextContent("fordi din computers IP-adresse ikke er tilladt");
  });

  it("previews the escalation email for a chosen cause, read-only, with a copy button", async () => {
    const user = userEvent.setup();
    await renderAdmin();
    const body = (await screen.findByRole("textbox", { name: "Message" })) as HTMLTextAreaElement;
    expect(body).toHaveAttribute("readonly");
    expect(body.value).toContain("Refresh token is valid until revoked");
    expect((screen.getByRole("textbox", { name: "Subject" }) as HTMLInputElement).value.length).toBeGreaterThan(5);
    expect(screen.getByRole("button", { name: "Copy the email" })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Cause" }), "ip-restricted");
    expect(body.value).not.toEqual("");
    expect(body.value).not.toContain("Refresh token is valid until revoked");
  });

  it("is reached lazily from the navigation", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    await user.click(await screen.findByRole("button", { name: "Admin mode" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Admin mode" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Admin mode" })).toHaveAttribute("aria-current", "page");
  });
});
