// The shape of a catalog message in the ICU MessageFormat subset our catalogs use: `{name}`,
// `{name, number}`, `{name, plural, =0 {…} one {…} other {…}}` (with `#`) and `{name, select, a {…} other {…}}`.
// The translation checks (tests, `npm run i18n:merge`) compare a translation's shape with the English one:
// a dropped, renamed or retyped argument, or a plural without `other`, is a broken translation.
// `format` in ./index.ts fills messages; this module only reads their structure.

export type ArgumentType = "simple" | "number" | "plural" | "select";

export interface MessageArgument {
  name: string;
  type: ArgumentType;
  /** plural/select: selector -> the arguments inside that branch. */
  branches?: Map<string, MessageArgument[]>;
}

export class MessageSyntaxError extends Error {}

const PLURAL_SELECTOR = /^(=\d+|zero|one|two|few|many|other)$/;

function closeOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** The arguments of a message, in order, with plural and select branches parsed. Throws MessageSyntaxError. */
export function parseMessage(text: string): MessageArgument[] {
  const args: MessageArgument[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "}") throw new MessageSyntaxError(`unmatched "}" at ${i}`);
    if (text[i] !== "{") continue;
    const close = closeOf(text, i);
    if (close < 0) throw new MessageSyntaxError(`unclosed "{" at ${i}`);
    args.push(parseArgument(text.slice(i + 1, close)));
    i = close;
  }
  return args;
}

function parseArgument(inner: string): MessageArgument {
  const m = /^\s*([A-Za-z_]\w*)\s*(?:,\s*(\w+)\s*(?:,([\s\S]*))?)?$/.exec(inner);
  if (!m) throw new MessageSyntaxError(`not an argument: {${inner}}`);
  const [, name, kind, body] = m;
  if (!kind) return { name, type: "simple" };
  if (kind === "number") return { name, type: "number" };
  if (kind !== "plural" && kind !== "select")
    throw new MessageSyntaxError(`{${name}, ${kind}}: only number, plural and select are supported`);
  if (body === undefined) throw new MessageSyntaxError(`{${name}, ${kind}} has no branches`);
  const branches = new Map<string, MessageArgument[]>();
  let at = 0;
  const re = /\s*([^\s{}]+)\s*\{/y;
  while (at < body.length) {
    if (/^\s*$/.test(body.slice(at))) break;
    re.lastIndex = at;
    const b = re.exec(body);
    if (!b) throw new MessageSyntaxError(`{${name}, ${kind}}: expected "selector {text}" near "${body.slice(at, at + 20)}"`);
    const selector = b[1];
    if (kind === "plural" && !PLURAL_SELECTOR.test(selector))
      throw new MessageSyntaxError(`{${name}, plural}: "${selector}" is not a plural category`);
    if (branches.has(selector)) throw new MessageSyntaxError(`{${name}, ${kind}}: "${selector}" twice`);
    const open = b.index + b[0].length - 1;
    const close = closeOf(body, open);
    if (close < 0) throw new MessageSyntaxError(`{${name}, ${kind}}: branch "${selector}" is not closed`);
    branches.set(selector, parseMessage(body.slice(open + 1, close)));
    at = close + 1;
  }
  if (!branches.has("other")) throw new MessageSyntaxError(`{${name}, ${kind}} has no "other" branch`);
  return { name, type: kind, branches };
}

/** Every argument name with its type, including those inside branches: "count:plural", "name:simple". */
export function argumentSignature(args: MessageArgument[]): string[] {
  const out = new Set<string>();
  const walk = (list: MessageArgument[]) => {
    for (const a of list) {
      out.add(`${a.name}:${a.type}`);
      if (a.branches) for (const inner of a.branches.values()) walk(inner);
    }
  };
  walk(args);
  return [...out].sort();
}

function plurals(args: MessageArgument[], out: MessageArgument[] = []): MessageArgument[] {
  for (const a of args) {
    if (a.type === "plural") out.push(a);
    if (a.branches) for (const inner of a.branches.values()) plurals(inner, out);
  }
  return out;
}

/**
 * What is wrong with `translation` as a translation of `english` into `lang` (a BCP 47 tag); empty when
 * nothing. Checks: it parses; it has the same arguments with the same types (none dropped, renamed or
 * added); each plural has `other`, a branch for every plural category the language uses for whole
 * numbers up to 1000 (Intl.PluralRules), and none the language lacks.
 */
export function translationProblems(english: string, translation: string, lang: string): string[] {
  let en: MessageArgument[];
  let tr: MessageArgument[];
  try {
    en = parseMessage(english);
  } catch (e) {
    return [`the English text does not parse: ${(e as Error).message}`];
  }
  try {
    tr = parseMessage(translation);
  } catch (e) {
    return [(e as Error).message];
  }
  const problems: string[] = [];
  const want = argumentSignature(en);
  const have = argumentSignature(tr);
  const missing = want.filter((a) => !have.includes(a));
  const extra = have.filter((a) => !want.includes(a));
  if (missing.length) problems.push(`missing ${missing.map((a) => `{${a.replace(":simple", "").replace(":", ", ")}}`).join(", ")}`);
  if (extra.length) problems.push(`not in English: ${extra.map((a) => `{${a.replace(":simple", "").replace(":", ", ")}}`).join(", ")}`);
  const rules = new Intl.PluralRules(lang);
  const categories = rules.resolvedOptions().pluralCategories as string[];
  // Needed: the categories a count of lines, files or users can fall in (French "many" is for millions only).
  const needed = new Set<string>(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
  for (const p of plurals(tr)) {
    const selectors = [...p.branches!.keys()].filter((s) => !s.startsWith("="));
    const lacking = categories.filter((c) => needed.has(c) && !selectors.includes(c));
    const foreign = selectors.filter((s) => !categories.includes(s));
    if (lacking.length) problems.push(`{${p.name}, plural} needs ${lacking.join(", ")} in ${lang}`);
    if (foreign.length) problems.push(`{${p.name}, plural}: ${lang} has no ${foreign.join(", ")}`);
  }
  return problems;
}
