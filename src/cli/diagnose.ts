// `sfo-doctor diagnose`: the Diagnosis as JSON for machines, or as text an admin can act on.
import {
  getCause,
  POLICY_FOR_GUESS,
  REFRESH_TOKEN_POLICIES,
  SIDE_PANEL_DETAIL_KEYS,
  type CauseId,
  type Diagnosis,
  type MessageKey,
  type PolicyGuess,
  type SidePanelState,
} from "../engine";
import { shown, type CliText } from "./text";

/** Candidate confidence as a whole percent (the engine gives 0..1). */
export const percent = (c: number): number => Math.round(c <= 1 ? c * 100 : c);

const numbered = (t: CliText, keys: readonly MessageKey[] | undefined): string[] => (keys ?? []).map((k, i) => `  ${i + 1}. ${t.t(k)}`);

export function renderSidePanel(state: SidePanelState, t: CliText): string[] {
  const lines = [t.t("cli.panel.heading")];
  for (const slot of ["loggedOut", "detail", "button"] as const) {
    const unresolved = state.unresolved.includes(slot) ? ` ${t.t("cli.panel.unresolvedMark")}` : "";
    lines.push(`  ${t.t(`cli.panel.slot.${slot}`)}: ${shown(state.labels[slot])}${unresolved}`);
  }
  if (state.detailKey) {
    const known = SIDE_PANEL_DETAIL_KEYS.find((k) => k.key === state.detailKey);
    // Only documented keys are seen from SFO; the others come from our simulator and must say so.
    const simulated = known && !known.documented ? ` ${t.t("cli.panel.simulatedKey")}` : "";
    lines.push(
      known
        ? t.t("cli.panel.detailKeyCause", { key: shown(state.detailKey), cause: known.cause, title: t.t(getCause(known.cause).titleKey) }) +
            simulated
        : t.t("cli.panel.detailKeyUnknown", { key: shown(state.detailKey) }),
    );
  }
  if (state.unresolved.length > 0) lines.push(t.t("cli.panel.unresolvedNote", { count: state.unresolved.length }));
  return lines;
}

/** "title [id, n % sure]"; no percentage for unknown, where a number would only look like knowledge. */
function causeLabel(d: Diagnosis, id: CauseId, t: CliText): string {
  const title = t.t(getCause(id).titleKey);
  const top = d.candidates.find((c) => c.id === id);
  if (!getCause(id).named) return t.t("cli.diagnose.causeLabelUnknown", { title, id });
  return t.t("cli.diagnose.causeLabel", { title, id, percent: top ? percent(top.confidence) : 100 });
}

export function renderDiagnosis(d: Diagnosis, t: CliText): string {
  const out: string[] = [];
  const openEpisode = d.episodes.find((e) => e.to === null);
  const status = t.t(`cli.status.${d.status}`);
  out.push(
    t.t("cli.diagnose.status", { status }) +
      (d.status === "logged-out" && openEpisode ? t.t("cli.diagnose.since", { time: openEpisode.from }) : ""),
  );

  if (d.cause) {
    const cause = getCause(d.cause);
    // Connected at the end, yet a cause was found: the log-out is over, so every step is prevention.
    const over = d.status === "connected";
    if (over) {
      // Stryker disable next-line MethodExpression: connected at the end means the last episode has an end (the engine reports logged-out otherwise) and only the last can be open, so every episode is closed here
      const closed = d.episodes.filter((e) => e.to !== null);
      const past = [...closed].reverse().find((e) => e.cause === d.cause) ?? closed[closed.length - 1];
      out.push(t.t("cli.diagnose.connectedNow"));
      out.push(
        past
          ? t.t("cli.diagnose.happenedBefore", { from: past.from, to: past.to as string, cause: causeLabel(d, d.cause, t) })
          : t.t("cli.diagnose.happenedBeforeUndated", { cause: causeLabel(d, d.cause, t) }),
      );
    } else {
      out.push(t.t("cli.diagnose.cause", { cause: causeLabel(d, d.cause, t) }));
    }
    out.push(t.t("cli.diagnose.why", { text: t.t(cause.adminKey) }));
    if (!over) out.push(t.t("cli.diagnose.userSees", { text: t.t(cause.userKey) }));
    out.push(t.t(over ? "cli.diagnose.preventer" : "cli.diagnose.fixer", { fixer: t.t(`cli.fixer.${cause.fixer}`) }));
    if (d.policy) {
      const policy = REFRESH_TOKEN_POLICIES.find((p) => p.id === POLICY_FOR_GUESS[d.policy as PolicyGuess]);
      if (policy) out.push(t.t("cli.diagnose.policy", { label: t.t(policy.labelKey), metadata: policy.metadata }));
      if (d.policyReason) out.push(`  ${t.t(d.policyReason.key, d.policyReason.params)}`);
    }
    // How sure, and why: from what the user sees only, unconfirmed, or a wording two causes share.
    for (const note of d.notes) out.push("", t.t(note.key, note.params));
    for (const [part, keys] of [
      ["classic", cause.stepKeys.classic],
      ["lightning", cause.stepKeys.lightning],
      ["user", cause.stepKeys.user],
    ] as const) {
      if (!keys?.length) continue;
      out.push("", t.t(`cli.diagnose.${over ? "prevent" : "steps"}.${part}`), ...numbered(t, keys));
    }
    out.push("", t.t("cli.diagnose.verify", { text: t.t(cause.verifyKey) }));
  } else {
    out.push(t.t(d.status === "connected" ? "cli.diagnose.noProblem" : "cli.diagnose.noStatus"));
  }

  if (d.episodes.length > 1) {
    out.push("", t.t("cli.diagnose.episodes"));
    for (const e of d.episodes) {
      // Stryker disable next-line StringLiteral: only closed episodes print {to} (cli.diagnose.episode); an open one's text (cli.diagnose.episodeOpen) has no {to} in any language
      const params = { from: e.from, to: e.to ?? "", cause: e.cause, title: t.t(getCause(e.cause).titleKey) };
      out.push(`  ${t.t(e.to === null ? "cli.diagnose.episodeOpen" : "cli.diagnose.episode", params)}`);
    }
  }

  if (d.sidePanel) out.push("", ...renderSidePanel(d.sidePanel, t));

  const others = d.candidates.filter((c) => c.id !== d.cause);
  if (others.length > 0) {
    out.push(
      "",
      t.t("cli.diagnose.others", {
        list: others.map((c) => (!getCause(c.id).named ? c.id : `${c.id} (${percent(c.confidence)} %)`)).join(", "),
      }),
    );
  }

  if (d.evidence.length > 0) {
    out.push("", t.t("cli.diagnose.evidence"));
    for (const e of d.evidence) {
      out.push(`  ${shown(e.file)}:${e.line}  ${e.time}  ${shown(e.level)} ${shown(e.logger)}  ${shown(e.message)}`);
    }
  }
  const entries = d.files.reduce((n, f) => n + f.entries, 0);
  out.push("", t.t("cli.diagnose.files", { files: d.files.length, entries }));
  return out.join("\n") + "\n";
}
