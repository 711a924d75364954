// Sizes for the few tests whose inputs are large for speed or robustness, not for behaviour (1 MiB of
// hostile text, thousands of property runs). A mutation run (SFO_MUTATION=1, set by test/mutate/run.mjs)
// runs them once per mutant, so there they shrink: the same properties and inputs, fewer and smaller.
const underMutation = typeof process !== "undefined" && process.env.SFO_MUTATION === "1";

/** `full` normally; `small` in a mutation run. */
export function mutationScale(full: number, small: number): number {
  return underMutation ? small : full;
}
