// The likely cause of what the user sees, in plain words, without any logs: what it means, who can fix
// it, and what to do next. The texts come from the engine's cause catalog.
import { Body1, Button, MessageBar, MessageBarBody, Subtitle2, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowEnterRegular, DocumentSearchRegular, MailRegular } from "@fluentui/react-icons";
import { getCause, type CauseId } from "../../engine";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  steps: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground2 },
});

/** Causes where signing in again brings SFO back for good, so that is the first thing to try. */
const USER_FIRST = new Set(["user", "user-it"]);

export function CauseView({
  cause,
  onSignIn,
  onAskAdmin,
  onCheckLogs,
}: {
  cause: CauseId;
  onSignIn(): void;
  onAskAdmin(): void;
  onCheckLogs(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const def = getCause(cause);
  const userFirst = USER_FIRST.has(def.fixer);
  const userSteps = def.stepKeys.user ?? [];
  return (
    <div className={styles.view}>
      <Title3 as="h2" tabIndex={-1}>
        {t(def.titleKey)}
      </Title3>
      <Subtitle2 as="h3">{t("ui.cause.likely")}</Subtitle2>
      <Body1 data-testid="cause-user-text">{t(def.userKey)}</Body1>
      <Subtitle2 as="h3">{t("ui.cause.whoFixes")}</Subtitle2>
      <Body1>{t(`ui.fixer.${def.fixer}`)}</Body1>
      {def.warningKey && (
        <MessageBar intent="warning">
          <MessageBarBody>{t(def.warningKey)}</MessageBarBody>
        </MessageBar>
      )}
      <Subtitle2 as="h3">{t("ui.cause.next")}</Subtitle2>
      {userSteps.length > 0 && (
        <ol className={styles.steps}>
          {userSteps.map((k) => (
            <li key={k}>
              <Body1>{t(k)}</Body1>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.actions}>
        <Button appearance={userFirst ? "primary" : "secondary"} icon={<ArrowEnterRegular />} onClick={onSignIn}>
          {t("ui.nav.signin")}
        </Button>
        <Button appearance={userFirst ? "secondary" : "primary"} icon={<MailRegular />} onClick={onAskAdmin}>
          {t("ui.nav.ask")}
        </Button>
        <Button icon={<DocumentSearchRegular />} onClick={onCheckLogs}>
          {t("ui.cause.checkLogs")}
        </Button>
      </div>
      <Text className={styles.note}>{t("ui.cause.guessNote")}</Text>
    </div>
  );
}
