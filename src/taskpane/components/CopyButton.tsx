// Copies text through the host's clipboard helper. The button says "Copied" for a moment and the live
// region says it too.
import { Button, Tooltip } from "@fluentui/react-components";
import { Copy16Regular, Checkmark16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n";
import { announce } from "../announce";
import { copyText } from "../../host";

export function CopyButton({ text, label, iconOnly = false }: { text: string; label: string; iconOnly?: boolean }) {
  const { t } = useI18n();
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (state === "idle") return;
    const timer = setTimeout(() => setState("idle"), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const onClick = async () => {
    const ok = await copyText(text);
    setState(ok ? "copied" : "failed");
    announce(t(ok ? "ui.result.copied" : "ui.result.copyFailed"));
  };
  const shown = state === "copied" ? t("ui.result.copied") : state === "failed" ? t("ui.result.copyFailed") : label;
  const icon = state === "copied" ? <Checkmark16Regular /> : <Copy16Regular />;
  if (iconOnly) {
    return (
      <Tooltip content={shown} relationship="label">
        <Button size="small" appearance="subtle" icon={icon} onClick={onClick} />
      </Tooltip>
    );
  }
  return (
    <Button size="small" icon={icon} onClick={onClick}>
      {shown}
    </Button>
  );
}
