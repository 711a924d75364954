// The Salesforce for Outlook side panel as SFO draws it when it has logged the user out: the heading
// and detail labels read as one clickable message, then the log-in button. It keeps SFO's own look
// (fixed colours, not the pane's theme) so users recognise it; labels are rendered as text only.
// Nothing in it looks live and is dead: given `onLogIn`, the message and the button lead where SFO's
// would (signing in again); without it, it is drawn as a picture, flat and captioned as one.
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useId } from "react";
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
    // High contrast: the system's colours (SFO's navy on Windows' black would be unreadable).
    "@media (forced-colors: active)": { color: "CanvasText", backgroundColor: "Canvas", border: "1px solid CanvasText" },
  },
  bar: {
    display: "flex",
    justifyContent: "space-between",
    gap: "8px",
    backgroundColor: "#16325c",
    color: "#ffffff",
    padding: "4px 8px",
    fontSize: "12px",
    fontWeight: 600,
    borderTopLeftRadius: "3px",
    borderTopRightRadius: "3px",
  },
  caption: { fontWeight: 400, fontStyle: "italic" },
  body: { padding: "12px" },
  message: {
    display: "block",
    margin: "0 0 12px 0",
    padding: 0,
    border: "none",
    backgroundColor: "transparent",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
  },
  heading: { fontWeight: 700, "@media (forced-colors: active)": { color: "CanvasText" } },
  detail: { color: "#005fb2", "@media (forced-colors: active)": { color: "LinkText" } },
  link: { textDecorationLine: "underline" },
  live: {
    cursor: "pointer",
    ":focus-visible": { outline: "2px solid #16325c", outlineOffset: "2px" },
  },
  button: {
    display: "inline-block",
    padding: "4px 14px",
    border: "1px solid #005fb2",
    borderRadius: "4px",
    backgroundColor: "#005fb2",
    color: "#ffffff",
    font: "inherit",
    fontWeight: 600,
    "@media (forced-colors: active)": { color: "ButtonText", backgroundColor: "ButtonFace", border: "1px solid ButtonText" },
  },
  // A picture's button: SFO's colours, but outlined and flat, so it reads as a drawing of a button.
  flat: {
    backgroundColor: "transparent",
    color: "#005fb2",
    border: "1px dashed #005fb2",
    "@media (forced-colors: active)": { color: "CanvasText", backgroundColor: "Canvas", border: "1px dashed CanvasText" },
  },
});

/** SFO's locale (`en_US`) as a BCP 47 tag for the `lang` attribute, so speech uses the right voice. */
function bcp47(lang: SalesforceLanguage | null): string | undefined {
  return lang ? lang.replace("_", "-") : undefined;
}

export function SidePanel({
  state,
  lang,
  id,
  onLogIn,
}: {
  state: SidePanelState;
  lang: SalesforceLanguage | null;
  id?: string;
  /** What SFO's own message and Log In button do: sign in again. Without it the panel is a picture. */
  onLogIn?: () => void;
}) {
  const styles = useStyles();
  const { t } = useI18n();
  const hintId = useId();
  const slotLang = (slot: "loggedOut" | "detail" | "button") => (state.unresolved.includes(slot) ? undefined : bcp47(lang));
  const words = (
    <>
      <span className={styles.heading} lang={slotLang("loggedOut")}>
        {state.labels.loggedOut}
      </span>{" "}
      <span className={mergeClasses(styles.detail, onLogIn && styles.link)} lang={slotLang("detail")}>
        {state.labels.detail}
      </span>
    </>
  );
  return (
    <figure
      className={styles.panel}
      aria-label={t("ui.sidePanel.label")}
      data-testid="side-panel"
      data-live={onLogIn ? "true" : "false"}
      id={id}
    >
      <div className={styles.bar}>
        <span aria-hidden="true">{t("ui.sidePanel.product")}</span>
        {onLogIn ? null : <span className={styles.caption}>{t("ui.sidePanel.picture")}</span>}
      </div>
      <div className={styles.body}>
        {onLogIn ? (
          <>
            <button
              type="button"
              className={mergeClasses(styles.message, styles.live)}
              data-testid="side-panel-message"
              aria-describedby={hintId}
              onClick={onLogIn}
            >
              {words}
            </button>
            <button
              type="button"
              className={mergeClasses(styles.button, styles.live)}
              lang={slotLang("button")}
              data-testid="side-panel-button"
              aria-describedby={hintId}
              onClick={onLogIn}
            >
              {state.labels.button}
            </button>
            <span id={hintId} hidden>
              {t("ui.sidePanel.logInHint")}
            </span>
          </>
        ) : (
          <>
            <p className={styles.message} data-testid="side-panel-message">
              {words}
            </p>
            <span className={mergeClasses(styles.button, styles.flat)} lang={slotLang("button")} data-testid="side-panel-button">
              {state.labels.button}
            </span>
          </>
        )}
      </div>
    </figure>
  );
}
