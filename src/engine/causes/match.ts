// Finds the catalog's wordings wherever they stand in a text: after any prefix, in a JSON error body,
// URL-encoded in a redirect URL (`+` or `%20` for spaces), wrapped over several lines, with curly quotes,
// in any letter case. The text is normalised once; each signature is compared in the same form.
import type { CauseId } from "../types";
import { SIGNATURES, type CauseSignature } from "./catalog";

const CURLY_SINGLE = /[\u2018\u2019\u201a\u201b\u2032\u00b4`]/g;
const CURLY_DOUBLE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const PERCENT = /%[0-9a-f]{2}/i;
// Stryker disable next-line Regex: spaces and `+` removed a run at a time or one by one leave the same text
const SPACES = /[\s+]+/g;

/** Decodes `%xx` runs that are valid UTF-8 and leaves the rest as written (a lone `%` stays). */
function decodePercent(text: string): string {
  return text.replace(/(?:%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * The comparable form of a text: URL encoding undone (twice at most, for a URL inside a URL), JSON's
 * escaped `\/` and `\"` undone, curly quotes straightened, lower case, and every space, `+` and line
 * break removed, so a wording wrapped at any column or encoded with `+` still reads the same.
 */
export function normaliseText(text: string): string {
  let s = text;
  for (let i = 0; i < 2 && PERCENT.test(s); i++) s = decodePercent(s);
  return s
    .replace(/\\\//g, "/")
    .replace(/\\"/g, '"')
    .replace(/\\u0027/gi, "'")
    .replace(CURLY_SINGLE, "'")
    .replace(CURLY_DOUBLE, '"')
    .toLowerCase()
    .replace(SPACES, "");
}

/** One wording found in a text. */
export interface SignatureHit {
  cause: CauseId;
  signature: CauseSignature;
}

const COMPILED = SIGNATURES.map((s) => ({ ...s, needle: normaliseText(s.signature.text) }));

/**
 * The wordings an already normalised text carries. No wording lies inside another cause's wording and the
 * catalog holds no bare family codes (`invalid_grant`), so every wording found counts (test/unit/engine/causes.test.ts).
 */
export function matchNormalised(normalised: string): SignatureHit[] {
  return COMPILED.filter((c) => normalised.includes(c.needle)).map(({ cause, signature }) => ({ cause, signature }));
}

/** The wordings a raw text carries. */
export function matchSignatures(text: string): SignatureHit[] {
  return matchNormalised(normaliseText(text));
}

/** Shortest anchor the byte search accepts: its skip distance is bounded by the shortest anchor. */
export const MIN_ANCHOR = 8;

/**
 * What the cheap byte search looks for to find a signature's line: the signature's own `anchor`, else its
 * longest word when that is long enough (URL encoding, wrapping and quotes leave a word intact), else its
 * longest pair of neighbouring words as written, with `+` and `%20` for the space and `%2F` for a slash, and
 * as a URL inside a URL writes them (`%2B` or `%2520` for the space, `%252F` for a slash): Salesforce's
 * login URLs carry a redirect in `startURL`, encoded twice (https://github.com/salesforcecli/plugin-org/pull/1387,
 * https://github.com/atginfo/sfdc-qcp-vscode-extension/issues/48).
 */
export function anchorsOf(signature: CauseSignature): string[] {
  if (signature.anchor) return [signature.anchor];
  const text = signature.text;
  // Other scripts (Japanese, Chinese, Cyrillic): the longest run without spaces, as UTF-8 bytes.
  if (/[^\u0020-\u007e]/.test(text))
    return [text.split(/\s+/).reduce((a, b) => (new TextEncoder().encode(b).length > new TextEncoder().encode(a).length ? b : a))];
  const words = [...text.matchAll(/[A-Za-z0-9_]+/g)];
  const longest = words.reduce((a, b) => (b[0].length > a[0].length ? b : a));
  if (longest[0].length >= MIN_ANCHOR || words.length < 2) return [longest[0]];
  let best = "";
  for (let i = 0; i + 1 < words.length; i++) {
    const pair = text.slice(words[i].index, words[i + 1].index! + words[i + 1][0].length);
    if (pair.length > best.length) best = pair;
  }
  const spaced = (space: string, slash: string) => best.replace(/ /g, space).replace(/\//g, slash);
  // URL-encoded once (`+` or `%20`), and twice for a URL inside a URL (Salesforce's `startURL`): `%2B` or `%2520`.
  return [...new Set([best, spaced("+", "%2F"), spaced("%20", "%2F"), spaced("%2B", "%252F"), spaced("%2520", "%252F")])];
}

/** The anchors of every signature, once each (lower case). */
export const SIGNATURE_ANCHORS: readonly string[] = [
  ...new Set(SIGNATURES.flatMap((s) => anchorsOf(s.signature).map((a) => a.toLowerCase()))),
];
