// The log lines behind a diagnosis, each with file:line. On screen they stay as logged (the user's own
// machine); what is copied goes through redact() because copied text tends to travel.
import { makeStyles, tokens, Text } from "@fluentui/react-components";
import { redact, type Evidence as EvidenceLine } from "../../engine";
import { useI18n } from "../i18n";
import { CopyButton } from "./CopyButton";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  where: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  message: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    margin: 0,
  },
});

export function evidenceLine(e: EvidenceLine): string {
  return `${e.file}:${e.line} ${e.time} ${e.level} ${e.logger} ${e.message}`;
}

/** What leaves the screen when copied: the lines, redacted. */
export function redactedEvidence(lines: readonly EvidenceLine[]): string {
  return redact(lines.map(evidenceLine).join("\n")).text;
}

/** `note`: a first line for every copy (the example mark), so a copied line never passes for the user's own. */
export function Evidence({ lines, note }: { lines: readonly EvidenceLine[]; note?: string }) {
  const { t } = useI18n();
  const styles = useStyles();
  if (!lines.length) return <Text>{t("ui.result.evidence.none")}</Text>;
  return (
    <ul className={styles.list}>
      {lines.map((e, i) => (
        <li key={`${e.file}:${e.line}:${i}`} className={styles.item}>
          <div className={styles.head}>
            <span className={styles.where}>
              {e.file}:{e.line}
            </span>
            <CopyButton
              iconOnly
              text={note ? `${note}\n${redactedEvidence([e])}` : redactedEvidence([e])}
              label={t("ui.result.evidence.copyOne", { where: `${e.file}:${e.line}` })}
            />
          </div>
          <Text size={200}>
            {e.time.replace("T", " ")} · {e.level} · {e.logger}
          </Text>
          <pre className={styles.message}>{e.message}</pre>
        </li>
      ))}
    </ul>
  );
}
