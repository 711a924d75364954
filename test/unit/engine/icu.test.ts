// The translation check (src/engine/i18n/icu.ts) on small messages: what it accepts, and the words it uses
// for a broken translation, which translators and `npm run i18n:merge` read. The catalogs themselves are
// checked in test/unit/i18n-catalogs.test.ts.
import { argumentSignature, parseMessage, translationProblems } from "../../../src/engine/i18n/icu";

describe("the translation check", () => {
  const problems = (e: string, t: string, lang = "de") => translationProblems(e, t, lang);

  it("accepts a faithful translation", () => {
    expect(problems("Hello {name}", "Hallo {name}")).toEqual([]);
    expect(problems("{count, plural, one {# line} other {# lines}}", "{count, plural, one {# Zeile} other {# Zeilen}}")).toEqual([]);
    expect(problems("{count, plural, =0 {none} one {# line} other {# lines}}", "{count, plural, other {#行}}", "ja")).toEqual([]);
  });

  it("catches a dropped, renamed or retyped argument", () => {
    expect(problems("Saved {file} in {folder}", "Gespeichert in {folder}")).toEqual(["missing {file}"]);
    expect(problems("Hello {name}", "Hallo {navn}")).toEqual(["missing {name}", "not in English: {navn}"]);
    expect(problems("{count, plural, one {# line} other {# lines}}", "{count} Zeilen")).toEqual([
      "missing {count, plural}",
      "not in English: {count}",
    ]);
    expect(
      problems("{n, plural, one {# file in {folder}} other {# files in {folder}}}", "{n, plural, one {# Datei} other {# Dateien}}"),
    ).toEqual(["missing {folder}"]);
  });

  it("wants `other` and every plural category of the language, and none it lacks", () => {
    const en = "{count, plural, one {# line} other {# lines}}";
    expect(problems(en, "{count, plural, one {# Zeile}}")).toEqual(['{count, plural} has no "other" branch']);
    expect(problems(en, "{count, plural, one {# строка} other {# строки}}", "ru")).toEqual(["{count, plural} needs few, many in ru"]);
    expect(problems(en, "{count, plural, one {# 行} other {# 行}}", "ja")).toEqual(["{count, plural}: ja has no one"]);
    // French has "many" only for millions: not needed, but allowed.
    expect(problems(en, "{count, plural, one {# ligne} other {# lignes}}", "fr")).toEqual([]);
    expect(problems(en, "{count, plural, one {# ligne} many {# de lignes} other {# lignes}}", "fr")).toEqual([]);
  });

  it("reads the structure: unbalanced braces and unknown argument types are errors", () => {
    expect(() => parseMessage("a {b")).toThrow(/unclosed/);
    expect(() => parseMessage("a } b")).toThrow(/unmatched/);
    expect(() => parseMessage("{d, date}")).toThrow(/only number, plural and select/);
    expect(parseMessage("{n, plural, one {# {x}} other {#}}")[0].branches!.get("one")![0].name).toBe("x");
  });

  it("names what is wrong in a plural or select: its branches, their selectors, their braces", () => {
    expect(() => parseMessage("{n, plural}")).toThrow("{n, plural} has no branches");
    expect(() => parseMessage("{n, plural, lots {x} other {y}}")).toThrow('{n, plural}: "lots" is not a plural category');
    expect(() => parseMessage("{n, plural, =12 {x} other {y}}")).not.toThrow();
    expect(() => parseMessage("{n, plural, x=1 {x} other {y}}")).toThrow("is not a plural category");
    expect(() => parseMessage("{n, plural, =1x {x} other {y}}")).toThrow("is not a plural category");
    expect(() => parseMessage("{n, plural, one {a} one {b} other {c}}")).toThrow('{n, plural}: "one" twice');
    expect(() => parseMessage("{n, select, a {x} b {y}}")).toThrow('{n, select} has no "other" branch');
    expect(() => parseMessage("{n, select, a x other {y}}")).toThrow('{n, select}: expected "selector {text}" near " a x other {y}"');
    expect(() => parseMessage("{1n}")).toThrow("not an argument: {1n}");
    expect(() => parseMessage("{ n , number , x}")).not.toThrow();
    expect(parseMessage("{ n , number }")).toEqual([{ name: "n", type: "number" }]);
    expect(parseMessage("a {n} b {m, number} c")).toEqual([
      { name: "n", type: "simple" },
      { name: "m", type: "number" },
    ]);
    const select = parseMessage("{g, select, male {he {x}} other {they} }")[0];
    expect(select.type).toBe("select");
    expect([...select.branches!.keys()]).toEqual(["male", "other"]);
    expect(select.branches!.get("male")).toEqual([{ name: "x", type: "simple" }]);
    expect(select.branches!.get("other")).toEqual([]);
  });

  it("says when the English text itself is broken, and passes the translation's own syntax error on", () => {
    expect(problems("Hello {name", "Hallo {name}")).toEqual(['the English text does not parse: unclosed "{" at 6']);
    expect(problems("Hello {name}", "Hallo } {name}")).toEqual(['unmatched "}" at 6']);
  });

  it("lists every argument with its type once, nested ones too, in order", () => {
    const args = parseMessage("{n, plural, one {# in {folder}} other {# in {folder} of {total, number}}} {n, plural, other {#}}");
    expect(argumentSignature(args)).toEqual(["folder:simple", "n:plural", "total:number"]);
    expect(problems("{a} {b}", "{b} {a} {c} {d, number}")).toEqual(["not in English: {c}, {d, number}"]);
    expect(problems("{a} {b} {c, number}", "x")).toEqual(["missing {a}, {b}, {c, number}"]);
  });

  it("checks plurals inside a select's branch and each plural of a message", () => {
    const en = "{g, select, a {{n, plural, one {#} other {#}}} other {{n, plural, one {#} other {#}}}}";
    expect(problems(en, "{g, select, a {{n, plural, one {#} other {#}}} other {{n, plural, other {#}}}}", "de")).toEqual([
      "{n, plural} needs one in de",
    ]);
    expect(
      problems(
        "{n, plural, one {#} other {#}} {m, plural, one {#} other {#}}",
        "{n, plural, one {#} few {#} other {#}} {m, plural, other {#}}",
        "de",
      ),
    ).toEqual(["{n, plural}: de has no few", "{m, plural} needs one in de"]);
  });
});
