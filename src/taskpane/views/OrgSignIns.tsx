// Admin mode's org view: the admin drops Login History / OauthToken / SetupAuditTrail exports, a worker
// reads them (nothing is uploaded), and a sortable per-user table shows each user's SFO cause, with CSV
// copy and download. Its texts are the org catalog of the pane's language (English until translated),
// loaded with this view rather than the first bundle.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowUpload20Regular, Dismiss20Regular, DocumentArrowDown20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useId, useMemo, useRef, useState, type DragEvent } from "react";
import {
  CAUSE_IDS,
  getCause,
  orgQueries,
  queryCommandLine,
  renderOrgCsv,
  translate,
  type MessageKey,
  type OrgReport,
  type OrgUser,
  type Params,
  type Progress,
} from "../../engine";
import type { Catalog } from "../../engine/i18n";
import { ORG_CATALOGS } from "../language-chunks";
import { useI18n } from "../i18n";
import { announce } from "../announce";
import { CopyButton } from "../components/CopyButton";
import { CancelledError } from "../worker-client";
import { startOrgRead, type RunningOrgRead } from "../org-client";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXS,
    width: "100%",
    minHeight: "80px",
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    font: "inherit",
    textAlign: "center",
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  dropActive: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
  muted: { color: tokens.colorNeutralForeground2 },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    whiteSpace: "pre-wrap",
    margin: 0,
  },
  tableScroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  cell: {
    textAlign: "start",
    verticalAlign: "top",
    padding: tokens.spacingVerticalXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  user: { overflowWrap: "anywhere", minWidth: "8em" },
  sort: {
    font: "inherit",
    fontWeight: tokens.fontWeightSemibold,
    background: "none",
    border: "none",
    padding: 0,
    cursor: "pointer",
    color: "inherit",
    textAlign: "start",
  },
  failing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

type SortKey = "user" | "latest" | "time" | "cause" | "failures";
const MB = 1024 * 1024;
const mb = (b: number) => (b / MB).toFixed(b < 10 * MB ? 1 : 0);

type Phase =
  | { kind: "idle" }
  | { kind: "running"; names: string[]; progress: Progress }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string }
  | { kind: "done"; report: OrgReport };

function compare(a: OrgUser, b: OrgUser, key: SortKey): number {
  const rank = (u: OrgUser) => (u.cause ? CAUSE_IDS.indexOf(u.cause) : CAUSE_IDS.length);
  switch (key) {
    case "user":
      return a.user.localeCompare(b.user);
    case "latest":
      return (a.latest?.status ?? "").localeCompare(b.latest?.status ?? "");
    case "time":
      return (a.latest?.time ?? "").localeCompare(b.latest?.time ?? "");
    case "cause":
      return rank(a) - rank(b);
    case "failures":
      return a.failures - b.failures;
  }
}

/** Saves text as a file through a temporary link (the pane's CSP allows it; nothing leaves the machine). */
function downloadCsv(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function OrgSignIns() {
  const styles = useStyles();
  const { t: paneT, lang } = useI18n();
  const [orgTexts, setOrgTexts] = useState<Catalog | null>(null);
  useEffect(() => {
    let live = true;
    const english = () => ORG_CATALOGS.en();
    ORG_CATALOGS[lang]()
      .then((c) => (Object.keys(c).length > 0 ? c : english()))
      .catch(english)
      .then(
        (c) => live && setOrgTexts(c),
        () => live && setOrgTexts({}),
      );
    return () => {
      live = false;
    };
  }, [lang]);
  const t = useCallback(
    (key: MessageKey, params?: Params) =>
      key.startsWith("org.") ? translate(orgTexts ?? {}, key, params, undefined, lang) : paneT(key, params),
    [orgTexts, lang, paneT],
  );
  const headingId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const running = useRef<RunningOrgRead | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);

  useEffect(() => () => running.current?.cancel(), []);

  const read = useCallback(
    (files: File[]) => {
      if (!files.length) return;
      running.current?.cancel();
      setSort(null);
      setPhase({ kind: "running", names: files.map((f) => f.name), progress: { done: 0, total: files.reduce((s, f) => s + f.size, 0) } });
      const run = startOrgRead(files, (progress) => setPhase((p) => (p.kind === "running" ? { ...p, progress } : p)));
      running.current = run;
      run.result.then(
        (report) => {
          if (running.current !== run) return;
          running.current = null;
          setPhase({ kind: "done", report });
          announce(t("org.ui.summary", summaryParams(report)));
        },
        (e: unknown) => {
          if (running.current !== run) return;
          running.current = null;
          if (e instanceof CancelledError) {
            setPhase({ kind: "cancelled" });
            announce(t("org.ui.cancelled"));
          } else {
            const message = e instanceof Error ? e.message : String(e);
            setPhase({ kind: "failed", message });
            announce(t("org.ui.failed", { message }));
          }
        },
      );
    },
    [t],
  );

  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    read(Array.from(e.dataTransfer?.files ?? []));
  };
  const busy = phase.kind === "running";
  const report = phase.kind === "done" ? phase.report : null;
  const users = useMemo(() => {
    if (!report) return [];
    if (!sort) return report.users;
    return [...report.users].sort((a, b) => sort.dir * compare(a, b, sort.key));
  }, [report, sort]);
  const csv = useMemo(() => (report ? renderOrgCsv(report) : ""), [report]);
  const queries = useMemo(() => orgQueries(30).map(queryCommandLine).join("\n"), []);

  const header = (key: SortKey, label: string) => {
    const active = sort?.key === key;
    return (
      <th scope="col" className={styles.cell} aria-sort={active ? (sort.dir === 1 ? "ascending" : "descending") : "none"}>
        <button
          type="button"
          className={styles.sort}
          title={t("org.ui.sortBy", { column: label })}
          onClick={() => setSort((s) => ({ key, dir: s?.key === key && s.dir === 1 ? -1 : 1 }))}
        >
          {label}
          {active ? (sort.dir === 1 ? " ▲" : " ▼") : ""}
        </button>
      </th>
    );
  };

  if (!orgTexts) return null; // the org texts' chunk: a few milliseconds, local

  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="org-view">
      <Subtitle2 as="h3" id={headingId}>
        {t("org.ui.title")}
      </Subtitle2>
      <Text className={styles.muted}>{t("org.ui.intro")}</Text>
      <input
        ref={inputRef}
        className={styles.hidden}
        type="file"
        multiple
        accept=".csv,.gz,.json,.txt,text/csv,application/json,application/gzip"
        aria-label={t("org.ui.drop")}
        data-testid="org-file-input"
        onChange={() => {
          const files = Array.from(inputRef.current?.files ?? []);
          if (inputRef.current) inputRef.current.value = "";
          read(files);
        }}
        tabIndex={-1}
      />
      <button
        type="button"
        className={mergeClasses(styles.drop, dragging && styles.dropActive)}
        onClick={() => inputRef.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        disabled={busy}
        data-testid="org-drop"
      >
        <ArrowUpload20Regular />
        <Text weight="semibold">{dragging ? t("org.ui.dropActive") : t("org.ui.drop")}</Text>
      </button>

      <Accordion collapsible>
        <AccordionItem value="queries">
          <AccordionHeader as="h4">{t("org.ui.queriesTitle")}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.section}>
              <Text>{t("org.queries.intro")}</Text>
              <pre className={styles.code}>{queries}</pre>
              <div>
                <CopyButton text={queries} label={t("org.ui.copyQueries")} />
              </div>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      {phase.kind === "running" ? (
        <div className={styles.section}>
          <Field
            label={t("org.ui.reading", { names: phase.names.join(", ") })}
            hint={t("org.ui.progress", { done: mb(phase.progress.done), total: mb(phase.progress.total) })}
          >
            <ProgressBar value={phase.progress.total ? phase.progress.done / phase.progress.total : undefined} max={1} />
          </Field>
          <div>
            <Button icon={<Dismiss20Regular />} onClick={() => running.current?.cancel()}>
              {t("org.ui.cancel")}
            </Button>
          </div>
        </div>
      ) : null}
      {phase.kind === "cancelled" ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("org.ui.cancelled")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === "failed" ? (
        <MessageBar intent="error">
          <MessageBarBody>{t("org.ui.failed", { message: phase.message })}</MessageBarBody>
        </MessageBar>
      ) : null}

      {report ? (
        <div className={styles.section}>
          {report.problems.length > 0 || report.summary.unreadableRows > 0 ? (
            <MessageBar intent={report.files.length ? "warning" : "error"} layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{t("org.ui.problemsTitle")}</MessageBarTitle>
                <ul className={styles.list} data-testid="org-problems">
                  {report.problems.map((p, i) => (
                    <li key={`${p.file}:${i}`}>{t(`org.problem.${p.reason}`, { file: p.file, detail: p.detail })}</li>
                  ))}
                  {report.files
                    .filter((f) => f.unreadable.count > 0)
                    .map((f) => (
                      <li key={`rows:${f.file}`}>
                        {t("org.ui.unreadableRows", { file: f.file, count: f.unreadable.count, lines: f.unreadable.lines.join(", ") })}
                      </li>
                    ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          <Text data-testid="org-summary">{t("org.ui.summary", summaryParams(report))}</Text>
          {report.users.length > 0 ? (
            <>
              <div className={styles.row}>
                <CopyButton text={csv} label={t("org.ui.copy")} />
                <Button icon={<DocumentArrowDown20Regular />} onClick={() => downloadCsv(csv, "sfo-org-sign-ins.csv")}>
                  {t("org.ui.download")}
                </Button>
              </div>
              <div className={styles.tableScroll} role="region" aria-label={t("org.ui.scroll")} tabIndex={0}>
                <table className={styles.table} aria-label={t("org.ui.tableLabel")} data-testid="org-table">
                  <thead>
                    <tr>
                      {header("user", t("org.ui.col.user"))}
                      {header("latest", t("org.ui.col.latest"))}
                      {header("time", t("org.ui.col.time"))}
                      {header("cause", t("org.ui.col.cause"))}
                      {header("failures", t("org.ui.col.failures"))}
                      <th scope="col" className={styles.cell}>
                        {t("org.ui.col.client")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.map((u) => (
                      <tr key={u.user}>
                        <th scope="row" className={`${styles.cell} ${styles.user}`}>
                          {u.user}
                        </th>
                        <td className={`${styles.cell} ${u.failing ? styles.failing : ""}`}>{u.latest?.status ?? t("org.ui.none")}</td>
                        <td className={styles.cell}>{u.latest?.time ?? t("org.ui.none")}</td>
                        <td className={styles.cell}>
                          {u.cause ? (
                            <>
                              {t(getCause(u.cause).titleKey)} <code className={styles.code}>{u.cause}</code>
                            </>
                          ) : (
                            t("org.ui.none")
                          )}
                        </td>
                        <td className={styles.cell}>{u.failures}</td>
                        <td className={styles.cell}>{[u.clientVersion, u.tlsProtocol].filter(Boolean).join(", ") || t("org.ui.none")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          {report.tokens.some((u) => u.hint) || report.users.some((u) => u.hint) ? (
            <>
              <Subtitle2 as="h4">{t("org.ui.tokensTitle")}</Subtitle2>
              <ul className={styles.list} data-testid="org-hints">
                {[...report.tokens, ...report.users]
                  .filter((u) => u.hint)
                  .map((u, i) => (
                    <li key={`${u.user}:${i}`}>
                      <Text weight="semibold">{u.user}</Text>: {t(u.hint!.key, u.hint!.params)}
                    </li>
                  ))}
              </ul>
            </>
          ) : null}
          {report.audit.length > 0 ? (
            <>
              <Subtitle2 as="h4">{t("org.ui.auditTitle")}</Subtitle2>
              <ul className={styles.list} data-testid="org-audit">
                {report.audit.slice(0, 50).map((a, i) => (
                  <li key={i}>
                    <Text weight="semibold">{a.time}</Text> {a.who ? `(${a.who}) ` : ""}
                    {a.section ? `${a.section}: ` : ""}
                    {a.display}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}

function summaryParams(report: OrgReport): Params {
  return {
    users: report.summary.users,
    failing: report.summary.failing,
    rows: report.files.reduce((s, f) => s + f.rows, 0),
    files: report.files.length,
  };
}
