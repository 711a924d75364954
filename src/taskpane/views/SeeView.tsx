// "What do you see?": the side panel as SFO shows it in the seed's state, in the user's language, one
// switch away from the raw `<<Unknown Label:…>>` form, and the two ways on ("This is what I see",
// "Check my logs"), all on the first screen. The other states SFO can show sit behind one compact
// chooser that lists only what differs: the detail label. Picking one leads to its likely cause.
import { useId, useState } from "react";
import { Body1, Button, Switch, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentSearchRegular } from "@fluentui/react-icons";
import { SIDE_PANEL_DETAIL_KEYS, sidePanelStateFor, type CauseId, type SalesforceLanguage } from "../../engine";
import { useI18n } from "../i18n";
import { SidePanel } from "../components/SidePanel";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
  chooser: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBlockStart: tokens.spacingVerticalS,
  },
  summary: {
    cursor: "pointer",
    fontWeight: tokens.fontWeightSemibold,
    paddingBlock: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusMedium,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  choices: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  choice: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    height: "auto",
    paddingBlock: tokens.spacingVerticalXS,
  },
  chooserBody: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBlockStart: tokens.spacingVerticalS },
});

export function SeeView({
  salesforceLang,
  onCause,
  onSignIn,
  onCheckLogs,
}: {
  /** The Salesforce language SFO would use for this user (from the display language), null when unsupported. */
  salesforceLang: SalesforceLanguage | null;
  onCause(cause: CauseId): void;
  /** The picture's own message and Log In button: sign in again, as in SFO. */
  onSignIn(cause: CauseId): void;
  onCheckLogs(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [raw, setRaw] = useState(false);
  // The state the public article shows leads; the catalog marks it documented.
  const seed = SIDE_PANEL_DETAIL_KEYS.find((k) => k.documented) ?? SIDE_PANEL_DETAIL_KEYS[0];
  const others = SIDE_PANEL_DETAIL_KEYS.filter((k) => k.key !== seed.key);
  const panelId = useId();
  const chooserId = useId();
  return (
    <div className={styles.view}>
      <Title3 as="h2" tabIndex={-1}>
        {t("ui.see.title")}
      </Title3>
      <Body1>{t("ui.see.intro")}</Body1>
      <SidePanel
        id={panelId}
        state={sidePanelStateFor(seed.key, salesforceLang, raw)}
        lang={raw ? null : salesforceLang}
        onLogIn={() => onSignIn(seed.cause)}
      />
      <Switch checked={raw} onChange={(_, d) => setRaw(d.checked)} label={t("ui.see.rawSwitch")} />
      {raw && <Text className={styles.hint}>{t("ui.see.rawHint")}</Text>}
      <div className={styles.actions}>
        <Button appearance="primary" aria-describedby={panelId} onClick={() => onCause(seed.cause)}>
          {t("ui.see.thisIsIt")}
        </Button>
        <Button icon={<DocumentSearchRegular />} onClick={onCheckLogs}>
          {t("ui.nav.logs")}
        </Button>
      </div>
      {/* One compact chooser instead of a panel per state: SFO's heading and button are the same in
          every state, so each choice shows only the detail label, as the user's panel would word it. */}
      <details className={styles.chooser} data-testid="other-states">
        <summary className={styles.summary}>{t("ui.see.othersTitle")}</summary>
        <div className={styles.chooserBody}>
          <Text className={styles.hint} id={chooserId}>
            {t("ui.see.othersIntro")}
          </Text>
          <ul className={styles.choices} aria-labelledby={chooserId}>
            {others.map((k) => {
              const state = sidePanelStateFor(k.key, salesforceLang, raw);
              const lang = state.unresolved.includes("detail") || !salesforceLang ? undefined : salesforceLang.replace("_", "-");
              return (
                <li key={k.key}>
                  <Button appearance="subtle" className={styles.choice} onClick={() => onCause(k.cause)} data-detail-key={k.key}>
                    <span lang={lang}>{state.labels.detail}</span>
                  </Button>
                </li>
              );
            })}
          </ul>
        </div>
      </details>
    </div>
  );
}
