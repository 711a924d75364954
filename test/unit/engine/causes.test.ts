import { CAUSES, CAUSE_IDS, diagnose, getCause, REFRESH_TOKEN_POLICIES, scanBytes } from "../../../src/engine";
import { SIGNATURES } from "../../../src/engine/causes/catalog";
import { CATALOGS } from "../../../src/engine/i18n/catalogs";

describe("cause catalog", () => {
  it("has every cause id once, with texts in English and Danish for all its keys", () => {
    expect(CAUSES.map((c) => c.id)).toEqual([...CAUSE_IDS]);
    for (const c of CAUSES) {
      const keys = [
        c.titleKey,
        c.userKey,
        c.adminKey,
        c.verifyKey,
        c.symptomKey,
        ...(c.stepKeys.classic ?? []),
        ...(c.stepKeys.lightning ?? []),
        ...(c.stepKeys.user ?? []),
      ];
      for (const k of keys)
        for (const lang of ["en", "da"] as const)
          expect([lang, k, typeof (CATALOGS[lang] as Readonly<Record<string, string | undefined>>)[k]]).toEqual([lang, k, "string"]);
    }
  });

  it("shows every step the catalogs hold: no step text lies beyond a cause's step count", () => {
    // The counts in causes/catalog.ts are typed by hand; a step added to the texts but not counted would vanish.
    const listed = new Set<string>(
      CAUSES.flatMap((c) => [...(c.stepKeys.classic ?? []), ...(c.stepKeys.lightning ?? []), ...(c.stepKeys.user ?? [])]),
    );
    for (const lang of ["en", "da"] as const) {
      const orphans = Object.keys(CATALOGS[lang]).filter((k) => /^cause\.[\w-]+\.steps\./.test(k) && !listed.has(k));
      expect([lang, orphans]).toEqual([lang, []]);
    }
  });

  it("gives Classic and Lightning paths wherever an admin acts, and identifying texts for every known cause", () => {
    for (const c of CAUSES) {
      if (c.fixer === "admin") {
        expect([c.id, c.stepKeys.classic?.length === c.stepKeys.lightning?.length && (c.stepKeys.classic?.length ?? 0) > 0]).toEqual([
          c.id,
          true,
        ]);
      }
      if (c.id !== "unknown") expect([c.id, c.signatures.length > 0]).toEqual([c.id, true]);
    }
  });

  it("the seed's fix: admin sets 'Refresh token is valid until revoked' in Setup, then users restart SFO", () => {
    const rte = getCause("refresh-token-expired");
    expect(rte.fixer).toBe("admin");
    expect(rte.detailKey).toBe("oauthPolicy");
    expect(CATALOGS.en[rte.stepKeys.classic![0]]).toContain("Setup > Administer > Manage Apps > Connected Apps");
    expect(CATALOGS.en[rte.stepKeys.lightning![0]]).toContain("Setup > Apps > Connected Apps > Manage Connected Apps");
    expect(rte.stepKeys.lightning!.map((k) => CATALOGS.en[k]).join(" ")).toContain("Refresh token is valid until revoked");
  });

  it("lists the four Refresh Token Policy settings with their metadata values and labels in both languages", () => {
    expect(REFRESH_TOKEN_POLICIES.map((p) => p.metadata)).toEqual([
      "infinite",
      "zero",
      "specific_inactivity:n:UNIT",
      "specific_lifetime:n:UNIT",
    ]);
    for (const p of REFRESH_TOKEN_POLICIES) for (const k of [p.labelKey, p.userEffectKey]) expect(CATALOGS.da[k]).toBeTruthy();
    expect(CATALOGS.en["cause.policy.zero.label"]).toBe("Immediately expire refresh token");
  });
});

describe("catalog wordings", () => {
  // One wording never names a second cause by lying inside that cause's longer wording: a sighting of
  // "ip restricted or invalid login hours" must not also read as some other cause's shorter text. Pasted
  // alone, each wording gives exactly its cause and the causes public sources show with the same text.
  it.each(SIGNATURES.map((s) => [s.signature.text, s.cause, s.signature.shared ?? []] as const))(
    "%s, pasted alone, names %s and only the causes that share it",
    (text, cause, shared) => {
      const d = diagnose([scanBytes("pasted.txt", new TextEncoder().encode(text))]);
      expect(d.candidates.map((c) => c.id).sort()).toEqual([cause, ...shared].sort());
    },
  );
});
