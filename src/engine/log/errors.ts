export type InputProblemKind = "empty" | "binary" | "not-sfo" | "line-too-long" | "too-large";

/** A file the doctor cannot read as an SFO log. `kind` picks the message people read (i18n `ui.logs.skip.<kind>`, `cli.problem.<kind>`). */
export class LogInputError extends Error {
  constructor(
    public file: string,
    public kind: InputProblemKind,
    message?: string,
  ) {
    super(message ?? `${file}: ${kind}`);
    this.name = "LogInputError";
  }
}
