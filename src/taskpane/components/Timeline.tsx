// Status changes in time order, as the logs recorded them (the flags as logged, so an admin can grep).
import { Badge, makeStyles, tokens, Text } from "@fluentui/react-components";
import { formatLogTime, type LogStatus, type StatusChange } from "../../engine";
import { useI18n } from "../i18n";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
});

export const STATUS_COLOR: Record<LogStatus, "danger" | "success" | "warning"> = {
  "logged-out": "danger",
  connected: "success",
  unknown: "warning",
};

export function Timeline({ changes }: { changes: readonly StatusChange[] }) {
  const { t, lang } = useI18n();
  const styles = useStyles();
  if (!changes.length) return <Text>{t("ui.result.timeline.none")}</Text>;
  return (
    <ol className={styles.list}>
      {changes.map((c, i) => (
        <li key={`${c.file}:${c.line}:${i}`} className={styles.item}>
          <div className={styles.row}>
            <Text weight="semibold">
              <time dateTime={c.time}>{formatLogTime(c.time, lang)}</time>
            </Text>
            <Badge appearance="tint" color={STATUS_COLOR[c.status]}>
              {t(`ui.result.status.${c.status}`)}
            </Badge>
          </div>
          <span className={styles.code}>
            {c.flags.join(", ")} — {c.file}:{c.line}
          </span>
        </li>
      ))}
    </ol>
  );
}
