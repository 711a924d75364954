// "How sure is this?" in words: from 80 % the logs name the cause, from 50 % they point to it, below
// that they only hint. The words are what a user reads, so each threshold is checked on both sides.
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
    [1, "Likely: the logs name this cause, for one logout so far."],
    [0.8, "Likely: the logs name this cause, for one logout so far."],
    [0.79, "Possibly: the logs point to this cause, but not clearly."],
    [0.5, "Possibly: the logs point to this cause, but not clearly."],
    [0.49, "Not sure: the logs only hint at this cause."],
    [0.1, "Not sure: the logs only hint at this cause."],
  ])("%f reads %j", (confidence, words) => {
    expect(sureText(confidence)).toContain(words);
  });
});
