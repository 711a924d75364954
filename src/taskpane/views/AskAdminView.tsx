// "Ask my admin": a redacted report the user can see before it leaves, handed to the host, which sends it
// the best way it can (Outlook's new-message form, then mailto:, then copy, then a downloaded text file).
// Opened with no state chosen, it asks which message the side panel shows (the last choice preselected).
// A report made from the example logs is marked as one and addressed to no one.
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeft20Regular, Copy20Regular, DocumentArrowDown20Regular, Mail20Regular, MailEdit20Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useState } from "react";
import {
  CAUSE_IDS,
  UNEXPLAINED_CAUSE,
  buildAdminReport,
  buildReportForCause,
  getCause,
  isEmailAddress,
  redact,
  wrapReportBody,
  type AdminReport,
  type CauseId,
  type Diagnosis,
  type MessageKey,
  type Translate,
} from "../../engine";
import { mailtoFit, type DeliveryOutcome, type DeliveryWay, type Host, type OutgoingReport } from "../../host";
import { useI18n } from "../i18n";
import { announce } from "../announce";

export const REPORT_FILE_NAME = "sfo-sign-in-report.txt";
const ADDRESS_SETTING = "adminAddress";
/** The side-panel state last chosen here, so that opening Ask my admin again starts from it. */
export const LAST_CAUSE_SETTING = "lastCause";

/**
 * The few lines a mailto: body carries when the whole report does not fit: the cause, the setting to
 * choose, and where the full report is. Catalog text, but redacted like everything else that leaves.
 */
export function shortMailBody(t: Translate, cause: CauseId, copied: boolean, example = false): string {
  const lines = example ? [t("report.example.body"), ""] : [];
  lines.push(t(getCause(cause).titleKey));
  const setting = getCause(cause).fixSettingKey;
  if (setting) lines.push(t("ui.ask.short.setting", { setting: t(setting) }));
  lines.push("", t(copied ? "ui.ask.short.paste" : "ui.ask.short.attach", { file: REPORT_FILE_NAME }), "");
  return redact(lines.join("\n")).text;
}

/** The report as the host sends it: to, subject, body, the short mailto: note and the text file. */
export function outgoing(report: AdminReport, cause: CauseId, t: Translate): OutgoingReport {
  return {
    to: report.to ? [report.to] : [],
    subject: report.subject,
    body: report.body,
    shortBody: (copied) => shortMailBody(t, cause, copied, report.example === true),
    get fileText() {
      return `${report.subject}\n\n${wrapReportBody(report.body)}`; // only made when a download is asked for
    },
    fileName: REPORT_FILE_NAME,
  };
}

/** What the MessageBar says after a delivery: a ui.ask.done.* key, and whether it is good news. */
function outcomeMessage(o: DeliveryOutcome): MessageKey {
  if (o.note === "pasteIntoMail") return "ui.ask.done.mailtoPaste";
  if (o.note === "notCopied") return "ui.ask.done.mailtoNotCopied";
  return o.ok && o.way ? `ui.ask.done.${o.way}` : "ui.ask.done.failed";
}

const isCause = (v: string | null): v is CauseId => v !== null && (CAUSE_IDS as readonly string[]).includes(v);

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  preview: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    maxHeight: "320px",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    // Lines wrap at spaces; only a word wider than the box (a long URL) is broken.
    overflowWrap: "break-word",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fallbacks: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  whole: { whiteSpace: "nowrap" },
});

/** The body split so that odd parts are SFO's `<<Unknown Label:KEY>>` placeholders, which hold a space but must not wrap there. */
export function previewParts(body: string): string[] {
  return body.split(/(<<[^<>\n]*>>)/);
}

export function AskAdminView({
  host,
  diagnosis,
  cause,
  onBack,
}: {
  host: Host;
  diagnosis: Diagnosis | null;
  cause: CauseId | null;
  onBack(): void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [address, setAddress] = useState(() => host.getSetting(ADDRESS_SETTING) ?? "");
  const [touched, setTouched] = useState(false);
  const [outcome, setOutcome] = useState<DeliveryOutcome | null>(null);
  // With nothing chosen the user picks the state they see; the last choice is offered first.
  const [chosen, setChosen] = useState<CauseId | null>(() => {
    const last = host.getSetting(LAST_CAUSE_SETTING);
    return isCause(last) ? last : null;
  });
  useEffect(() => {
    if (cause && cause !== host.getSetting(LAST_CAUSE_SETTING)) void host.setSetting(LAST_CAUSE_SETTING, cause).catch(() => undefined);
  }, [cause, host]);
  const reportCause: CauseId | null = diagnosis ? (diagnosis.cause ?? UNEXPLAINED_CAUSE) : (cause ?? chosen);
  const example = diagnosis?.example === true;

  const trimmed = address.trim();
  const valid = trimmed === "" || isEmailAddress(trimmed);
  const texts = useMemo(() => ({ lang, t }), [lang, t]);
  // Built once per cause and language, not per keystroke in the address field; the address is added after.
  const drafted = useMemo(() => {
    if (diagnosis) return buildAdminReport(diagnosis, { texts });
    return reportCause ? buildReportForCause(reportCause, { texts }) : null;
  }, [diagnosis, reportCause, texts]);
  const report = useMemo(() => (drafted && trimmed && !drafted.example ? { ...drafted, to: trimmed } : drafted), [drafted, trimmed]);
  const out = useMemo(() => (report && reportCause ? outgoing(report, reportCause, t) : null), [report, reportCause, t]);
  const fit = useMemo(() => (out ? mailtoFit(out) : "none"), [out]);
  // The primary button names the first rung that can work here; the lower rungs stay offered.
  const ways = host.deliveryWays.filter((w) => w !== "mailto" || fit !== "none");
  const primary: DeliveryWay = ways[0] ?? "download";
  const primaryLabel = (way: DeliveryWay): MessageKey =>
    way === "mailto" && fit === "short" ? "ui.ask.primary.mailtoPaste" : `ui.ask.primary.${way}`;
  const mailtoLabel: MessageKey = fit === "short" ? "ui.ask.way.mailtoPaste" : "ui.ask.way.mailto";

  const remember = async () => {
    if (trimmed && isEmailAddress(trimmed) && trimmed !== host.getSetting(ADDRESS_SETTING)) {
      await host.setSetting(ADDRESS_SETTING, trimmed).catch(() => undefined); // remembering is a convenience, never a blocker
    }
  };

  const choose = (value: string) => {
    if (!isCause(value)) return;
    setChosen(value);
    setOutcome(null);
    void host.setSetting(LAST_CAUSE_SETTING, value).catch(() => undefined);
  };

  const deliver = async (way: DeliveryWay) => {
    setTouched(true);
    if (!valid || !out) return;
    await remember();
    const result = await host.deliver(out, way).catch((): DeliveryOutcome => ({ way: null, ok: false }));
    setOutcome(result);
    announce(t(outcomeMessage(result), { file: REPORT_FILE_NAME }));
  };

  const removed = report ? report.removed.filter((r) => r.count > 0) : [];

  return (
    <section className={styles.root} aria-labelledby="ask-title">
      <Title3 as="h2" id="ask-title">
        {t("ui.ask.title")}
      </Title3>
      {example ? (
        <MessageBar intent="warning" layout="multiline" data-testid="ask-example-mark">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.ask.example.title")}</MessageBarTitle> {t("ui.ask.example.text")}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <Text>{t(diagnosis ? "ui.ask.intro.logs" : "ui.ask.intro.noLogs")}</Text>

      {!diagnosis && !cause ? (
        <Field label={t("ui.ask.state.label")} hint={t("ui.ask.state.hint")}>
          <Select value={chosen ?? ""} onChange={(_, d) => choose(d.value)}>
            {chosen ? null : <option value="">{t("ui.ask.state.choose")}</option>}
            {CAUSE_IDS.map((id) => (
              <option key={id} value={id}>
                {t(getCause(id).symptomKey)}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

      <Field
        label={t("ui.ask.address.label")}
        hint={t(
          example
            ? "ui.ask.address.hint.example"
            : host.kind === "outlook"
              ? "ui.ask.address.hint.outlook"
              : "ui.ask.address.hint.standalone",
        )}
        validationState={touched && !valid ? "error" : "none"}
        validationMessage={touched && !valid ? t("ui.ask.address.invalid") : undefined}
      >
        <Input
          type="email"
          autoComplete="email"
          value={address}
          onChange={(_, d) => setAddress(d.value)}
          onBlur={() => {
            setTouched(true);
            void remember();
          }}
          placeholder={t("ui.ask.address.placeholder")}
        />
      </Field>

      {report ? (
        <div className={styles.section}>
          <Subtitle2 as="h3">{t("ui.ask.preview.title")}</Subtitle2>
          <Text>
            <strong>{t("ui.ask.preview.subject")}</strong> {report.subject}
          </Text>
          <pre className={styles.preview} tabIndex={0} aria-label={t("ui.ask.preview.body")} data-testid="report-preview">
            {previewParts(report.body).map((part, i) =>
              i % 2 ? (
                <span key={i} className={styles.whole}>
                  {part}
                </span>
              ) : (
                part
              ),
            )}
          </pre>
          <Subtitle2 as="h3">{t("ui.ask.removed.title")}</Subtitle2>
          {removed.length ? (
            <ul className={styles.list} data-testid="report-removed">
              {removed.map((r) => (
                <li key={r.kind}>{t(`ui.ask.removed.${r.kind}`, { count: r.count })}</li>
              ))}
            </ul>
          ) : (
            <Text data-testid="report-removed">{t("ui.ask.removed.none")}</Text>
          )}
        </div>
      ) : null}

      <div className={styles.actions}>
        {report ? (
          <>
            <Button appearance="primary" icon={<MailEdit20Regular />} onClick={() => void deliver(primary)}>
              {t(example ? "ui.ask.example.send" : primaryLabel(primary))}
            </Button>
            <Text size={200}>{t("ui.ask.fallbacks.intro")}</Text>
            <div className={styles.fallbacks}>
              {primary !== "mailto" && host.deliveryWays.includes("mailto") ? (
                <Button icon={<Mail20Regular />} onClick={() => void deliver("mailto")} disabled={fit === "none"}>
                  {t(mailtoLabel)}
                </Button>
              ) : null}
              {primary !== "copy" ? (
                <Button icon={<Copy20Regular />} onClick={() => void deliver("copy")}>
                  {t(example ? "ui.ask.example.copy" : "ui.ask.way.copy")}
                </Button>
              ) : null}
              <Button icon={<DocumentArrowDown20Regular />} onClick={() => void deliver("download")}>
                {t("ui.ask.way.download")}
              </Button>
            </div>
            {fit !== "full" ? <Text size={200}>{t(fit === "short" ? "ui.ask.mailtoShort" : "ui.ask.mailtoTooLong")}</Text> : null}
          </>
        ) : null}
        {outcome ? (
          <MessageBar intent={outcome.ok ? "success" : "warning"}>
            <MessageBarBody>{t(outcomeMessage(outcome), { file: REPORT_FILE_NAME })}</MessageBarBody>
          </MessageBar>
        ) : null}
        <div>
          <Button appearance="subtle" icon={<ArrowLeft20Regular />} onClick={onBack}>
            {t("ui.ask.back")}
          </Button>
        </div>
      </div>
    </section>
  );
}
