import { render, screen, within } from "@testing-library/react";
import { createOutlookHost } from "../../src/host/outlook";
import { App } from "../../src/taskpane/App";
import { outlookMock } from "./outlook-mock";

describe("the pane in Outlook (office-addin-mock)", () => {
  it("follows Office's Danish display language", async () => {
    const { office } = outlookMock({ displayLanguage: "da-DK", platform: "PC", bodyBackgroundColor: "#ffffff" });
    const host = createOutlookHost(office, window);
    render(<App host={host} />);
    expect(await screen.findByRole("heading", { level: 2, name: "Hvad ser du?" })).toBeInTheDocument();
    expect(screen.getByRole("navigation", { name: "Visninger" })).toHaveTextContent("Spørg min administrator");
    const panel = screen.getAllByTestId("side-panel")[0];
    expect(within(panel).getByTestId("side-panel-message")).toHaveTextContent(
      "Du er blevet logget ud af Salesforce på grund af din organisations sikkerhedsindstillinger.",
    );
    expect(document.documentElement.lang).toBe("da");
  });
});
