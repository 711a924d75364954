// What the logs say, in the order a person needs it: the status, the cause in plain words and the next
// step (all on the first screen), how sure in words, then the admin's technical part (collapsed), the
// evidence with file:line, the side panel as SFO drew it, and the status timeline. A result made from
// the example logs says so at the top, and so does anything copied from it.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowClockwise20Regular, MailEdit20Regular, PersonArrowRight20Regular } from "@fluentui/react-icons";
import { useEffect } from "react";
import {
  getCause,
  isExample,
  toSalesforceLanguage,
  type Candidate,
  type Diagnosis,
  type LogStatus,
  type MessageKey,
  type Translate,
} from "../../engine";
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
  text: { whiteSpace: "pre-line" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const STATUS_INTENT: Record<LogStatus, "error" | "success" | "warning"> = {
  "logged-out": "error",
  connected: "success",
  unknown: "warning",
};

/** Confidence as words people use. No percentage: a score from one or two log lines is not a measurement. */
export function sureWord(confidence: number): "high" | "medium" | "low" {
  return confidence >= 0.8 ? "high" : confidence >= 0.5 ? "medium" : "low";
}

/**
 * How sure, in words that match the evidence: a strong match seen at one logout is "likely"; only when
 * the logs name the same cause at several logouts is it "very likely".
 */
export function sureText(diagnosis: Diagnosis, top: Candidate, t: Translate): string {
  if (!getCause(top.id).named) return t("ui.result.sure.unknown"); // the absence of a reason: nothing to be sure of
  const word = sureWord(top.confidence);
  if (word !== "high") return t(`ui.result.sure.${word}`);
  const logouts = diagnosis.episodes.filter((e) => e.cause === top.id).length;
  return logouts > 1 ? t("ui.result.sure.high.repeated", { count: logouts }) : t("ui.result.sure.high.once");
}

export function ResultView({
  diagnosis,
  onSignIn,
  onAskAdmin,
  onCheckAgain,
}: {
  diagnosis: Diagnosis;
  onSignIn(): void;
  onAskAdmin(): void;
  onCheckAgain(): void;
}) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const example = isExample(diagnosis);
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
    announce(
      t(example ? "ui.result.announceExample" : "ui.result.announce", {
        status: t(`ui.result.status.${diagnosis.status}`),
        cause: causeTitle,
      }),
    );
  }, [diagnosis, causeTitle, example, t]);

  // Anything copied from an example result says so on its first line.
  const copyNote = example ? t("ui.example.mark") : undefined;
  const withNote = (text: string) => (copyNote ? `${copyNote}\n${text}` : text);

  const steps = (keys: MessageKey[] | undefined) =>
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

      {example ? (
        <MessageBar intent="warning" layout="multiline" data-testid="example-mark">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.example.mark")}</MessageBarTitle> {t("ui.example.result")}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onCheckAgain}>
              {t("ui.example.checkMine")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

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
      </div>

      {/* The next step comes right after the cause, within the first screen. */}
      <div className={styles.row} data-testid="result-next-step">
        {adminFixes ? askAdmin : signIn}
        {adminFixes ? signIn : askAdmin}
      </div>

      {top ? (
        <div className={styles.section}>
          <Subtitle2 as="h3">{t("ui.result.sure.title")}</Subtitle2>
          <Text data-testid="result-sure">{sureText(diagnosis, top, t)}</Text>
          {diagnosis.notes.map((n) => (
            <Text key={n.key} className={styles.text} data-testid="result-note">
              {t(n.key, n.params)}
            </Text>
          ))}
          {others.length ? (
            <Text>{t("ui.result.sure.others", { list: others.map((c) => t(getCause(c.id).titleKey)).join("; ") })}</Text>
          ) : null}
        </div>
      ) : null}

      {cause && cause.stepKeys.user ? (
        <div className={styles.section}>
          <Text weight="semibold">{t("ui.result.userSteps")}</Text>
          {steps(cause.stepKeys.user)}
        </div>
      ) : null}

      {cause ? (
        <Accordion collapsible>
          <AccordionItem value="admin">
            <AccordionHeader as="h3">{t("ui.result.admin.title")}</AccordionHeader>
            <AccordionPanel>
              <div className={styles.section}>
                <Text className={styles.text}>{t(cause.adminKey)}</Text>
                {diagnosis.policy ? (
                  <Text className={styles.text}>
                    <strong>{t(`ui.result.policy.${diagnosis.policy}`)}</strong>{" "}
                    {diagnosis.policyReason ? t(diagnosis.policyReason.key, diagnosis.policyReason.params) : null}
                  </Text>
                ) : cause.policyGuess ? (
                  <Text className={styles.text}>{t("ui.result.policy.unknown")}</Text>
                ) : null}
                {cause.readSettingKey ? <Text className={styles.text}>{t(cause.readSettingKey)}</Text> : null}
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
                <Text className={styles.text} data-testid="result-check-fix">
                  <strong>{t("ui.result.checkFix")}</strong> {t(cause.verifyKey)}
                </Text>
              </div>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      ) : null}

      <div className={styles.section}>
        <Subtitle2 as="h3">{t("ui.result.evidence.title")}</Subtitle2>
        <Evidence lines={diagnosis.evidence} note={copyNote} />
        {diagnosis.evidence.length > 1 ? (
          <div>
            <CopyButton text={withNote(redactedEvidence(diagnosis.evidence))} label={t("ui.result.evidence.copyAll")} />
          </div>
        ) : null}
        <Text size={200}>{t("ui.result.evidence.redactedNote")}</Text>
      </div>

      {diagnosis.sidePanel ? (
        <div className={styles.section}>
          <Subtitle2 as="h3">{t("ui.result.sidePanel.title")}</Subtitle2>
          <Text size={200}>{t("ui.result.sidePanel.note")}</Text>
          <SidePanel state={diagnosis.sidePanel} lang={toSalesforceLanguage(lang)} onLogIn={onSignIn} />
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

      <div>
        <Button icon={<ArrowClockwise20Regular />} onClick={onCheckAgain}>
          {t("ui.result.checkAgain")}
        </Button>
      </div>
    </section>
  );
}
