// Compiled by `npm run typecheck`, never run: each `@ts-expect-error` below must meet a compile error,
// or the typecheck fails ("unused directive"). It holds that a key English does not have cannot be
// asked for, literally or built at run time, while real keys and typed key families compile.
import type { CauseId, Catalog, LogStatus, MessageKey, Translate } from "../../src/engine";
import { CATALOGS, textsFor } from "../../src/engine/i18n/catalogs";
import { translate } from "../../src/engine/i18n";
import type { CliText } from "../../src/cli/text";
import type { I18n } from "../../src/taskpane/i18n";
import type { ReportTexts } from "../../src/engine/report";

declare const t: Translate;
declare const cli: CliText;
declare const pane: I18n;
declare const report: ReportTexts;
declare const cause: CauseId;
declare const status: LogStatus;
declare const free: string;

// Real keys and typed families compile.
t("ui.see.title");
t(`cause.${cause}.title`);
cli.t(`cli.status.${status}`);
pane.t("ui.result.signIn");
report.t("report.subject", { cause: "x" });
textsFor("da").t("cli.help");
translate(CATALOGS.da, "ui.see.title");
const english: string = CATALOGS.en["ui.see.title"];

// @ts-expect-error a misspelt key
t("ui.see.titel");
// @ts-expect-error a key that was removed (no code reached it)
cli.t("cause.input.empty");
// @ts-expect-error the pane's translator checks keys too
pane.t("ui.nowhere");
// @ts-expect-error the report's translator checks keys too
report.t("report.nowhere");
// @ts-expect-error a family member English lacks: not every cause has a warning
t(`cause.${cause}.warning`);
// @ts-expect-error a key built from a free string is not a key
t(`cause.${free}.title`);
// @ts-expect-error a plain string is not a key
translate(CATALOGS.en, free);
// @ts-expect-error a catalog holds English's keys only
const extra: Catalog = { "ui.see.title": "x", "ui.not.english": "y" };
// @ts-expect-error the catalog of English cannot be indexed by an unknown key
void CATALOGS.en["ui.not.english"];

export const probes: unknown[] = [english, extra, "" as MessageKey];
