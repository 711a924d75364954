// "What do you see?": the side panel as SFO shows it in the seed's state, in the user's language, with
// a switch to the raw `<<Unknown Label:…>>` form and a gallery of the other states SFO can show.
// Picking one leads to the likely cause without any logs.
import { useId, useState } from "react";
import { Body1, Button, Subtitle2, Switch, Text, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { DocumentSearchRegular } from "@fluentui/react-icons";
import { SIDE_PANEL_DETAIL_KEYS, getCause, sidePanelStateFor, type CauseId, type SalesforceLanguage } from "../../engine";
import { useI18n } from "../i18n";
import { SidePanel } from "../components/SidePanel";


const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  state: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  panelWrap: { alignSelf: "stretch" },
  gallery: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  hint: { color: tokens.colorNeutralForeground2 },
});

function PanelChoice({ detailKey, cause, lang, raw, primary, onPick }: {
  detailKey: string; cause: CauseId; lang: SalesforceLanguage | null; raw: boolean; primary?: boolean; onPick(cause: CauseId): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const panelId = useId();
  return (
    <div className={styles.state}>
      <div className={styles.panelWrap}>
        <SidePanel id={panelId} state={sidePanelStateFor(detailKey, lang, raw)} lang={raw ? null : lang} />
      </div>
      {/* Every choice reads "This is what I see"; the accessible name adds the cause so a screen reader's
          list of buttons tells them apart (the visible text stays at the start of the name). */}
      <Button
        appearance={primary ? "primary" : "secondary"}
        aria-label={t("ui.see.thisIsItNamed", { title: t(getCause(cause).titleKey) })}
        aria-describedby={panelId}
        onClick={() => onPick(cause)}
      >
        {t("ui.see.thisIsIt")}
      </Button>
    </div>
  );
}

export function SeeView({ salesforceLang, onCause, onCheckLogs }: {
  /** The Salesforce language SFO would use for this user (from the display language), null when unsupported. */
  salesforceLang: SalesforceLanguage | null;
  onCause(cause: CauseId): void;
  onCheckLogs(): void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const [raw, setRaw] = useState(false);
  // The state the public article shows leads; the catalog marks it documented.
  const seed = SIDE_PANEL_DETAIL_KEYS.find((k) => k.documented) ?? SIDE_PANEL_DETAIL_KEYS[0];
  const others = SIDE_PANEL_DETAIL_KEYS.filter((k) => k.key !== seed.key);
  const galleryId = useId();
  return (
    <div className={styles.view}>
      <Title3 as="h2" tabIndex={-1}>{t("ui.see.title")}</Title3>
      <Body1>{t("ui.see.intro")}</Body1>
      <Switch checked={raw} onChange={(_, d) => setRaw(d.checked)} label={t("ui.see.rawSwitch")} />
      {raw && <Text className={styles.hint}>{t("ui.see.rawHint")}</Text>}
      <PanelChoice detailKey={seed.key} cause={seed.cause} lang={salesforceLang} raw={raw} primary onPick={onCause} />
      <Subtitle2 as="h3" id={galleryId}>{t("ui.see.othersTitle")}</Subtitle2>
      <Text className={styles.hint}>{t("ui.see.othersIntro")}</Text>
      <ul className={styles.gallery} aria-labelledby={galleryId}>
        {others.map((k) => (
          <li key={k.key}>
            <PanelChoice detailKey={k.key} cause={k.cause} lang={salesforceLang} raw={raw} onPick={onCause} />
          </li>
        ))}
      </ul>
      <Text>{t("ui.see.notSure")}</Text>
      <div>
        <Button icon={<DocumentSearchRegular />} onClick={onCheckLogs}>{t("ui.nav.logs")}</Button>
      </div>
    </div>
  );
}
