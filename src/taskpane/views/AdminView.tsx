// Admin mode, for admins who sideload the add-in to test: every side-panel state in every Salesforce
// language the simulator knows, what each Refresh Token Policy does to SFO users, and the escalation
// email a user would send. Loaded lazily: most users never open it.
import { useId, useMemo, useState } from "react";
import { Body1, Field, Input, Select, Subtitle2, Switch, Text, Textarea, Title3, makeStyles, tokens } from "@fluentui/react-components";
import {
  CAUSES,
  REFRESH_TOKEN_POLICIES,
  SIDE_PANEL_DETAIL_KEYS,
  buildReportForCause,
  getCause,
  sidePanelStateFor,
  type CauseId,
  DOCUMENTED_CAUSE,
} from "../../engine";
import { SALESFORCE_LANGUAGES, toSalesforceLanguage, type SalesforceLanguage } from "../../engine/i18n";
import { useI18n } from "../i18n";
import { CopyButton } from "../components/CopyButton";
import { SidePanel } from "../components/SidePanel";
import { OrgSignIns } from "./OrgSignIns";
import { registerAllSidePanelLabels } from "../../engine/sidepanel/all-labels";

registerAllSidePanelLabels(); // admin mode shows every state in every language

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  languages: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  language: { overflowWrap: "anywhere", paddingBlock: tokens.spacingVerticalXXS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  // Metadata values must not break mid-word (specific_i|nactivity): they stay on one line, prose wraps at
  // spaces, and in a pane narrower than the table the table scrolls sideways inside its own box.
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  metadata: { whiteSpace: "nowrap" },
  fix: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  body: { fontFamily: tokens.fontFamilyMonospace },
  // A native select is as wide as its longest option; keep it inside the narrow pane.
  select: { width: "100%", minWidth: 0 },
  selectControl: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
});

/** The language's own name in the pane's language ("dansk"/"Danish"), from the browser, no catalog needed. */
function languageName(code: SalesforceLanguage, uiLang: string): string {
  try {
    return new Intl.DisplayNames([uiLang], { type: "language" }).of(code.replace("_", "-")) ?? code;
  } catch {
    return code;
  }
}

function StatesByLanguage() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [detailKey, setDetailKey] = useState(SIDE_PANEL_DETAIL_KEYS[0].key);
  // The pane's language first: an admin previews what their own users see.
  const [sfLang, setSfLang] = useState<SalesforceLanguage>(() => toSalesforceLanguage(lang) ?? "en_US");
  // SFO sometimes shows a label's code instead of its text (the seed article's <<Unknown Label:loginButton>>).
  const [raw, setRaw] = useState(false);
  const listId = useId();
  return (
    <section className={styles.section} aria-labelledby={`${listId}-h`}>
      <Subtitle2 as="h3" id={`${listId}-h`}>
        {t("ui.admin.states.title")}
      </Subtitle2>
      <Text className={styles.muted}>{t("ui.admin.states.intro")}</Text>
      <Field label={t("ui.admin.states.state")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={detailKey}
          onChange={(_, d) => setDetailKey(d.value)}
        >
          {SIDE_PANEL_DETAIL_KEYS.map((k) => (
            <option key={k.key} value={k.key}>{`${k.key} — ${t(getCause(k.cause).titleKey)}`}</option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.admin.states.language")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={sfLang}
          onChange={(_, d) => setSfLang(d.value as SalesforceLanguage)}
        >
          {SALESFORCE_LANGUAGES.map((l) => (
            <option key={l} value={l}>{`${languageName(l, lang)} (${l})`}</option>
          ))}
        </Select>
      </Field>
      <Switch checked={raw} onChange={(_, d) => setRaw(d.checked)} label={t("ui.see.rawSwitch")} />
      <SidePanel state={sidePanelStateFor(detailKey, sfLang, raw)} lang={raw ? null : sfLang} />
      <Subtitle2 as="h4" id={listId}>
        {t("ui.admin.states.everyLanguage", { key: detailKey })}
      </Subtitle2>
      <ul className={styles.languages} aria-labelledby={listId} data-testid="every-language">
        {SALESFORCE_LANGUAGES.map((l) => {
          const s = sidePanelStateFor(detailKey, l, raw);
          return (
            <li key={l} className={styles.language}>
              <Text weight="semibold">{`${languageName(l, lang)} `}</Text>
              <span className={styles.code}>{`(${l})`}</span>
              {": "}
              <span>{`${s.labels.loggedOut} ${s.labels.detail} [${s.labels.button}]`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PolicyTable() {
  const styles = useStyles();
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("ui.admin.policies.title")}
      </Subtitle2>
      <Text className={styles.muted}>{t("ui.admin.policies.intro")}</Text>
      {/* Focusable so keyboard users can scroll it if it ever overflows (axe: scrollable-region-focusable). */}
      <div className={styles.tableScroll} role="region" aria-label={t("ui.admin.policies.scroll")} tabIndex={0}>
        <table className={styles.table} aria-labelledby={headingId} data-testid="policy-table">
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {t("ui.admin.policies.setting")}
              </th>
              <th scope="col" className={styles.cell}>
                {t("ui.admin.policies.effect")}
              </th>
            </tr>
          </thead>
          <tbody>
            {REFRESH_TOKEN_POLICIES.map((p) => (
              <tr key={p.id}>
                <th scope="row" className={`${styles.cell} ${p.id === "infinite" ? styles.fix : ""}`}>
                  {t(p.labelKey)}
                  <br />
                  <code className={`${styles.code} ${styles.metadata}`}>{p.metadata}</code>
                </th>
                <td className={styles.cell}>{t(p.userEffectKey)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function EmailPreview() {
  const styles = useStyles();
  const { t, lang } = useI18n();
  const [cause, setCause] = useState<CauseId>(DOCUMENTED_CAUSE);
  const report = useMemo(() => buildReportForCause(cause, { texts: { lang, t } }), [cause, lang, t]);
  const headingId = useId();
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {t("ui.admin.email.title")}
      </Subtitle2>
      <Text className={styles.muted}>{t("ui.admin.email.intro")}</Text>
      <Field label={t("ui.admin.email.cause")}>
        <Select
          className={styles.select}
          select={{ className: styles.selectControl }}
          value={cause}
          onChange={(_, d) => setCause(d.value as CauseId)}
        >
          {CAUSES.map((c) => (
            <option key={c.id} value={c.id}>
              {t(c.titleKey)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t("ui.admin.email.subject")}>
        <Input readOnly value={report.subject} />
      </Field>
      <Field label={t("ui.admin.email.body")}>
        <Textarea readOnly value={report.body} rows={14} resize="vertical" textarea={{ className: styles.body }} data-testid="email-body" />
      </Field>
      {report.removed.length > 0 && (
        <Body1>{t("ui.admin.email.removed", { list: report.removed.map((r) => `${r.kind} × ${r.count}`).join(", ") })}</Body1>
      )}
      <div>
        <CopyButton text={`${report.subject}\n\n${report.body}`} label={t("ui.admin.email.copy")} />
      </div>
    </section>
  );
}

export default function AdminView() {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.view}>
      <Title3 as="h2" tabIndex={-1}>
        {t("ui.admin.title")}
      </Title3>
      <Body1>{t("ui.admin.intro")}</Body1>
      <OrgSignIns />
      <StatesByLanguage />
      <PolicyTable />
      <EmailPreview />
    </div>
  );
}
