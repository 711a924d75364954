// The Salesforce for Outlook side panel as SFO draws it when it has logged the user out: the heading
// and detail labels read as one clickable message, then the log-in button. It keeps SFO's own look
// (fixed colours, not the pane's theme) so users recognise it; labels are rendered as text only.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { SalesforceLanguage, SidePanelState } from "../../engine";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  panel: {
    margin: 0,
    border: "1px solid #c9d1dc",
    borderRadius: "4px",
    backgroundColor: "#f4f6f9",
    color: "#16325c",
    fontFamily: "'Segoe UI', 'Salesforce Sans', Arial, sans-serif",
    fontSize: "13px",
    lineHeight: "18px",
    overflowWrap: "anywhere",
    boxShadow: tokens.shadow2,
  },
  bar: {
    backgroundColor: "#16325c",
    color: "#ffffff",
    padding: "4px 8px",
    fontSize: "12px",
    fontWeight: 600,
    borderTopLeftRadius: "3px",
    borderTopRightRadius: "3px",
  },
  body: { padding: "12px" },
  message: { margin: "0 0 12px 0" },
  heading: { fontWeight: 700 },
  detail: { color: "#005fb2", textDecorationLine: "underline" },
  button: {
    display: "inline-block",
    padding: "4px 14px",
    borderRadius: "4px",
    backgroundColor: "#005fb2",
    color: "#ffffff",
    fontWeight: 600,
  },
});

/** SFO's locale (`en_US`) as a BCP 47 tag for the `lang` attribute, so speech uses the right voice. */
function bcp47(lang: SalesforceLanguage | null): string | undefined {
  return lang ? lang.replace("_", "-") : undefined;
}

export function SidePanel({ state, lang, id }: { state: SidePanelState; lang: SalesforceLanguage | null; id?: string }) {
  const styles = useStyles();
  const { t } = useI18n();
  const slotLang = (slot: "loggedOut" | "detail" | "button") => (state.unresolved.includes(slot) ? undefined : bcp47(lang));
  return (
    <figure className={styles.panel} aria-label={t("ui.sidePanel.label")} data-testid="side-panel" id={id}>
      <div className={styles.bar} aria-hidden="true">
        {t("ui.sidePanel.product")}
      </div>
      <div className={styles.body}>
        <p className={styles.message} data-testid="side-panel-message">
          <span className={styles.heading} lang={slotLang("loggedOut")}>
            {state.labels.loggedOut}
          </span>{" "}
          <span className={styles.detail} lang={slotLang("detail")}>
            {state.labels.detail}
          </span>
        </p>
        {/* A picture of SFO's button, not a control of ours: it does nothing here. */}
        <span className={styles.button} lang={slotLang("button")} data-testid="side-panel-button">
          {state.labels.button}
        </span>
      </div>
    </figure>
  );
}
