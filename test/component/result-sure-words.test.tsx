// "How sure is this?" in words: Very likely from 80 %, Likely from 50 %, below that Possible. The
// word is what a user reads first, so each threshold is checked on both sides as the pane shows it.
import { cleanup, render, screen } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { diagnoseFiles, type Diagnosis } from "../../src/engine";
import { ResultView } from "../../src/taskpane/views/ResultView";

const bytes = (name: string) => new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", name)));
const seed: Diagnosis = diagnoseFiles([
  { path: "Trace.log", bytes: bytes("seed-Trace.log") },
  { path: "AddinTrace.log", bytes: bytes("seed-AddinTrace.log") },
]);

function sureText(confidence: number): string {
  const d: Diagnosis = { ...seed, candidates: [{ id: "refresh-token-expired", confidence }] };
  render(
    <FluentProvider theme={webLightTheme}>
      <ResultView diagnosis={d} onSignIn={() => {}} onAskAdmin={() => {}} onCheckAgain={() => {}} />
    </FluentProvider>,
  );
  const heading = screen.getByRole("heading", { name: "How sure is this?" });
  const text = heading.parentElement?.textContent ?? "";
  cleanup();
  return text;
}

describe("the confidence words in the result", () => {
  it.each([
    [1, "Very likely (100 %)."],
    [0.8, "Very likely (80 %)."],
    [0.79, "Likely (79 %)."],
    [0.5, "Likely (50 %)."],
    [0.49, "Possible, but not certain (49 %)."],
    [0.1, "Possible, but not certain (10 %)."],
  ])("%f reads %j", (confidence, words) => {
    expect(sureText(confidence)).toContain(words);
  });
});
