import { asExample, CAUSE_IDS, diagnose, diagnoseFiles, isEmailAddress, isExample, scanBytes } from "../../../src/engine";
import { fixture, seedLogs } from "./fixtures";

const seed = (): ReturnType<typeof seedLogs> => seedLogs();

describe("diagnose: the seed article's logs", () => {
  const d = diagnoseFiles(seed());

  it("finds the Refresh Token Policy cause, logged out, with the unresolved oauthPolicy panel", () => {
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.status).toBe("logged-out");
    expect(d.sidePanel?.detailKey).toBe("oauthPolicy");
    expect(d.sidePanel?.unresolved).toEqual(["loggedOut", "detail", "button"]);
    expect(d.candidates[0]).toEqual({ id: "refresh-token-expired", confidence: 1 });
  });

  it("shows the failure line, the side panel line and the status change as evidence, by file and line", () => {
    expect(d.evidence.map((e) => `${e.file}:${e.line}`)).toEqual(["seed-Trace.log:1", "seed-AddinTrace.log:1", "seed-Trace.log:2"]);
    expect(d.evidence[0].message).toBe("LogOn failed with exception - token validity expired");
  });

  it("builds the timeline and an open episode; no policy guess without a login to time from", () => {
    expect(d.timeline).toEqual([
      {
        time: "2015-04-24T15:18:55.635",
        file: "seed-Trace.log",
        line: 2,
        flags: ["SalesforceNotConnected", "SalesforceCredentialsInvalid"],
        status: "logged-out",
      },
    ]);
    expect(d.episodes).toEqual([{ from: "2015-04-24T15:18:55.635", to: null, cause: "refresh-token-expired" }]);
    expect(d.policy).toBeNull();
    expect(d.policyReason).toBeNull();
    expect(d.files.map((f) => [f.path, f.entries, f.encoding])).toEqual([
      ["seed-Trace.log", 3, "utf-8"],
      ["seed-AddinTrace.log", 1, "utf-8"],
    ]);
  });

  it("gives the same answer from Trace.log alone, minus the side panel", () => {
    const alone = diagnoseFiles([fixture("seed-Trace.log")]);
    expect(alone.cause).toBe("refresh-token-expired");
    expect(alone.sidePanel).toBeNull();
  });
});

describe("diagnose: every cause, padded and collapsed layouts", () => {
  const causes = CAUSE_IDS;
  it.each(
    causes.flatMap((id) => [
      [id, "padded"],
      [id, "collapsed"],
    ]),
  )("%s (%s)", (id, layout) => {
    const d = diagnoseFiles([fixture(`causes/${id}-${layout}.log`)]);
    expect(d.status).toBe("logged-out");
    expect(d.cause).toBe(id);
    expect(d.candidates[0].id).toBe(id);
    expect(d.episodes).toHaveLength(1);
    if (id !== "unknown") expect(d.evidence.some((e) => e.level === "ERROR")).toBe(true);
  });

  it("tells token-revoked (invalid_grant alone) from refresh-token-expired (with SFO's token validity expired)", () => {
    expect(diagnoseFiles([fixture("causes/token-revoked-collapsed.log")]).cause).toBe("token-revoked");
    const both = diagnoseFiles([
      fixture("causes/refresh-token-expired-collapsed.log"),
      {
        path: "extra.log",
        bytes: new TextEncoder().encode(
          "2024-03-04 09:08:10,500 [13152] ERROR sfdcsession OAuth token request failed: invalid_grant expired access/refresh token\r\n",
        ),
      },
    ]);
    expect(both.cause).toBe("refresh-token-expired");
    expect(both.candidates.map((c) => c.id)).not.toContain("token-revoked");
  });

  it("reads a cause found only in a stack trace, and attaches the trace to its entry", () => {
    const scanned = scanBytes("stack.log", fixture("causes/stack-trace.log").bytes);
    const error = scanned.entries.find((e) => e.level === "ERROR")!;
    expect(error.line).toBe(2);
    expect(error.continuation).toHaveLength(3);
    expect(error.continuation![1]).toBe("   at System.Net.HttpWebRequest.GetResponse()");
    expect(scanned.summary.entries).toBe(3);
    const d = diagnose([scanned]);
    expect(d.cause).toBe("proxy-or-network");
    expect(d.evidence.find((e) => e.level === "ERROR")!.message).toContain("Unable to connect to the remote server");
  });
});

describe("diagnose: episodes and several files", () => {
  it("names the cause of an episode that has since recovered, and says the user is connected now", () => {
    const d = diagnoseFiles([fixture("episodes/recovered-Trace.log")]);
    expect(d.status).toBe("connected");
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.episodes).toEqual([{ from: "2024-03-04T10:18:55.635", to: "2024-03-04T10:40:00.001", cause: "refresh-token-expired" }]);
    expect(d.timeline.map((t) => t.status)).toEqual(["connected", "logged-out", "connected"]);
  });

  it("merges Trace.log, its rolled file and AddinTrace.log by time, in any order given", () => {
    const files = [fixture("multi/Trace.log.1"), fixture("multi/Trace.log"), fixture("multi/AddinTrace.log")];
    const orders = [
      [0, 1, 2],
      [2, 1, 0],
      [1, 2, 0],
    ];
    const results = orders.map((o) => diagnoseFiles(o.map((i) => files[i])));
    for (const d of results) {
      expect(d.cause).toBe("refresh-token-expired");
      expect(d.status).toBe("logged-out");
      expect(d.episodes.map((e) => e.cause)).toEqual(["proxy-or-network", "refresh-token-expired"]);
      expect(d.episodes[0].to).toBe("2024-03-01T09:30:00.001");
      expect(d.sidePanel?.detailKey).toBe("oauthPolicy");
      expect(d.sidePanel?.unresolved).toEqual([]);
      expect(d.timeline).toEqual(results[0].timeline);
      expect(d.evidence).toEqual(results[0].evidence);
    }
    expect(results[0].evidence.map((e) => `${e.file}:${e.line}`)).toEqual([
      "multi/Trace.log:2",
      "multi/AddinTrace.log:2",
      "multi/Trace.log:3",
    ]);
  });
});

describe("diagnose: which Refresh Token Policy the timing suggests", () => {
  it("a logout 90 minutes after a fresh login, while in use: Immediately expire", () => {
    const d = diagnoseFiles([fixture("episodes/policy-immediately-Trace.log")]);
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.policy).toBe("immediately");
    expect(d.policyReason).toEqual({ key: "cause.policyReason.immediately", params: { minutes: 90, episodes: 1 } });
  });

  it("a logout right after a weekend away, having stayed logged in all week: Expire if not used", () => {
    const d = diagnoseFiles([fixture("episodes/policy-if-unused-Trace.log")]);
    expect(d.policy).toBe("if-unused");
    expect(d.policyReason?.key).toBe("cause.policyReason.ifUnused");
    expect(d.policyReason?.params?.hours).toBe(63);
  });

  it("logouts 48 hours after each login: Expire after n", () => {
    const d = diagnoseFiles([fixture("episodes/policy-after-period-Trace.log")]);
    expect(d.episodes).toHaveLength(2);
    expect(d.policy).toBe("after-period");
    expect(d.policyReason).toEqual({ key: "cause.policyReason.afterPeriod", params: { hours: 48, episodes: 2 } });
  });

  it("the first Connected line of a file is not a fresh login: no policy guess from it", () => {
    const d = diagnoseFiles([fixture("causes/refresh-token-expired-collapsed.log")]);
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.policy).toBeNull();
    expect(d.policyReason).toBeNull();
    expect(diagnoseFiles([fixture("episodes/recovered-Trace.log")]).policy).toBeNull();
  });

  it("a recovery (Connected after being logged out) counts as a fresh login", () => {
    const text = [
      "2024-03-04 08:00:02,101 [3364] DEBUG general Running Synchronize Status:Connected",
      "2024-03-04 08:30:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired",
      "2024-03-04 08:31:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
      "2024-03-04 09:00:02,101 [3364] DEBUG general Running Synchronize Status:Connected",
      "2024-03-04 10:00:02,101 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired",
      "2024-03-04 10:01:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
    ].join("\r\n");
    const d = diagnoseFiles([{ path: "Trace.log", bytes: new TextEncoder().encode(text + "\r\n") }]);
    expect(d.episodes).toHaveLength(2);
    expect(d.policy).toBe("immediately");
    expect(d.policyReason).toEqual({ key: "cause.policyReason.immediately", params: { minutes: 60, episodes: 1 } });
  });

  it("an explicit 'status changed to Connected' is a login even when a sync line said Connected before it", () => {
    const text = [
      "2024-03-04 08:50:02,101 [3364] DEBUG general Running Synchronize Status:Connected",
      "2024-03-04 09:00:00,001 [3604] DEBUG general Application status changed to Connected",
      "2024-03-04 09:10:02,101 [3364] DEBUG general Running Synchronize Status:Connected",
      "2024-03-04 10:30:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired",
      "2024-03-04 10:31:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid",
    ].join("\r\n");
    const d = diagnoseFiles([{ path: "Trace.log", bytes: new TextEncoder().encode(text + "\r\n") }]);
    expect(d.policy).toBe("immediately");
    expect(d.policyReason?.params?.minutes).toBe(90);
  });

  it("gives no policy for other causes", () => {
    expect(diagnoseFiles([fixture("causes/ip-restricted-padded.log")]).policy).toBeNull();
  });
});

describe("diagnose: nothing wrong", () => {
  it("a connected log has no cause and no episodes", () => {
    const text = "2024-03-04 09:00:02,101 [3364] DEBUG general Running Synchronize Status:Connected\r\n";
    const d = diagnoseFiles([{ path: "ok.log", bytes: new TextEncoder().encode(text) }]);
    expect(d).toMatchObject({ status: "connected", cause: null, episodes: [], candidates: [], evidence: [] });
  });
});

describe("log reader: logins are kept for the policy guess", () => {
  it("keeps every 'status changed to Connected', also when the same line came before (repeat cache)", () => {
    const line = (t: string, m: string) => `2024-03-04 ${t},001 [3604] DEBUG general ${m}`;
    const text = [
      line("08:00:00", "Application status changed to Connected"),
      line("08:10:00", "Running Synchronize Status:Connected"),
      line("09:00:00", "Application status changed to Connected"),
      line("09:10:00", "Running Synchronize Status:Connected"),
    ].join("\r\n");
    const scanned = scanBytes("Trace.log", new TextEncoder().encode(text + "\r\n"));
    expect(scanned.entries.map((e) => e.time.slice(11, 16))).toEqual(["08:00", "09:00"]);
  });
});

describe("diagnose: confidence when only the side panel names the cause", () => {
  const panelLine = (detailKey: string) =>
    new TextEncoder().encode(
      `2015-04-24 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:${detailKey}>>&buttonLabel=<<Unknown Label:loginButton>>\r\n`,
    );

  it("AddinTrace.log alone (oauthPolicy, no 'token validity expired' line) is refresh-token-expired, but at most 70 % sure", () => {
    const d = diagnoseFiles([fixture("seed-AddinTrace.log")]);
    expect(d.cause).toBe("refresh-token-expired");
    expect(d.candidates[0].id).toBe("refresh-token-expired");
    expect(d.candidates[0].confidence).toBeLessThanOrEqual(0.7);
    expect(d.candidates[0].confidence).toBeGreaterThan(0);
  });

  it("with the log line as well it stays fully sure", () => {
    expect(diagnoseFiles(seed()).candidates[0]).toEqual({
      id: "refresh-token-expired",
      confidence: 1,
    });
  });

  it("any cause named only by a side-panel key is at most 70 %, less for keys only our simulation knows", () => {
    const documented = diagnoseFiles([{ path: "AddinTrace.log", bytes: panelLine("oauthPolicy") }]).candidates[0];
    const simulated = diagnoseFiles([{ path: "AddinTrace.log", bytes: panelLine("ipRestricted") }]).candidates[0];
    expect(simulated.id).toBe("ip-restricted");
    expect(simulated.confidence).toBeLessThanOrEqual(0.7);
    expect(simulated.confidence).toBeLessThan(documented.confidence);
  });

  it("a side-panel key plus its cause's log line is fully sure", () => {
    const log = new TextEncoder().encode(
      "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - ip restricted\r\n",
    );
    const d = diagnoseFiles([
      { path: "Trace.log", bytes: log },
      { path: "AddinTrace.log", bytes: panelLine("ipRestricted") },
    ]);
    expect(d.candidates[0]).toEqual({ id: "ip-restricted", confidence: 1 });
  });
});

describe("diagnose: a resolved side panel worded differently from our catalog", () => {
  it("gives no detail key and no guessed cause", () => {
    const q = encodeURIComponent;
    const line = `2024-03-04 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/x/sidepanelcontainer.htm?loggedOutLabel=${q("Du er blevet logget af Salesforce")}&loggedOutDetailLabel=${q("på grund af organisationens sikkerhedsindstillinger.")}&buttonLabel=${q("Log på")}\r\n`;
    const d = diagnoseFiles([{ path: "AddinTrace.log", bytes: new TextEncoder().encode(line) }]);
    expect(d.sidePanel?.detailKey).toBeNull();
    expect(d.cause).toBe("unknown");
    expect(d.candidates.map((c) => c.id)).toEqual(["unknown"]);
  });
});

describe("the example's diagnosis and the user's", () => {
  it("marks only the example logs' diagnosis as the example, so nothing made from it passes for the user's own", () => {
    const users = diagnoseFiles(seed());
    expect(isExample(users)).toBe(false);
    expect(isExample(asExample(users))).toBe(true);
    expect(asExample(users).cause).toBe(users.cause);
    expect(isExample(null)).toBe(false);
    expect(isExample(undefined)).toBe(false);
  });
});

describe("the admin's address", () => {
  it("takes an address with spaces around it, as typed or pasted", () => {
    expect(isEmailAddress(" admin@example.com\n")).toBe(true);
    expect(isEmailAddress("admin@example.com")).toBe(true);
  });

  it("refuses what would break a mailto: or a header line", () => {
    for (const bad of [
      "",
      "admin",
      "admin@example",
      "a@b@example.com",
      "Admin <admin@example.com>",
      "a@example.com, b@example.com",
      "a b@example.com",
    ])
      expect([bad, isEmailAddress(bad)]).toEqual([bad, false]);
  });
});
