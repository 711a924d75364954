// Copies text with the async clipboard, or a selected textarea where that API is blocked (some
// Office webviews). The button says "Copied" for a moment and the live region says it too.
import { Button, Tooltip } from "@fluentui/react-components";
import { Copy16Regular, Checkmark16Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { useI18n } from "../i18n";
import { announce } from "../announce";

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea way
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  let ok: boolean;
  try {
    ok = typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

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
