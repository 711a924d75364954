// What the logs say: status, cause in plain words (and the admin's technical part), how sure, the
// evidence with file:line, the side panel as SFO drew it, and the status timeline.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, MessageBar, MessageBarBody, MessageBarTitle,
  Subtitle2, Text, Title3, makeStyles, tokens,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, MailEdit20Regular, PersonArrowRight20Regular } from "@fluentui/react-icons";
import { useEffect } from "react";
import { getCause, toSalesforceLanguage, type Diagnosis, type LogStatus } from "../../engine";
import { useI18n } from "../i18n";
import { announce } from "../announce";
import { SidePanel } from "../components/SidePanel";
import { Evidence, redactedEvidence } from "../components/Evidence";
import { Timeline, STATUS_COLOR } from "../components/Timeline";
import { CopyButton } from "../components/CopyButton";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  text: { whiteSpace: "pre-line" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const STATUS_INTENT: Record<LogStatus, "error" | "success" | "warning"> = { "logged-out": "error", connected: "success", unknown: "warning" };

/** Confidence as words people use, with the number for those who want it. */
export function sureWord(confidence: number): "high" | "medium" | "low" {
  return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
}
const percent = (c: number) => Math.round(c * 100);

export function ResultView({ diagnosis, onSignIn, onAskAdmin, onCheckAgain }: { diagnosis: Diagnosis; onSignIn(): void; onAskAdmin(): void; onCheckAgain(): void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const cause = diagnosis.cause ? getCause(diagnosis.cause) : null;
  const top = diagnosis.candidates.find((c) => c.id === diagnosis.cause) ?? diagnosis.candidates[0];
  const others = diagnosis.candidates.filter((c) => c !== top && c.confidence > 0).slice(0, 3);
  const statusText = t(`ui.result.statusText.${diagnosis.status}`);
  const causeTitle = cause ? t(cause.titleKey) : t("ui.result.noCause.title");
  // When only an admin can fix it, signing in again is a stop-gap: the admin request leads.
  const adminFixes = cause?.fixer === "admin";
  const signIn = (
    <Button appearance={adminFixes ? "secondary" : "primary"} icon={<PersonArrowRight20Regular />} onClick={onSignIn}>
      {t("ui.result.signIn")}
    </Button>
  );
  const askAdmin = (
    <Button appearance={adminFixes ? "primary" : "secondary"} icon={<MailEdit20Regular />} onClick={onAskAdmin}>
      {t("ui.result.askAdmin")}
    </Button>
  );

  useEffect(() => {
    announce(t("ui.result.announce", { status: t(`ui.result.status.${diagnosis.status}`), cause: causeTitle }));
  }, [diagnosis, causeTitle, t]);

  const steps = (keys: string[] | undefined) =>
    keys && keys.length ? (
      <ol className={styles.list}>
        {keys.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ol>
    ) : null;

  return (
    <section className={styles.root} aria-labelledby="result-title">
      <Title3 as="h2" id="result-title" tabIndex={-1}>
        {t("ui.result.title")}
      </Title3>

      <MessageBar intent={STATUS_INTENT[diagnosis.status]} data-testid="result-status">
        <MessageBarBody>
          <MessageBarTitle>
            <Badge appearance="filled" color={STATUS_COLOR[diagnosis.status]}>
              {t(`ui.result.status.${diagnosis.status}`)}
            </Badge>
          </MessageBarTitle>{" "}
          {statusText}
        </MessageBarBody>
      </MessageBar>

      <div className={styles.section}>
        <Subtitle2 as="h3">{causeTitle}</Subtitle2>
        <Text className={styles.text}>{cause ? t(cause.userKey) : t("ui.result.noCause.text")}</Text>
        {cause && cause.stepKeys.user ? (
          <>
            <Text weight="semibold">{t("ui.result.userSteps")}</Text>
            {steps(cause.stepKeys.user)}
          </>
        ) : null}
      </div>

      {top ? (
        <div className={styles.section}>
          <Subtitle2 as="h3">{t("ui.result.sure.title")}</Subtitle2>
          <Text data-testid="result-sure">
            {!getCause(top.id).named
              ? t("ui.result.sure.unknown") // the absence of a reason: a percentage would mean nothing
              : t(`ui.result.sure.${sureWord(top.confidence)}`, { percent: percent(top.confidence) })}
          </Text>
          {others.length ? (
            <Text>
              {t("ui.result.sure.others", {
                list: others.map((c) => t("ui.result.sure.other", { title: t(getCause(c.id).titleKey), percent: percent(c.confidence) })).join("; "),
              })}
            </Text>
          ) : null}
          {diagnosis.policy ? (
            <Text className={styles.text}>
              <strong>{t(`ui.result.policy.${diagnosis.policy}`)}</strong>{" "}
              {diagnosis.policyReason ? t(diagnosis.policyReason.key, diagnosis.policyReason.params) : null}
            </Text>
          ) : cause?.policyGuess ? (
            <Text className={styles.text}>{t("ui.result.policy.unknown")}</Text>
          ) : null}
          {cause?.readSettingKey ? <Text className={styles.text}>{t(cause.readSettingKey)}</Text> : null}
          {diagnosis.notes.map((n) => (
            <Text key={n.key} className={styles.text} data-testid="result-note">
              {t(n.key, n.params)}
            </Text>
          ))}
          {cause ? (
            <Text className={styles.text} data-testid="result-check-fix">
              <strong>{t("ui.result.checkFix")}</strong> {t(cause.verifyKey)}
            </Text>
          ) : null}
        </div>
      ) : null}

      {cause ? (
        <Accordion collapsible>
          <AccordionItem value="admin">
            <AccordionHeader as="h3">{t("ui.result.admin.title")}</AccordionHeader>
            <AccordionPanel>
              <div className={styles.section}>
                <Text className={styles.text}>{t(cause.adminKey)}</Text>
                {cause.stepKeys.classic ? (
                  <>
                    <Text weight="semibold">{t("ui.result.admin.classic")}</Text>
                    {steps(cause.stepKeys.classic)}
                  </>
                ) : null}
                {cause.stepKeys.lightning ? (
                  <>
                    <Text weight="semibold">{t("ui.result.admin.lightning")}</Text>
                    {steps(cause.stepKeys.lightning)}
                  </>
                ) : null}
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}

      <div className={styles.section}>
        <Subtitle2 as="h3">{t("ui.result.evidence.title")}</Subtitle2>
        <Evidence lines={diagnosis.evidence} />
        {diagnosis.evidence.length > 1 ? (
          <div>
            <CopyButton text={redactedEvidence(diagnosis.evidence)} label={t("ui.result.evidence.copyAll")} />
          </div>
        ) : null}
        <Text size={200}>{t("ui.result.evidence.redactedNote")}</Text>
      </div>

      {diagnosis.sidePanel ? (
        <div className={styles.section}>
          <Subtitle2 as="h3">{t("ui.result.sidePanel.title")}</Subtitle2>
          <Text size={200}>{t("ui.result.sidePanel.note")}</Text>
          <SidePanel state={diagnosis.sidePanel} lang={toSalesforceLanguage(lang)} />
        </div>
      ) : null}

      <div className={styles.section}>
        <Subtitle2 as="h3">{t("ui.result.timeline.title")}</Subtitle2>
        <Timeline changes={diagnosis.timeline} />
      </div>

      {diagnosis.files.length ? (
        <Text size={200}>
          {t("ui.result.files", {
            list: diagnosis.files.map((f) => t("ui.result.file", { name: f.path, entries: f.entries })).join(", "),
          })}
        </Text>
      ) : null}

      <div className={styles.actions}>
        {adminFixes ? askAdmin : signIn}
        {adminFixes ? signIn : askAdmin}
        <Button icon={<ArrowClockwise20Regular />} onClick={onCheckAgain}>
          {t("ui.result.checkAgain")}
        </Button>
      </div>
    </section>
  );
}
