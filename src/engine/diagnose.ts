// Entries -> timeline of status changes -> logged-out episodes -> ranked causes with evidence. Every
// entry arrives classified (log/classify.ts); this file only weighs what the entries say.
import type {
  Candidate,
  CauseId,
  Diagnosis,
  DiagnosisNote,
  Episode,
  Evidence,
  LogStatus,
  PolicyGuess,
  SidePanelState,
  StatusChange,
} from "./types";
import { CAUSES, getCause } from "./causes";
import { STATUS_CHANGED } from "./log/entry";
import { isFailure, type EntryFacts } from "./log/classify";
import { scanBytes, type ScannedEntry, type ScannedFile } from "./log/scanner";
import { readSymptom } from "./symptom";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** How long before a status change its failure line may come (the seed shows under two minutes). */
const LOOKBACK = 30 * MINUTE;
/** SFO's own verdict in the side panel outweighs any single log text. */
const SIDE_PANEL_WEIGHT = 12;
/** Most sure a cause can be when only a side-panel key names it: the key-to-cause link is inferred (SFO-FACTS §1), more so for keys only our simulation knows. */
const PANEL_ONLY_CONFIDENCE = { documented: 0.7, simulated: 0.5 };
/** Most sure a cause can be when all its evidence is a wording another cause shares. */
const SHARED_ONLY_CONFIDENCE = 0.6;
/** A sign-in error that no status or side-panel line confirms: the log-out is read from the error alone. */
const UNCONFIRMED_FACTOR = 0.8;
/** A shared wording counts this much for the causes that share it. */
const SHARED_FACTOR = 0.5;
const MAX_EVIDENCE = 20;

interface Fact {
  entry: ScannedEntry;
  ms: number;
  facts: EntryFacts;
}

interface EpisodeWindow {
  episode: Episode;
  fromMs: number;
  toMs: number;
  /** A status or side-panel line says SFO is logged out (not only a sign-in error). */
  confirmed: boolean;
  /** 0: a sign-in error opened it; 1: the side panel; 2: a status line. */
  level: number;
  facts: Fact[];
  ranking: Ranking;
}

interface Ranking {
  candidates: Candidate[];
  /** Causes whose only evidence is a wording another cause shares. */
  sharedOnly: Set<CauseId>;
}

const timeMs = (iso: string): number => {
  const t = Date.parse(iso + "Z");
  return Number.isNaN(t) ? 0 : t;
};

function toEvidence(f: Fact): Evidence {
  const { file, line, time, level, logger, message, continuation } = f.entry;
  return { file, line, time, level, logger, message: continuation?.length ? [message, ...continuation].join("\n") : message };
}

const detailCause = (panel: SidePanelState | null) =>
  panel?.detailKey ? CAUSES.find((c) => c.sidePanel.detailKey === panel.detailKey) : undefined;

/** Scores the causes the facts of one episode point at. */
function rank(facts: readonly EntryFacts[]): Ranking {
  const score = new Map<CauseId, number>();
  const add = (id: CauseId, n: number) => score.set(id, (score.get(id) ?? 0) + n);
  const seen = new Map<string, number>();
  const fromLog = new Set<CauseId>();
  /** Causes with evidence of their own (a wording no other cause shares, or the side panel's key). */
  const solid = new Set<CauseId>();
  const partners = new Map<CauseId, Set<CauseId>>();
  const panelCap = new Map<CauseId, number>();
  for (const f of facts) {
    // Per entry, each cause counts its strongest wording once; a shared wording counts for its partners at a discount.
    const best = new Map<CauseId, { weight: number; key: string }>();
    const offer = (id: CauseId, weight: number, key: string) => {
      // Stryker disable next-line UnaryOperator: every weight offered is above 1 (the least, half a shared wording's 6, is 3), so -1 and +1 both lose
      if ((best.get(id)?.weight ?? -1) < weight) best.set(id, { weight, key });
    };
    for (const { cause, signature } of f.hits) {
      fromLog.add(cause);
      offer(cause, signature.weight, `${cause}\u0000${signature.text}`);
      if (!signature.shared?.length) solid.add(cause);
      for (const other of signature.shared ?? []) {
        fromLog.add(other);
        offer(other, signature.weight * SHARED_FACTOR, `${other}\u0000${signature.text}`);
        for (const [a, b] of [
          [cause, other],
          [other, cause],
        ] as const) {
          // Stryker disable next-line ConditionalExpression: no cause shares wordings with two partners, so a fresh set holds the same one partner
          if (!partners.has(a)) partners.set(a, new Set());
          partners.get(a)!.add(b);
        }
      }
    }
    for (const [id, { weight, key }] of best) {
      const times = seen.get(key) ?? 0;
      seen.set(key, times + 1);
      // The first sighting carries the weight; repeats add a little, up to three.
      if (times === 0) add(id, weight);
      else if (times <= 3) add(id, 1);
    }
    const detail = detailCause(f.panel);
    if (detail && detail.id !== "unknown") {
      add(detail.id, SIDE_PANEL_WEIGHT);
      solid.add(detail.id);
      const cap = detail.sidePanel.documented ? PANEL_ONLY_CONFIDENCE.documented : PANEL_ONLY_CONFIDENCE.simulated;
      panelCap.set(detail.id, Math.max(cap, panelCap.get(detail.id) ?? 0));
    }
  }
  // A shared wording next to a partner's own evidence supports that partner: "expired access/refresh token"
  // with "token validity expired" is the policy's expiry, not a revocation.
  for (const [id, s] of [...score]) {
    if (solid.has(id)) continue;
    const owner = [...(partners.get(id) ?? [])].find((p) => solid.has(p));
    if (owner) {
      add(owner, Math.min(3, s));
      score.delete(id);
    }
  }
  const sharedOnly = new Set([...score.keys()].filter((id) => !solid.has(id)));
  const total = [...score.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return { candidates: [{ id: "unknown", confidence: 1 }], sharedOnly };
  const top = Math.max(...score.values());
  const strength = Math.min(1, top / 10);
  const order = (id: CauseId) => CAUSES.findIndex((c) => c.id === id);
  const candidates = [...score.entries()]
    .sort((a, b) => b[1] - a[1] || order(a[0]) - order(b[0]))
    .map(([id, s]) => {
      let confidence = (s / total) * strength;
      if (!fromLog.has(id)) confidence = Math.min(confidence, panelCap.get(id) ?? 1);
      if (sharedOnly.has(id)) confidence = Math.min(confidence, SHARED_ONLY_CONFIDENCE);
      return { id, confidence: Math.round(confidence * 100) / 100 };
    });
  return { candidates, sharedOnly };
}

function timelineOf(facts: Fact[]): StatusChange[] {
  const timeline: StatusChange[] = [];
  let last: string | null = null;
  for (const f of facts) {
    const { flags, status } = f.facts;
    if (!flags || !status) continue;
    const key = flags.join(",");
    if (key === last) continue;
    last = key;
    timeline.push({ time: f.entry.time, file: f.entry.file, line: f.entry.line, flags, status });
  }
  return timeline;
}

/**
 * Logged-out episodes. A status or side-panel line saying "logged out" opens (or confirms) one; a sign-in
 * error opens an unconfirmed one; any healthy status line after it closes it (a recovered episode).
 */
function episodesOf(facts: Fact[]): EpisodeWindow[] {
  const windows: EpisodeWindow[] = [];
  let open: EpisodeWindow | null = null;
  const start = (f: Fact, level: number): EpisodeWindow => {
    const w: EpisodeWindow = {
      episode: { from: f.entry.time, to: null, cause: "unknown" },
      fromMs: f.ms,
      toMs: Infinity,
      level,
      confirmed: level > 0,
      facts: [],
      ranking: { candidates: [], sharedOnly: new Set() },
    };
    windows.push(w);
    return w;
  };
  for (const f of facts) {
    const { status, panel } = f.facts;
    const failure = isFailure(f.facts);
    // How firmly the entry says "logged out": SFO's status line, then its side panel, then a sign-in error alone.
    const level = status === "logged-out" ? 2 : panel !== null ? 1 : failure && status !== "connected" ? 0 : -1;
    if (level >= 0) {
      if (!open) open = start(f, level);
      else if (level > open.level) {
        // "Logged out since" is when the firmest line said so; the lines before it stay in the window.
        open.level = level;
        open.confirmed = true;
        open.episode.from = f.entry.time;
        open.fromMs = f.ms;
      }
    } else if (status === "connected" && open) {
      open.episode.to = f.entry.time;
      open.toMs = f.ms;
      open = null;
    }
  }
  windows.forEach((w, i) => {
    const floor = i > 0 ? windows[i - 1].toMs : -Infinity;
    const from = Math.max(w.fromMs - LOOKBACK, floor);
    w.facts = facts.filter((f) => f.ms >= from && f.ms <= w.toMs);
    // Stryker disable next-line MethodExpression,ConditionalExpression: rank weighs only wordings and side panels, which the lines left out do not carry
    w.ranking = rank(w.facts.filter((f) => isFailure(f.facts) || f.facts.panel).map((f) => f.facts));
    if (!w.confirmed)
      w.ranking.candidates = w.ranking.candidates.map((c) =>
        c.id === "unknown" ? c : { ...c, confidence: Math.round(c.confidence * UNCONFIRMED_FACTOR * 100) / 100 },
      );
    w.episode.cause = w.ranking.candidates[0].id;
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
    const status = f.facts.status;
    if (!status) continue;
    if (status === "connected" && ((previous !== null && previous !== "connected") || STATUS_CHANGED.test(f.entry.message))) logins.push(f);
    previous = status;
  }
  return logins;
}

/** Timing hints at which expiring policy is set (SFO-FACTS §3, inferred); null when it does not. */
function guessPolicy(windows: EpisodeWindow[], facts: Fact[], cause: CauseId): { policy: PolicyGuess; reason: DiagnosisNote } | null {
  const same = windows.filter((w) => w.episode.cause === cause);
  // Stryker disable next-line ConditionalExpression: the cause guessed for is the latest episode's, so one episode always has it
  if (!same.length) return null;
  const logins = loginsOf(facts);
  const measured = same.map((w) => {
    const failure = w.facts.find((f) => f.facts.hits.some((h) => h.cause === cause)) ?? w.facts.find((f) => f.ms >= w.fromMs);
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
    return {
      policy: "immediately",
      reason: { key: "cause.policyReason.immediately", params: { minutes: Math.round(minutes / MINUTE), episodes: known.length } },
    };
  }
  if (last.quietBefore !== null && last.quietBefore >= 8 * HOUR && (last.connectedFor === null || last.connectedFor > last.quietBefore)) {
    return { policy: "if-unused", reason: { key: "cause.policyReason.ifUnused", params: { hours: Math.round(last.quietBefore / HOUR) } } };
  }
  if (known.length >= 2 && known.every((c) => c > 24 * HOUR) && Math.max(...known) <= Math.min(...known) * 1.15) {
    const avg = known.reduce((a, b) => a + b, 0) / known.length;
    return {
      policy: "after-period",
      reason: { key: "cause.policyReason.afterPeriod", params: { hours: Math.round(avg / HOUR), episodes: known.length } },
    };
  }
  return null;
}

/** The sentences that qualify a ranking: shared wordings and what tells them apart. */
function ambiguityNotes(ranking: Ranking): DiagnosisNote[] {
  // A ranking always names a cause ("unknown" alone when nothing is known), and "unknown" is never a shared wording's;
  // a cause known only from a shared wording always has the partner it shares it with listed beside it.
  const top = ranking.candidates[0];
  if (!ranking.sharedOnly.has(top.id)) return [];
  const key = getCause(top.id).tellApartKey;
  // Stryker disable next-line ConditionalExpression: every cause that can lead on a shared wording alone has a sentence telling it apart (proxy-or-network, which has none, only ever gets the lesser half)
  return key ? [{ key }] : [];
}

/** A diagnosis from what the user sees and pasted, no log read: the same cause "This is what I see" gives, with capped confidence. */
function diagnoseSymptom(files: ScannedFile[]): Diagnosis {
  // Stryker disable next-line StringLiteral: only files that all carry a pasted text come here
  const readings = files.map((f) => ({ file: f, reading: readSymptom(f.symptom ?? "") }));
  const facts: EntryFacts[] = readings.flatMap(({ reading }) =>
    // Stryker disable next-line BooleanLiteral: rank weighs only wordings and the side panel, not "logon failed"
    reading ? [{ flags: null, status: null, panel: reading.panel, logonFailed: false, hits: reading.hits }] : [],
  );
  const panel = facts.map((f) => f.panel).find((p) => p !== null) ?? null;
  const notes: DiagnosisNote[] = [{ key: "cause.note.fromSymptom" }];
  // A logged-out panel whose detail is not there (a raw heading or button label, the heading alone): the seed
  // article shows those with its documented detail key, so that cause leads, at the simulated cap.
  const documented = CAUSES.find((c) => c.sidePanel.documented);
  let ranked = rank(facts);
  if (panel && !panel.detailKey && ranked.candidates[0].id === "unknown" && documented) {
    ranked = { candidates: [{ id: documented.id, confidence: PANEL_ONLY_CONFIDENCE.simulated }], sharedOnly: new Set() };
    notes.push({ key: "cause.note.panelWithoutDetail" });
  }
  const cap =
    panel?.detailKey && detailCause(panel)?.sidePanel.documented ? PANEL_ONLY_CONFIDENCE.documented : PANEL_ONLY_CONFIDENCE.simulated;
  const candidates = ranked.candidates.map((c) =>
    c.id === "unknown" ? c : { ...c, confidence: Math.min(c.confidence, panel ? cap : PANEL_ONLY_CONFIDENCE.documented) },
  );
  notes.push(...ambiguityNotes({ ...ranked, candidates }));
  // Stryker disable next-line MethodExpression: the log reader keeps a pasted text only when it reads as a symptom, so every reading is there
  const evidence: Evidence[] = readings
    .filter((r) => r.reading)
    .map(({ file }) => ({
      file: file.summary.path,
      line: 1,
      time: "",
      level: "",
      logger: "",
      // Stryker disable next-line StringLiteral: only files that all carry a pasted text come here
      message: (file.symptom ?? "").trim().slice(0, 2000),
    }));
  return {
    basis: "symptom",
    status: panel ? "logged-out" : "unknown",
    cause: candidates[0].id,
    policy: null,
    policyReason: null,
    candidates,
    sidePanel: panel,
    evidence,
    episodes: [],
    files: files.map((f) => f.summary),
    timeline: [],
    notes,
  };
}

export function diagnose(files: ScannedFile[]): Diagnosis {
  const pastedOnly = files.every(
    // Stryker disable next-line LogicalOperator,ConditionalExpression: the log reader gives each file either log entries or a pasted text, never both nor neither, so either half decides
    (f) => f.entries.length === 0 && f.symptom !== undefined,
  );
  if (files.length > 0 && pastedOnly) return diagnoseSymptom(files);
  // Merge by time; ties keep file order, then line order (a stable sort).
  const merged = files.flatMap((f) => f.entries);
  merged.sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
  const facts: Fact[] = merged.map((e) => ({ entry: e, ms: timeMs(e.time), facts: e.facts }));
  // What the user pasted next to the logs is what they see now: it joins the end of the logs.
  const lastMs = facts.length ? facts[facts.length - 1].ms : 0;
  // Stryker disable next-line StringLiteral: a pasted text only joins logs when some file has log lines
  const lastTime = facts.length ? facts[facts.length - 1].entry.time : "";
  for (const f of files) {
    // Only a file with no log line carries a pasted text (the log reader's rule).
    if (f.symptom === undefined) continue;
    const reading = readSymptom(f.symptom);
    if (!reading) continue;
    const message = f.symptom.trim().slice(0, 2000);
    const entry: ScannedEntry = {
      file: f.summary.path,
      line: 1,
      time: lastTime,
      // Stryker disable next-line StringLiteral: a line's thread is never shown
      thread: "",
      level: "",
      logger: "",
      message,
      facts: { flags: null, status: null, panel: reading.panel, logonFailed: false, hits: reading.hits },
    };
    facts.push({ entry, ms: lastMs, facts: entry.facts });
  }
  const timeline = timelineOf(facts);
  const windows = episodesOf(facts);
  const latest = windows[windows.length - 1] ?? null;

  let status: LogStatus = timeline.length ? timeline[timeline.length - 1].status : "unknown";
  if (latest && latest.episode.to === null) status = "logged-out";

  let candidates: Candidate[] = [];
  let evidence: Evidence[] = [];
  let sidePanel: SidePanelState | null = null;
  const notes: DiagnosisNote[] = [];
  if (latest) {
    candidates = latest.ranking.candidates;
    const named = new Set(candidates.map((c) => c.id));
    const picked = latest.facts.filter(
      (f) =>
        f.facts.hits.some((h) => named.has(h.cause)) || f.facts.logonFailed || f.facts.panel || (f.facts.status && f.ms === latest.fromMs),
    );
    evidence = picked.slice(-MAX_EVIDENCE).map(toEvidence);
    sidePanel = [...latest.facts].reverse().find((f) => f.facts.panel)?.facts.panel ?? null;
    if (!latest.confirmed && latest.episode.to === null) notes.push({ key: "cause.note.unconfirmed" });
    notes.push(...ambiguityNotes(latest.ranking));
  }
  const cause = latest ? latest.episode.cause : null;
  const policy = cause && getCause(cause).policyGuess ? guessPolicy(windows, facts, cause) : null;
  return {
    basis: "logs",
    status,
    cause,
    policy: policy?.policy ?? null,
    policyReason: policy?.reason ?? null,
    candidates,
    sidePanel,
    evidence,
    episodes: windows.map((w) => w.episode),
    files: files.map((f) => f.summary),
    timeline,
    notes,
  };
}

/** scanBytes + diagnose, for whole files in memory (tests, the pane's small drops). */
export function diagnoseFiles(files: { path: string; bytes: Uint8Array }[]): Diagnosis {
  return diagnose(files.map((f) => scanBytes(f.path, f.bytes)));
}
