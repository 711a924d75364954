// Every user's SFO sign-ins so far, as columns of typed arrays (one row per user, one more per user and
// cause) and interned strings: no object per user or row, so 50,000 users cost a few MB outside the JS
// heap and the garbage collector has nothing to copy. Every "latest" is kept under both readings of a
// slash date (K: month first, A: day first) until the files have shown which one holds.
import { CAUSE_IDS, type CauseId } from "../types";
import type { LoginStatusReading } from "../causes/login-status";
import type { OrgTime } from "./time";

/**
 * A copy of `s` that does not hold on to the text it was cut from. V8 keeps a substring as a view into
 * its parent, so keeping one 20-character user name would keep the whole 64 KiB piece of the file alive.
 */
export const detach = (s: string): string => (" " + s).slice(1);

/** Distinct values kept once each (statuses, client versions, TLS protocols repeat across millions of rows). */
const MAX_INTERNED = 65_534;
/** A StringColumn id meaning "kept aside": above every interned id. */
const OVERFLOW = 0xffff;

export class Interner {
  private readonly ids = new Map<string, number>();
  /** id 0 is the empty string. */
  readonly values: string[] = [""];

  /** The value's id (at most MAX_INTERNED, so id + 1 fits 16 bits); -1 once the pool is full (hostile input with a new value on every row). */
  id(s: string): number {
    // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without it the empty string is interned once more and still reads back empty
    if (s === "") return 0;
    let id = this.ids.get(s);
    if (id === undefined) {
      if (this.values.length > MAX_INTERNED) return -1;
      id = this.values.length;
      const kept = detach(s);
      this.values.push(kept);
      this.ids.set(kept, id);
    }
    return id;
  }
}

/** One string per user, as an interned id; values that find the pool full are kept aside, one per user. */
class StringColumn {
  ids: Uint16Array;
  private overflow: Map<number, string> | null = null;
  constructor(
    private readonly pool: Interner,
    size: number,
  ) {
    this.ids = new Uint16Array(size);
  }
  set(i: number, s: string): void {
    const id = this.pool.id(s);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a value kept aside reads back the same as an interned one; only the memory differs
    if (id >= 0) {
      this.ids[i] = id;
      this.overflow?.delete(i);
    } else {
      this.ids[i] = OVERFLOW;
      (this.overflow ??= new Map()).set(i, detach(s));
    }
  }
  get(i: number): string {
    const id = this.ids[i];
    // Stryker disable next-line StringLiteral: a column holds OVERFLOW only while its value is kept aside
    return id === OVERFLOW ? (this.overflow?.get(i) ?? "") : this.pool.values[id];
  }
  grow(size: number): void {
    this.ids = grown(this.ids, size);
  }
}

function grown<T extends Float64Array | Uint32Array | Int32Array | Uint16Array | Uint8Array>(a: T, size: number, fill?: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  if (fill !== undefined) b.fill(fill, a.length);
  return b;
}

const CAUSE_INDEX = new Map<CauseId, number>(CAUSE_IDS.map((id, i) => [id, i]));
/** Status texts kept per user and cause (a sample: the count says how many rows there were). */
export const STATUSES_KEPT = 10;

/** What one user's cause row holds, read back for the report. */
export interface LoginCauseRow {
  cause: CauseId;
  count: number;
  min: number;
  max: number;
  zoned: boolean;
  statuses: string[];
  inferred: boolean;
}

export class LoginTable {
  /** User name -> row. */
  private readonly rows = new Map<string, number>();
  readonly names: string[] = [];
  private cap = 1024;
  size = 0;
  logins = new Uint32Array(this.cap);
  failures = new Uint32Array(this.cap);
  signIns = new Uint32Array(this.cap);
  latestK = new Float64Array(this.cap).fill(-Infinity);
  latestA = new Float64Array(this.cap).fill(-Infinity);
  failK = new Float64Array(this.cap).fill(-Infinity);
  failA = new Float64Array(this.cap).fill(-Infinity);
  clientK = new Float64Array(this.cap).fill(-Infinity);
  clientA = new Float64Array(this.cap).fill(-Infinity);
  tlsK = new Float64Array(this.cap).fill(-Infinity);
  tlsA = new Float64Array(this.cap).fill(-Infinity);
  /** Cause index + 1; 0 for none (a success). */
  causeK = new Uint8Array(this.cap);
  causeA = new Uint8Array(this.cap);
  failCauseK = new Uint8Array(this.cap);
  failCauseA = new Uint8Array(this.cap);
  zonedK = new Uint8Array(this.cap);
  zonedA = new Uint8Array(this.cap);
  firstSlot = new Int32Array(this.cap).fill(-1);
  readonly statusK: StringColumn;
  readonly statusA: StringColumn;
  readonly clientValK: StringColumn;
  readonly clientValA: StringColumn;
  readonly tlsValK: StringColumn;
  readonly tlsValA: StringColumn;

  // One slot per user and cause: a linked list from firstSlot through slotNext.
  private slotCap = 1024;
  private slots = 0;
  private slotCause = new Uint8Array(this.slotCap);
  private slotInferred = new Uint8Array(this.slotCap);
  private slotZoned = new Uint8Array(this.slotCap);
  private slotCount = new Uint32Array(this.slotCap);
  private slotMinK = new Float64Array(this.slotCap);
  private slotMaxK = new Float64Array(this.slotCap);
  private slotMinA = new Float64Array(this.slotCap);
  private slotMaxA = new Float64Array(this.slotCap);
  private slotNext = new Int32Array(this.slotCap);
  /** STATUSES_KEPT status ids + 1 per slot (0: empty). */
  private slotStatuses = new Uint16Array(this.slotCap * STATUSES_KEPT);

  constructor(private readonly pool: Interner) {
    this.statusK = new StringColumn(pool, this.cap);
    this.statusA = new StringColumn(pool, this.cap);
    this.clientValK = new StringColumn(pool, this.cap);
    this.clientValA = new StringColumn(pool, this.cap);
    this.tlsValK = new StringColumn(pool, this.cap);
    this.tlsValA = new StringColumn(pool, this.cap);
  }

  /** The user's row, made on first sight. */
  row(user: string): number {
    let i = this.rows.get(user);
    if (i !== undefined) return i;
    if (this.size === this.cap) this.grow();
    i = this.size++;
    const name = detach(user);
    this.rows.set(name, i);
    this.names.push(name);
    return i;
  }

  private grow(): void {
    const n = this.cap * 2;
    for (const k of ["logins", "failures", "signIns"] as const) this[k] = grown(this[k], n);
    for (const k of ["causeK", "causeA", "failCauseK", "failCauseA", "zonedK", "zonedA"] as const) this[k] = grown(this[k], n);
    for (const k of ["latestK", "latestA", "failK", "failA", "clientK", "clientA", "tlsK", "tlsA"] as const)
      this[k] = grown(this[k], n, -Infinity);
    this.firstSlot = grown(this.firstSlot, n, -1);
    for (const c of [this.statusK, this.statusA, this.clientValK, this.clientValA, this.tlsValK, this.tlsValA]) c.grow(n);
    this.cap = n;
  }

  /** One sign-in row of user `i`. */
  add(i: number, t: OrgTime, status: string, reading: LoginStatusReading, subtype: string, client: string, tls: string): void {
    this.logins[i]++;
    const cause = reading.cause ? (CAUSE_INDEX.get(reading.cause) as number) + 1 : 0;
    if (t.key >= this.latestK[i]) {
      this.latestK[i] = t.key;
      this.statusK.set(i, status);
      this.causeK[i] = cause;
      this.zonedK[i] = t.zoned ? 1 : 0;
    }
    if (t.alt >= this.latestA[i]) {
      this.latestA[i] = t.alt;
      this.statusA.set(i, status);
      this.causeA[i] = cause;
      this.zonedA[i] = t.zoned ? 1 : 0;
    }
    if (/user.?agent/i.test(subtype)) this.signIns[i]++;
    if (client && client.toUpperCase() !== "N/A") {
      if (t.key >= this.clientK[i]) {
        this.clientK[i] = t.key;
        this.clientValK.set(i, client);
      }
      if (t.alt >= this.clientA[i]) {
        this.clientA[i] = t.alt;
        this.clientValA.set(i, client);
      }
    }
    if (tls && tls.toUpperCase() !== "N/A" && tls.toLowerCase() !== "unknown") {
      if (t.key >= this.tlsK[i]) {
        this.tlsK[i] = t.key;
        this.tlsValK.set(i, tls);
      }
      if (t.alt >= this.tlsA[i]) {
        this.tlsA[i] = t.alt;
        this.tlsValA.set(i, tls);
      }
    }
    if (cause === 0) return; // a success: only failures name a cause
    this.failures[i]++;
    if (t.key >= this.failK[i]) {
      this.failK[i] = t.key;
      this.failCauseK[i] = cause;
    }
    if (t.alt >= this.failA[i]) {
      this.failA[i] = t.alt;
      this.failCauseA[i] = cause;
    }
    const s = this.slot(i, cause - 1, reading.inferred);
    this.slotCount[s]++;
    this.slotMinK[s] = Math.min(this.slotMinK[s], t.key);
    this.slotMaxK[s] = Math.max(this.slotMaxK[s], t.key);
    this.slotMinA[s] = Math.min(this.slotMinA[s], t.alt);
    this.slotMaxA[s] = Math.max(this.slotMaxA[s], t.alt);
    if (!t.zoned) this.slotZoned[s] = 0;
    if (!reading.inferred) this.slotInferred[s] = 0;
    const id = this.pool.id(status || "—");
    // Stryker disable next-line ConditionalExpression,EqualityOperator: id is never 0 (the status is never empty here), and a full pool's -1 stores nothing either way (id + 1 is the empty mark)
    if (id < 0) return;
    const base = s * STATUSES_KEPT;
    for (let k = 0; k < STATUSES_KEPT; k++) {
      const have = this.slotStatuses[base + k];
      if (have === id + 1) return;
      if (have === 0) {
        this.slotStatuses[base + k] = id + 1;
        return;
      }
    }
  }

  private slot(i: number, cause: number, inferred: boolean): number {
    let s = this.firstSlot[i];
    let last = -1;
    while (s >= 0) {
      if (this.slotCause[s] === cause) return s;
      last = s;
      s = this.slotNext[s];
    }
    if (this.slots === this.slotCap) this.growSlots();
    s = this.slots++;
    this.slotCause[s] = cause;
    this.slotInferred[s] = inferred ? 1 : 0;
    this.slotZoned[s] = 1;
    this.slotCount[s] = 0;
    this.slotMinK[s] = Infinity;
    this.slotMaxK[s] = -Infinity;
    this.slotMinA[s] = Infinity;
    this.slotMaxA[s] = -Infinity;
    this.slotNext[s] = -1;
    if (last >= 0) this.slotNext[last] = s;
    else this.firstSlot[i] = s;
    return s;
  }

  private growSlots(): void {
    const n = this.slotCap * 2;
    for (const k of ["slotCause", "slotInferred", "slotZoned"] as const) this[k] = grown(this[k], n);
    this.slotCount = grown(this.slotCount, n);
    for (const k of ["slotMinK", "slotMaxK", "slotMinA", "slotMaxA"] as const) this[k] = grown(this[k], n);
    this.slotNext = grown(this.slotNext, n);
    this.slotStatuses = grown(this.slotStatuses, n * STATUSES_KEPT);
    this.slotCap = n;
  }

  /** User `i`'s causes, read under one reading of slash dates. */
  causes(i: number, dayFirst: boolean): LoginCauseRow[] {
    const out: LoginCauseRow[] = [];
    for (let s = this.firstSlot[i]; s >= 0; s = this.slotNext[s]) {
      const statuses: string[] = [];
      for (let k = 0; k < STATUSES_KEPT; k++) {
        const id = this.slotStatuses[s * STATUSES_KEPT + k];
        if (id === 0) break;
        statuses.push(this.pool.values[id - 1]);
      }
      out.push({
        cause: CAUSE_IDS[this.slotCause[s]],
        count: this.slotCount[s],
        min: dayFirst ? this.slotMinA[s] : this.slotMinK[s],
        max: dayFirst ? this.slotMaxA[s] : this.slotMaxK[s],
        zoned: this.slotZoned[s] === 1,
        statuses,
        inferred: this.slotInferred[s] === 1,
      });
    }
    return out;
  }
}

/** Cause id of a stored index + 1 (0: none). */
export const causeOf = (n: number): CauseId | null => (n === 0 ? null : CAUSE_IDS[n - 1]);
