// "Sign in again": SFO's own re-login, step by step with check-offs, then a check that it stays
// connected. Honest about the refresh-token policy: signing in only helps until the token expires again.
import { useState } from "react";
import {
  Body1,
  Button,
  Checkbox,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Title3,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { DocumentSearchRegular, MailRegular } from "@fluentui/react-icons";
import { getCause, type CauseId, type Diagnosis } from "../../engine";
import { useI18n } from "../i18n";
import { announce } from "../announce";

export const SIGN_IN_STEPS = ["clickMessage", "signIn", "allow", "restart", "confirm"] as const;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  steps: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  step: { display: "flex", flexDirection: "column" },
  help: { color: tokens.colorNeutralForeground2, paddingInlineStart: "36px" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** With an expiring Refresh Token Policy (or a cause we cannot tell) a new sign-in lasts only until the token expires. */
function warningFor(cause: CauseId | null): "expiring" | "possible" | null {
  if (cause === null) return "possible";
  const signIn = getCause(cause).signIn;
  if (signIn === "expiring" || signIn === "possible") return signIn;
  return null;
}

export function SignInView({
  cause,
  diagnosis = null,
  onCheckLogs,
  onAskAdmin,
}: {
  cause: CauseId | null;
  /** The logs' diagnosis when there is one; null for a cause picked from the side panel. */
  diagnosis?: Diagnosis | null;
  onCheckLogs(): void;
  onAskAdmin(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const warning = warningFor(cause);
  // The logs rarely say which of the three expiring settings is chosen (SFO-FACTS §3): name the timing
  // guess when the diagnosis has one, otherwise say it is one of three.
  const policy = diagnosis?.cause && getCause(diagnosis.cause).policyGuess ? diagnosis.policy : null;
  const warningText =
    warning === "expiring"
      ? policy
        ? t("ui.signin.warning.guess", {
            policy: t(`cause.policyGuess.${policy}`),
            reason: diagnosis?.policyReason ? t(diagnosis.policyReason.key, diagnosis.policyReason.params) : "",
          }).replace(/ {2,}/g, " ")
        : t("ui.signin.warning.oneOfThree")
      : t("ui.signin.warning.possible");
  const allDone = done.size === SIGN_IN_STEPS.length;

  const toggle = (step: string, checked: boolean) => {
    const next = new Set(done);
    if (checked) next.add(step);
    else next.delete(step);
    setDone(next);
    announce(
      next.size === SIGN_IN_STEPS.length
        ? t("ui.signin.allDone")
        : t("ui.signin.progress", { done: next.size, total: SIGN_IN_STEPS.length }),
    );
  };

  return (
    <div className={styles.view}>
      <Title3 as="h2" tabIndex={-1}>
        {t("ui.signin.title")}
      </Title3>
      <Body1>{t("ui.signin.intro")}</Body1>
      {warning && (
        <MessageBar intent="warning" layout="multiline" data-testid="refresh-warning">
          <MessageBarBody>
            <MessageBarTitle>{t(warning === "expiring" ? "ui.signin.warning.title" : "ui.signin.warning.titlePossible")}</MessageBarTitle>
            {warningText}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" icon={<MailRegular />} onClick={onAskAdmin}>
              {t("ui.nav.ask")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <ol className={styles.steps}>
        {SIGN_IN_STEPS.map((step, i) => (
          <li key={step} className={styles.step}>
            <Checkbox
              checked={done.has(step)}
              onChange={(_, d) => toggle(step, d.checked === true)}
              label={t("ui.signin.stepLabel", { n: i + 1, text: t(`ui.signin.step.${step}`) })}
            />
            <Text size={200} className={styles.help}>
              {t(`ui.signin.step.${step}.help`)}
            </Text>
          </li>
        ))}
      </ol>
      <Text aria-hidden="true">{t("ui.signin.progress", { done: done.size, total: SIGN_IN_STEPS.length })}</Text>
      {allDone && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{t("ui.signin.allDone")}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button appearance={allDone ? "primary" : "secondary"} icon={<DocumentSearchRegular />} onClick={onCheckLogs}>
          {t("ui.signin.checkLogs")}
        </Button>
      </div>
    </div>
  );
}
