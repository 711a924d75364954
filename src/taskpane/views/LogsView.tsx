// "Check my logs": pick, drop or paste SFO's logs, or, for those with none at hand, try the seed example
// (secondary, and its result is marked as an example). The files go to a Web Worker as references;
// nothing here reads a file, so a 100 MB log never blocks the pane.
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
  Textarea,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { ArrowUpload20Regular, Dismiss20Regular, Play20Regular, ClipboardPaste20Regular } from "@fluentui/react-icons";
import { useCallback, useEffect, useRef, useState, type DragEvent } from "react";
import {
  asExample,
  MAX_FILE_BYTES,
  formatBytes,
  SFO_LOG_FOLDERS,
  SFO_LOG_FOLDER_TEXT,
  type Diagnosis,
  type MessageKey,
} from "../../engine";
import { useI18n } from "../i18n";
import { announce } from "../announce";
import { CopyButton } from "../components/CopyButton";
import { EXAMPLE_LOGS } from "../example-logs";
import {
  CancelledError,
  startDiagnosis,
  textAsFile,
  type DiagnosisRun,
  type Progress,
  type RunningDiagnosis,
  type SkippedFile,
} from "../worker-client";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  drop: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalXS,
    width: "100%",
    minHeight: "96px",
    padding: tokens.spacingVerticalL,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    font: "inherit",
    textAlign: "center",
    ":hover": { backgroundColor: tokens.colorBrandBackground2 },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  dropActive: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  // The drop zone is the view's primary action, so it carries the primary button's look inside it.
  choose: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    fontWeight: tokens.fontWeightSemibold,
  },
  hidden: { display: "none" },
  path: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  pathRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

/** Where SFO writes its logs: the engine's one definition (the CLI reads the same). */
export const LOG_FOLDERS: ({ key: MessageKey; path: string } | { key: MessageKey; placeKey: MessageKey })[] = SFO_LOG_FOLDERS.map((f) => ({
  key: "ui.logs.where.every",
  path: f.display,
}));

type Phase =
  | { kind: "idle" }
  | { kind: "running"; progress: Progress; names: string[] }
  | { kind: "cancelled" }
  | { kind: "failed"; message: string }
  | { kind: "skipped"; run: DiagnosisRun };

export function LogsView({ onResult }: { onResult(d: Diagnosis): void }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  const inputRef = useRef<HTMLInputElement>(null);
  const running = useRef<RunningDiagnosis | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState("");
  const [pasteEmpty, setPasteEmpty] = useState(false);

  useEffect(() => () => running.current?.cancel(), []);

  const skipText = useCallback(
    (s: SkippedFile) =>
      t(`ui.logs.skip.${s.reason}`, { file: s.file, max: formatBytes(MAX_FILE_BYTES, lang), folder: SFO_LOG_FOLDER_TEXT }),
    [t, lang],
  );

  const analyse = useCallback(
    (files: File[], example = false) => {
      if (!files.length) return;
      running.current?.cancel();
      const names = files.map((f) => f.name);
      setPhase({ kind: "running", progress: { done: 0, total: files.reduce((s, f) => s + f.size, 0) }, names });
      announce(t("ui.logs.started", { count: files.length }));
      const run = startDiagnosis(files, (progress) => setPhase((p) => (p.kind === "running" ? { ...p, progress } : p)));
      running.current = run;
      run.result.then(
        (read) => {
          if (running.current !== run) return;
          const result = example && read.diagnosis ? { ...read, diagnosis: asExample(read.diagnosis) } : read;
          running.current = null;
          if (result.diagnosis && !result.skipped.length) {
            setPhase({ kind: "idle" });
            onResult(result.diagnosis);
            return;
          }
          setPhase({ kind: "skipped", run: result });
          announce(result.diagnosis ? t("ui.logs.someSkipped.title") : t("ui.logs.noneRead.title"));
        },
        (e: unknown) => {
          if (running.current !== run) return;
          running.current = null;
          if (e instanceof CancelledError) {
            setPhase({ kind: "cancelled" });
            announce(t("ui.logs.cancelled"));
          } else {
            const message = e instanceof Error ? e.message : String(e);
            setPhase({ kind: "failed", message });
            announce(t("ui.logs.failed", { message }));
          }
        },
      );
    },
    [onResult, t],
  );

  const onPick = () => {
    const files = Array.from(inputRef.current?.files ?? []);
    if (inputRef.current) inputRef.current.value = ""; // picking the same file again must fire change
    analyse(files);
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    e.preventDefault();
    setDragging(false);
    analyse(Array.from(e.dataTransfer?.files ?? []));
  };
  const onPasteAnalyse = () => {
    if (!pasted.trim()) {
      setPasteEmpty(true);
      return;
    }
    setPasteEmpty(false);
    analyse([textAsFile(pasted)]);
  };
  const onExample = () =>
    analyse(
      EXAMPLE_LOGS.map((l) => textAsFile(l.text, l.name)),
      true,
    );
  const cancel = () => running.current?.cancel();

  const busy = phase.kind === "running";

  return (
    <section className={styles.root} aria-labelledby="logs-title">
      <Title3 as="h2" id="logs-title">
        {t("ui.logs.title")}
      </Title3>
      <Text>{t("ui.logs.intro")}</Text>

      <div className={styles.section}>
        <input
          ref={inputRef}
          className={styles.hidden}
          type="file"
          multiple
          aria-label={t("ui.logs.fileInput")}
          data-testid="log-file-input"
          onChange={onPick}
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
          aria-describedby="logs-drop-hint"
        >
          <span className={styles.choose}>
            <ArrowUpload20Regular />
            {t("ui.logs.drop")}
          </span>
          <Text size={200} id="logs-drop-hint">
            {t("ui.logs.dropHint", { max: formatBytes(MAX_FILE_BYTES, lang) })}
          </Text>
        </button>
      </div>

      {phase.kind === "running" ? (
        <div className={styles.section}>
          <Field
            validationState="none"
            label={t("ui.logs.progress.label", { files: phase.names.join(", ") })}
            hint={t("ui.logs.progress.hint", {
              done: formatBytes(phase.progress.done, lang),
              total: formatBytes(phase.progress.total, lang),
            })}
          >
            <ProgressBar value={phase.progress.total ? phase.progress.done / phase.progress.total : undefined} max={1} />
          </Field>
          <div>
            <Button icon={<Dismiss20Regular />} onClick={cancel}>
              {t("ui.logs.cancel")}
            </Button>
          </div>
        </div>
      ) : null}

      {phase.kind === "cancelled" ? (
        <MessageBar intent="info">
          <MessageBarBody>{t("ui.logs.cancelled")}</MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === "failed" ? (
        <MessageBar intent="error">
          <MessageBarBody>{t("ui.logs.failed", { message: phase.message })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === "skipped" ? (
        <MessageBar intent={phase.run.diagnosis ? "warning" : "error"} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{phase.run.diagnosis ? t("ui.logs.someSkipped.title") : t("ui.logs.noneRead.title")}</MessageBarTitle>
            <ul className={styles.list}>
              {phase.run.skipped.map((s, i) => (
                <li key={`${s.file}:${i}`}>{skipText(s)}</li>
              ))}
            </ul>
            {phase.run.diagnosis ? (
              <Text>{t("ui.logs.someSkipped.read", { files: phase.run.analysed.join(", ") })}</Text>
            ) : (
              <Text>{t("ui.logs.noneRead.next")}</Text>
            )}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {phase.kind === "skipped" && phase.run.diagnosis ? (
        <div>
          <Button appearance="primary" onClick={() => phase.run.diagnosis && onResult(phase.run.diagnosis)}>
            {t("ui.logs.showResult")}
          </Button>
        </div>
      ) : null}

      <div className={styles.section}>
        <Field
          label={<Subtitle2 as="h3">{t("ui.logs.paste.label")}</Subtitle2>}
          hint={t("ui.logs.paste.hint")}
          validationState={pasteEmpty ? "error" : "none"}
          validationMessage={pasteEmpty ? t("ui.logs.paste.empty") : undefined}
        >
          <Textarea
            value={pasted}
            onChange={(_, d) => setPasted(d.value)}
            resize="vertical"
            rows={4}
            spellCheck={false}
            textarea={{ style: { fontFamily: tokens.fontFamilyMonospace } }}
          />
        </Field>
        <div>
          <Button icon={<ClipboardPaste20Regular />} onClick={onPasteAnalyse} disabled={busy}>
            {t("ui.logs.paste.analyse")}
          </Button>
        </div>
      </div>

      <Accordion collapsible>
        <AccordionItem value="where">
          <AccordionHeader as="h3">{t("ui.logs.where.title")}</AccordionHeader>
          <AccordionPanel>
            <div className={styles.section}>
              <Text>{t("ui.logs.where.intro")}</Text>
              <ul className={styles.list}>
                {LOG_FOLDERS.map((f) => (
                  <li key={f.key}>
                    <Text weight="semibold">{t(f.key)}</Text>
                    {"path" in f ? (
                      <div className={styles.pathRow}>
                        <span className={styles.path}>{f.path}</span>
                        <CopyButton iconOnly text={f.path} label={t("ui.logs.where.copy", { path: f.path })} />
                      </div>
                    ) : (
                      <Text>{t(f.placeKey)}</Text>
                    )}
                  </li>
                ))}
              </ul>
              <Text>{t("ui.logs.where.tip")}</Text>
            </div>
          </AccordionPanel>
        </AccordionItem>
      </Accordion>

      <div className={styles.section}>
        <Subtitle2 as="h3">{t("ui.logs.example.title")}</Subtitle2>
        <Text>{t("ui.logs.example.text")}</Text>
        <div>
          <Button appearance="secondary" icon={<Play20Regular />} onClick={onExample} disabled={busy}>
            {t("ui.logs.example.button")}
          </Button>
        </div>
      </div>
    </section>
  );
}
