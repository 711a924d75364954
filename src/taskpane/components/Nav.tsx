// The pane's top navigation: five plain buttons that wrap onto two rows at 320 px. Plain buttons (not
// tabs or a menu) so that Tab and Enter alone reach every view; `aria-current` marks where you are.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowEnterRegular, DocumentSearchRegular, EyeRegular, MailRegular, ShieldKeyholeRegular } from "@fluentui/react-icons";
import type { ReactElement } from "react";
import { useI18n } from "../i18n";

export type View = "see" | "logs" | "result" | "cause" | "signin" | "ask" | "admin";
export type NavTarget = "see" | "logs" | "signin" | "ask" | "admin";

const ITEMS: { view: NavTarget; icon: ReactElement }[] = [
  { view: "see", icon: <EyeRegular /> },
  { view: "logs", icon: <DocumentSearchRegular /> },
  { view: "signin", icon: <ArrowEnterRegular /> },
  { view: "ask", icon: <MailRegular /> },
  { view: "admin", icon: <ShieldKeyholeRegular /> },
];

/** Views without their own entry belong to the one they were reached from. */
const SECTION: Record<View, NavTarget> = {
  see: "see",
  cause: "see",
  logs: "logs",
  result: "logs",
  signin: "signin",
  ask: "ask",
  admin: "admin",
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 0 -2px 0 ${tokens.colorCompoundBrandStroke}`,
  },
});

export function Nav({ view, onNavigate }: { view: View; onNavigate(v: NavTarget): void }) {
  const styles = useStyles();
  const { t } = useI18n();
  const section = SECTION[view];
  return (
    <nav aria-label={t("ui.nav.label")}>
      <ul className={styles.list}>
        {ITEMS.map((item) => (
          <li key={item.view}>
            <Button
              size="small"
              appearance="subtle"
              icon={item.icon}
              className={section === item.view ? styles.current : undefined}
              aria-current={section === item.view ? "page" : undefined}
              onClick={() => onNavigate(item.view)}
            >
              {t(`ui.nav.${item.view}`)}
            </Button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
