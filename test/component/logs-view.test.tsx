// "Check my logs": example, paste, pick, bad files and cancel. The Worker is replaced by the same
// runDiagnosis the worker runs, so the engine's real judgement is what the view shows.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { Diagnosis } from "../../src/engine";
import { LogsView } from "../../src/taskpane/views/LogsView";

(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;

// jsdom's File has no stream()/arrayBuffer(); read it with FileReader into a slice-able blob-like.
async function blobLike(f: File) {
  const bytes = await new Promise<Uint8Array>((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
  return {
    name: f.name,
    size: bytes.byteLength,
    slice: (a = 0, b = bytes.byteLength) => ({ arrayBuffer: async () => bytes.slice(a, b).buffer }),
  };
}

const control: { hold: boolean; cancelled: number; lastFiles: string[] } = { hold: false, cancelled: 0, lastFiles: [] };

jest.mock("../../src/taskpane/worker-client", () => {
  const actual = jest.requireActual("../../src/taskpane/worker-client");
  const { runDiagnosis } = jest.requireActual("../../src/worker/run");
  return {
    ...actual,
    startDiagnosis: (files: File[], onProgress: (p: unknown) => void) => {
      control.lastFiles = files.map((f) => f.name);
      let reject: (e: Error) => void = () => undefined;
      const result = new Promise((resolve, rej) => {
        reject = rej;
        if (control.hold) {
          onProgress({ done: 0, total: 100 });
          return; // stays running until cancelled
        }
        Promise.all(files.map(blobLike))
          .then((blobs) => runDiagnosis(blobs, onProgress))
          .then(resolve, rej);
      });
      return {
        result,
        cancel: () => {
          control.cancelled++;
          reject(new actual.CancelledError());
        },
      };
    },
  };
});

const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", name));

function renderLogs() {
  const results: Diagnosis[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <LogsView onResult={(d) => results.push(d)} />
    </FluentProvider>,
  );
  return results;
}

beforeEach(() => {
  control.hold = false;
  control.cancelled = 0;
});

describe("Check my logs", () => {
  it("analyses the embedded seed example in one click", async () => {
    const user = userEvent.setup();
    const results = renderLogs();
    await user.click(screen.getByRole("button", { name: "Try the example" }));
    await screen.findByRole("button", { name: "Try the example" }); // still usable
    await waitForResult(results);
    expect(control.lastFiles).toEqual(["Trace.log", "AddinTrace.log"]);
    expect(results[0].cause).toBe("refresh-token-expired");
    // The result knows it is the example, so every view, copy and email made from it can say so.
    expect(results[0].example).toBe(true);
  });

  it("makes choosing files the primary action and the example a secondary one", () => {
    renderLogs();
    const zone = screen.getByRole("button", { name: /Choose log files or drop them here/ });
    const example = screen.getByRole("button", { name: "Try the example" });
    expect(zone.compareDocumentPosition(example) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(example.className).not.toMatch(/primary/i);
    expect(screen.getByText(/Its result is marked “Example, not your logs”/)).toBeInTheDocument();
  });

  it("reads pasted text as pasted.log, and asks for text when the box is empty", async () => {
    const user = userEvent.setup();
    const results = renderLogs();
    await user.click(screen.getByRole("button", { name: "Analyse pasted text" }));
    expect(screen.getByText("Paste some lines from Trace.log or AddinTrace.log, or the message you see, first.")).toBeInTheDocument();
    await user.click(screen.getByRole("textbox", { name: /Paste log lines/ }));
    await user.paste(fixture("seed-Trace.log").toString("utf8"));
    await user.click(screen.getByRole("button", { name: "Analyse pasted text" }));
    await waitForResult(results);
    expect(control.lastFiles).toEqual(["pasted.log"]);
    expect(results[0].cause).toBe("refresh-token-expired");
    expect(results[0].example).toBeUndefined(); // the user's own lines are never marked as the example
    expect(results[0].evidence[0].file).toBe("pasted.log");
  });

  it("names a skipped empty file, still analyses the good one, and offers its result", async () => {
    const user = userEvent.setup();
    const results = renderLogs();
    const input = screen.getByLabelText("Log files") as HTMLInputElement;
    await user.upload(input, [new File([], "Empty.log"), new File([fixture("seed-Trace.log")], "Trace.log")]);
    const bar = await screen.findByText("Some files were skipped");
    const message = bar.closest(".fui-MessageBar") as HTMLElement;
    expect(within(message).getByText(/Empty\.log is empty/)).toBeInTheDocument();
    expect(within(message).getByText("The result is based on: Trace.log.")).toBeInTheDocument();
    expect(results).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Show the result" }));
    expect(results[0].cause).toBe("refresh-token-expired");
  });

  it("says clearly when no file is an SFO log, and stays usable", async () => {
    const user = userEvent.setup();
    const results = renderLogs();
    const binary = new Uint8Array(2048).map((_, i) => (i * 13) % 256);
    await user.upload(screen.getByLabelText("Log files"), [new File([binary], "Outlook.pst")]);
    expect(await screen.findByText("Nothing could be analysed")).toBeInTheDocument();
    expect(screen.getByText(/Outlook\.pst is not a text file/)).toBeInTheDocument();
    expect(results).toHaveLength(0);
    await user.click(screen.getByRole("button", { name: "Try the example" }));
    await waitForResult(results);
  });

  it("shows progress while reading and stops on Cancel", async () => {
    control.hold = true;
    const user = userEvent.setup();
    renderLogs();
    await user.click(screen.getByRole("button", { name: "Try the example" }));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(control.cancelled).toBe(1);
    expect(await screen.findByText(/Stopped\. Nothing was analysed/)).toBeInTheDocument();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("tells where the logs are (one folder for every SFO version), with the path as copyable text", async () => {
    const user = userEvent.setup();
    renderLogs();
    await user.click(screen.getByRole("button", { name: "Where are my logs?" }));
    // Every version logs to %AppData%\salesforce.com\Salesforce for Outlook (KB 000220050): 2.5+ moved only the program files.
    expect(screen.getByText(/Every version of Salesforce for Outlook/)).toBeInTheDocument();
    expect(screen.getByText("%AppData%\\salesforce.com\\Salesforce for Outlook\\")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Copy %AppData%\\salesforce.com\\Salesforce for Outlook\\" })).toBeInTheDocument();
    expect(screen.queryByText(/Programs/)).toBeNull();
    expect(screen.queryByText(/ProgramData/)).toBeNull();
  });
});

async function waitForResult(results: Diagnosis[]) {
  for (let i = 0; i < 100 && !results.length; i++) await new Promise((r) => setTimeout(r, 10));
  expect(results.length).toBeGreaterThan(0);
}
