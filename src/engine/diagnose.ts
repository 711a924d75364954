// Entries -> timeline of status changes -> logged-out episodes -> ranked causes with evidence (issue 3).
import type { Candidate, CauseId, Diagnosis, Episode, Evidence, LogStatus, PolicyGuess, SidePanelState, StatusChange } from "./types";
import { CAUSES, TOKEN_VALIDITY_EXPIRED } from "./causes";
import { STATUS_CHANGED, statusFlags, statusOf } from "./log/entry";
import { scanBytes, type ScannedEntry, type ScannedFile } from "./log/scanner";
import { decodeSidePanelUrl, SIDE_PANEL_DETAIL_KEYS } from "./sidepanel";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** How long before a status change its failure line may come (the seed shows under two minutes). */
const LOOKBACK = 30 * MINUTE;
/** SFO's own verdict in the side panel outweighs any single log text. */
const SIDE_PANEL_WEIGHT = 12;
/** Most sure a cause can be when only a side-panel key names it: the key-to-cause link is inferred (SFO-FACTS §1), more so for keys only our simulation knows. */
const PANEL_ONLY_CONFIDENCE = { documented: 0.7, simulated: 0.5 };
const MAX_EVIDENCE = 20;

interface Fact {
  entry: ScannedEntry;
  ms: number;
  text: string;
  flags: string[] | null;
  status: LogStatus | null;
  panel: SidePanelState | null;
  logonFailed: boolean;
  /** Signature hits: cause id -> signature texts found. */
  hits: Map<CauseId, string[]>;
}

interface EpisodeWindow {
  episode: Episode;
  fromMs: number;
  toMs: number;
  facts: Fact[];
}

const timeMs = (iso: string): number => {
  const t = Date.parse(iso + "Z");
  return Number.isNaN(t) ? 0 : t;
};

function factOf(entry: ScannedEntry): Fact {
  const text = [entry.message, ...(entry.continuation ?? [])].join("\n");
  const lower = text.toLowerCase();
  const hits = new Map<CauseId, string[]>();
  for (const c of CAUSES) {
    const found = c.signatures.filter((s) => lower.includes(s.text.toLowerCase())).map((s) => s.text);
    if (found.length) hits.set(c.id, found);
  }
  const flags = statusFlags(entry.message);
  const panel = /NavigateTo|LoggedOutLabel/i.test(entry.message) ? decodeSidePanelUrl(entry.message) : null;
  return { entry, ms: timeMs(entry.time), text, flags, status: flags ? statusOf(flags) : null, panel, logonFailed: /logon failed/i.test(entry.message), hits };
}

function toEvidence(f: Fact): Evidence {
  const { file, line, time, level, logger } = f.entry;
  return { file, line, time, level, logger, message: f.text };
}

/** Scores the causes the facts of one episode point at. */
function rank(facts: Fact[]): Candidate[] {
  const score = new Map<CauseId, number>();
  const add = (id: CauseId, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  const seen = new Map<string, number>();
  const fromLog = new Set<CauseId>();
  const panelCap = new Map<CauseId, number>();
  for (const f of facts) {
    for (const [id, texts] of f.hits) {
      fromLog.add(id);
      const def = CAUSES.find((c) => c.id === id)!;
      for (const t of texts) {
        const k = `${id}\u0000${t}`;
        const times = seen.get(k) ?? 0;
        seen.set(k, times + 1);
        // The first sighting carries the weight; repeats add a little, up to three.
        if (times === 0) add(id, def.signatures.find((s) => s.text === t)!.weight);
        else if (times <= 3) add(id, 1);
      }
    }
    const detail = f.panel?.detailKey ? SIDE_PANEL_DETAIL_KEYS.find((d) => d.key === f.panel!.detailKey) : undefined;
    if (detail && detail.cause !== "unknown") {
      add(detail.cause, SIDE_PANEL_WEIGHT);
      const cap = detail.documented ? PANEL_ONLY_CONFIDENCE.documented : PANEL_ONLY_CONFIDENCE.simulated;
      panelCap.set(detail.cause, Math.max(cap, panelCap.get(detail.cause) ?? 0));
    }
  }
  // invalid_grant / "expired access/refresh token" are the token endpoint's side of SFO's own
  // "token validity expired": with it they support refresh-token-expired, without it they mean revoked.
  if (facts.some((f) => f.text.toLowerCase().includes(TOKEN_VALIDITY_EXPIRED)) && score.has("token-revoked")) {
    add("refresh-token-expired", Math.min(3, score.get("token-revoked")!));
    score.delete("token-revoked");
  }
  const total = [...score.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return [{ id: "unknown", confidence: 1 }];
  const top = Math.max(...score.values());
  const strength = Math.min(1, top / 10);
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || CAUSES.findIndex((c) => c.id === a[0]) - CAUSES.findIndex((c) => c.id === b[0]))
    .map(([id, s]) => {
      const confidence = (s / total) * strength;
      return { id, confidence: Math.round((fromLog.has(id) ? confidence : Math.min(confidence, panelCap.get(id) ?? 1)) * 100) / 100 };
    });
}

function timelineOf(facts: Fact[]): { timeline: StatusChange[]; changes: Fact[] } {
  const timeline: StatusChange[] = [];
  const changes: Fact[] = [];
  let last: string | null = null;
  for (const f of facts) {
    if (!f.flags || !f.status) continue;
    const key = f.flags.join(",");
    if (key === last) continue;
    last = key;
    timeline.push({ time: f.entry.time, file: f.entry.file, line: f.entry.line, flags: f.flags, status: f.status });
    changes.push(f);
  }
  return { timeline, changes };
}

function episodesOf(facts: Fact[], changes: Fact[]): EpisodeWindow[] {
  const windows: EpisodeWindow[] = [];
  let open: EpisodeWindow | null = null;
  for (const c of changes) {
    if (c.status === "logged-out" && !open) {
      open = { episode: { from: c.entry.time, to: null, cause: "unknown" }, fromMs: c.ms, toMs: Infinity, facts: [] };
      windows.push(open);
    } else if (c.status === "connected" && open) {
      open.episode.to = c.entry.time;
      open.toMs = c.ms;
      open = null;
    }
  }
  // Logged out without a status line: the side panel or a failed logon after the last known status says so.
  if (!open) {
    const lastChangeMs = changes.length ? changes[changes.length - 1].ms : -Infinity;
    const signal = facts.find((f) => f.ms >= lastChangeMs && (f.panel !== null || f.logonFailed) && !(changes.length && f.ms === lastChangeMs && f.status));
    if (signal) windows.push({ episode: { from: signal.entry.time, to: null, cause: "unknown" }, fromMs: signal.ms, toMs: Infinity, facts: [] });
  }
  windows.forEach((w, i) => {
    const floor = i > 0 ? windows[i - 1].toMs : -Infinity;
    const start = Math.max(w.fromMs - LOOKBACK, floor);
    w.facts = facts.filter((f) => f.ms >= start && f.ms <= w.toMs);
    const ranked = rank(w.facts.filter((f) => f.hits.size > 0 || f.panel));
    w.episode.cause = ranked[0].id;
  });
  return windows;
}

/**
 * Moments SFO was seen logging in: a transition into Connected after another status, or an explicit
 * `Application status changed to Connected`. The first Connected line of a file is neither: the session may be days old.
 */
function loginsOf(facts: Fact[]): Fact[] {
  const logins: Fact[] = [];
  let previous: LogStatus | null = null;
  for (const f of facts) {
    if (!f.status) continue;
    if (f.status === "connected" && ((previous !== null && previous !== "connected") || STATUS_CHANGED.test(f.entry.message))) logins.push(f);
    previous = f.status;
  }
  return logins;
}

/** Timing hints at which expiring policy is set (SFO-FACTS §3, inferred); null when it does not. */
function guessPolicy(windows: EpisodeWindow[], facts: Fact[]): { policy: PolicyGuess; reason: { key: string; params: Record<string, number> } } | null {
  const rte = windows.filter((w) => w.episode.cause === "refresh-token-expired");
  if (!rte.length) return null;
  const logins = loginsOf(facts);
  const measured = rte.map((w) => {
    const failure = w.facts.find((f) => f.hits.has("refresh-token-expired")) ?? w.facts.find((f) => f.ms >= w.fromMs);
    const failMs = failure ? Math.min(failure.ms, w.fromMs) : w.fromMs;
    const login = [...logins].reverse().find((c) => c.ms <= failMs);
    const prevEnd = windows[windows.indexOf(w) - 1]?.toMs ?? -Infinity;
    // Only a login seen since the episode before measures how long the session lasted.
    const connectedFor = login && login.ms >= prevEnd ? failMs - login.ms : null;
    const quietBefore = failure?.entry.previousTime ? failure.ms - timeMs(failure.entry.previousTime) : null;
    return { connectedFor, quietBefore };
  });
  const last = measured[measured.length - 1];
  const known = measured.filter((m) => m.connectedFor !== null).map((m) => m.connectedFor!);
  const soon = (c: number) => c <= 24 * HOUR;
  // Without a login before the last failure, "immediately" needs at least two earlier failures each soon after a login.
  const immediately = last.connectedFor !== null ? soon(last.connectedFor) && known.every(soon) : known.length >= 2 && known.every(soon);
  if (immediately && (last.quietBefore ?? 0) < 8 * HOUR) {
    const minutes = last.connectedFor ?? known[known.length - 1];
    return { policy: "immediately", reason: { key: "cause.policyReason.immediately", params: { minutes: Math.round(minutes / MINUTE), episodes: known.length } } };
  }
  if (last.quietBefore !== null && last.quietBefore >= 8 * HOUR && (last.connectedFor === null || last.connectedFor > last.quietBefore)) {
    return { policy: "if-unused", reason: { key: "cause.policyReason.ifUnused", params: { hours: Math.round(last.quietBefore / HOUR) } } };
  }
  if (known.length >= 2 && known.every((c) => c > 24 * HOUR) && Math.max(...known) <= Math.min(...known) * 1.15) {
    const avg = known.reduce((a, b) => a + b, 0) / known.length;
    return { policy: "after-period", reason: { key: "cause.policyReason.afterPeriod", params: { hours: Math.round(avg / HOUR), episodes: known.length } } };
  }
  return null;
}

export function diagnose(files: ScannedFile[]): Diagnosis {
  // Merge by time; ties keep file order, then line order (a stable sort).
  const merged = files.flatMap((f, fi) => f.entries.map((e) => ({ e, fi })));
  merged.sort((a, b) => (a.e.time < b.e.time ? -1 : a.e.time > b.e.time ? 1 : a.fi - b.fi || a.e.line - b.e.line));
  const facts = merged.map((m) => factOf(m.e));
  const { timeline, changes } = timelineOf(facts);
  const windows = episodesOf(facts, changes);
  const latest = windows[windows.length - 1] ?? null;

  let status: LogStatus = timeline.length ? timeline[timeline.length - 1].status : "unknown";
  if (latest && latest.episode.to === null) status = "logged-out";

  let candidates: Candidate[] = [];
  let evidence: Evidence[] = [];
  let sidePanel: SidePanelState | null = null;
  if (latest) {
    candidates = rank(latest.facts.filter((f) => f.hits.size > 0 || f.panel));
    const cause = latest.episode.cause;
    const picked = latest.facts.filter(
      (f) => (cause !== "unknown" && f.hits.has(cause)) || (cause === "refresh-token-expired" && f.hits.has("token-revoked")) || f.logonFailed || f.panel || (f.status && f.ms === latest.fromMs),
    );
    evidence = picked.slice(-MAX_EVIDENCE).map(toEvidence);
    sidePanel = [...latest.facts].reverse().find((f) => f.panel)?.panel ?? null;
  }
  const policy = latest?.episode.cause === "refresh-token-expired" ? guessPolicy(windows, facts) : null;
  return {
    status,
    cause: latest ? latest.episode.cause : null,
    policy: policy?.policy ?? null,
    policyReason: policy?.reason ?? null,
    candidates,
    sidePanel,
    evidence,
    episodes: windows.map((w) => w.episode),
    files: files.map((f) => f.summary),
    timeline,
  };
}

/** scanBytes + diagnose, for whole files in memory (tests, the pane's small drops). */
export function diagnoseFiles(files: { path: string; bytes: Uint8Array }[]): Diagnosis {
  return diagnose(files.map((f) => scanBytes(f.path, f.bytes)));
}
