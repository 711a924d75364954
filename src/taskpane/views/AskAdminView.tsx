// "Ask my admin": a redacted report the user can see before it leaves, sent the best way this host
// allows: Outlook's new-message form, then mailto:, then copy, then a downloaded text file. A report too
// long for a mailto: link goes to the clipboard, and the mailto: carries a short note saying to paste it.
import {
  Button, Field, Input, MessageBar, MessageBarBody, Subtitle2, Text, Title3, makeStyles, tokens,
} from "@fluentui/react-components";
import { ArrowLeft20Regular, Copy20Regular, DocumentArrowDown20Regular, Mail20Regular, MailEdit20Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import { buildAdminReport, buildReportForCause, getCause, isEmailAddress, redact, type AdminReport, type CauseId, type Diagnosis, type Params } from "../../engine";
import type { Host } from "../../host";
import { useI18n } from "../i18n";
import { announce } from "../announce";
import { copyText } from "../components/CopyButton";

/** Longer mailto: URLs get cut or refused by some mail apps; above this the mailto: gets the short note. */
export const MAILTO_MAX = 1800;
export const REPORT_FILE_NAME = "sfo-sign-in-report.txt";
const ADDRESS_SETTING = "adminAddress";

export type Delivery = "outlook" | "mailto" | "copy" | "download";
/** What the MessageBar says after a try: a ui.ask.done.* key, and whether it is good news. */
interface Outcome {
  message: string;
  ok: boolean;
}

export function mailtoUrl(to: string, report: AdminReport): string {
  return `mailto:${encodeURIComponent(to)}?subject=${encodeURIComponent(report.subject)}&body=${encodeURIComponent(report.body)}`;
}

/**
 * The few lines a mailto: body carries when the whole report does not fit: the cause, the setting to
 * choose, and where the full report is. Catalog text, but redacted like everything else that leaves.
 */
export function shortMailBody(t: (key: string, params?: Params) => string, cause: CauseId, copied: boolean): string {
  const lines = [t(getCause(cause).titleKey)];
  if (cause === "refresh-token-expired") lines.push(t("ui.ask.short.setting", { setting: t("cause.policy.infinite.label") }));
  lines.push("", t(copied ? "ui.ask.short.paste" : "ui.ask.short.attach", { file: REPORT_FILE_NAME }), "");
  return redact(lines.join("\n")).text;
}

function download(report: AdminReport): boolean {
  try {
    const blob = new Blob([`${report.subject}\r\n\r\n${report.body.replace(/\r?\n/g, "\r\n")}`], { type: "text/plain;charset=utf-8" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = REPORT_FILE_NAME;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    return true;
  } catch {
    return false;
  }
}

function openMailto(url: string): boolean {
  try {
    // A link click hands the URL to the mail app without navigating the pane away.
    const a = document.createElement("a");
    a.href = url;
    document.body.appendChild(a);
    a.click();
    a.remove();
    return true;
  } catch {
    return false;
  }
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  preview: {
    margin: 0,
    padding: tokens.spacingVerticalS,
    maxHeight: "320px",
    overflow: "auto",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  fallbacks: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function AskAdminView({ host, diagnosis, cause, onBack }: { host: Host; diagnosis: Diagnosis | null; cause: CauseId; onBack(): void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const [address, setAddress] = useState(() => host.getSetting(ADDRESS_SETTING) ?? "");
  const [touched, setTouched] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const trimmed = address.trim();
  const valid = trimmed === "" || isEmailAddress(trimmed);
  const report = useMemo(
    () => (diagnosis ? buildAdminReport(diagnosis, { lang, to: trimmed || undefined }) : buildReportForCause(cause, { lang })),
    [diagnosis, cause, lang, trimmed],
  );
  const mailto = mailtoUrl(trimmed, report);
  const mailtoFits = mailto.length <= MAILTO_MAX;
  const reportCause: CauseId = diagnosis ? (diagnosis.cause ?? "unknown") : cause;
  const shortMailto = (copied: boolean) => mailtoUrl(trimmed, { subject: report.subject, body: shortMailBody(t, reportCause, copied), removed: [] });
  // Both notes must fit, as whether the copy works is only known on the click.
  const shortFits = Math.max(shortMailto(true).length, shortMailto(false).length) <= MAILTO_MAX;
  const mailtoWorks = mailtoFits || shortFits;
  // The primary button names the first step that can work here; the rest of the ladder stays visible.
  const primary: Delivery = host.kind === "outlook" ? "outlook" : mailtoWorks ? "mailto" : "copy";
  const primaryLabel = primary === "mailto" && !mailtoFits ? "ui.ask.primary.mailtoPaste" : `ui.ask.primary.${primary}`;

  const remember = async () => {
    if (trimmed && isEmailAddress(trimmed) && trimmed !== host.getSetting(ADDRESS_SETTING)) {
      await host.setSetting(ADDRESS_SETTING, trimmed).catch(() => undefined); // remembering is a convenience, never a blocker
    }
  };

  const finish = (result: Outcome | null) => {
    const shown = result ?? { message: "ui.ask.done.failed", ok: false };
    setOutcome(shown);
    announce(t(shown.message, { file: REPORT_FILE_NAME }));
  };

  const deliver = async (way: Delivery) => {
    setTouched(true);
    if (!valid) return;
    await remember();
    if (way === "outlook" || way === "mailto") {
      const ladder: Delivery[] = way === "outlook" ? ["outlook", "mailto", "copy", "download"] : ["mailto", "copy", "download"];
      for (const step of ladder) {
        const result = await tryOne(step);
        if (result) return finish(result);
      }
      return finish(null);
    }
    finish(await tryOne(way));
  };

  const done = (way: Delivery): Outcome => ({ message: `ui.ask.done.${way}`, ok: true });
  const fullText = `${report.subject}\n\n${report.body}`;

  /** One rung of the ladder: what happened, or null when it did not work here. */
  const tryOne = async (way: Delivery): Promise<Outcome | null> => {
    switch (way) {
      case "outlook":
        return (await host.openNewMessage({ to: trimmed ? [trimmed] : [], subject: report.subject, body: report.body }).catch(() => false)) ? done(way) : null;
      case "mailto": {
        if (mailtoFits) return openMailto(mailto) ? done(way) : null;
        if (!shortFits) return null;
        // Copy first: once the mail app takes focus the browser may refuse the clipboard.
        const copied = await copyText(fullText);
        if (!openMailto(shortMailto(copied))) return copied ? done("copy") : null;
        return copied ? { message: "ui.ask.done.mailtoPaste", ok: true } : { message: "ui.ask.done.mailtoNotCopied", ok: false };
      }
      case "copy":
        return (await copyText(fullText)) ? done(way) : null;
      case "download":
        return download(report) ? done(way) : null;
    }
  };

  const removed = report.removed.filter((r) => r.count > 0);

  return (
    <section className={styles.root} aria-labelledby="ask-title">
      <Title3 as="h2" id="ask-title">
        {t("ui.ask.title")}
      </Title3>
      <Text>{t(diagnosis ? "ui.ask.intro.logs" : "ui.ask.intro.noLogs")}</Text>

      <Field
        label={t("ui.ask.address.label")}
        hint={t(host.kind === "outlook" ? "ui.ask.address.hint.outlook" : "ui.ask.address.hint.standalone")}
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

      <div className={styles.section}>
        <Subtitle2 as="h3">{t("ui.ask.preview.title")}</Subtitle2>
        <Text>
          <strong>{t("ui.ask.preview.subject")}</strong> {report.subject}
        </Text>
        <pre className={styles.preview} tabIndex={0} aria-label={t("ui.ask.preview.body")} data-testid="report-preview">
          {report.body}
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

      <div className={styles.actions}>
        <Button appearance="primary" icon={<MailEdit20Regular />} onClick={() => void deliver(primary)}>
          {t(primaryLabel)}
        </Button>
        <Text size={200}>{t("ui.ask.fallbacks.intro")}</Text>
        <div className={styles.fallbacks}>
          {primary !== "mailto" ? (
            <Button icon={<Mail20Regular />} onClick={() => void deliver("mailto")} disabled={!mailtoWorks}>
              {t(mailtoFits ? "ui.ask.way.mailto" : "ui.ask.way.mailtoPaste")}
            </Button>
          ) : null}
          {primary !== "copy" ? (
            <Button icon={<Copy20Regular />} onClick={() => void deliver("copy")}>
              {t("ui.ask.way.copy")}
            </Button>
          ) : null}
          <Button icon={<DocumentArrowDown20Regular />} onClick={() => void deliver("download")}>
            {t("ui.ask.way.download")}
          </Button>
        </div>
        {!mailtoFits ? <Text size={200}>{t(shortFits ? "ui.ask.mailtoShort" : "ui.ask.mailtoTooLong")}</Text> : null}
        {outcome ? (
          <MessageBar intent={outcome.ok ? "success" : "warning"}>
            <MessageBarBody>{t(outcome.message, { file: REPORT_FILE_NAME })}</MessageBarBody>
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
