// How Login History statuses are read when an export spells them its own way: only a leading "Failed:"
// is a prefix, spaces around its colon vary, and only a closing full stop is dropped.
import { getCause, normalizeLoginStatus, readLoginStatus } from "../../../src/engine";
import type { CauseId } from "../../../src/engine/types";

describe("Login History status spellings", () => {
  it("reads the prefix with or without spaces around its colon, full-width too", () => {
    for (const s of ["Failed:Restricted time", "Failed : Restricted time", "Failed  :  Restricted time"]) {
      expect([s, readLoginStatus(s)]).toEqual([s, { failed: true, cause: "login-hours", inferred: false }]);
    }
    expect(readLoginStatus("失敗：クライアントの更新が必要です。").cause).toBe("client-update-required");
    expect(normalizeLoginStatus("失敗 ： API セキュリティトークンが必要です。")).toBe("api セキュリティトークンが必要です");
  });

  it('takes "failed:" for a prefix only at the start: in the middle it is part of the status', () => {
    expect(normalizeLoginStatus("SAML failed: Restricted IP")).toBe("saml failed: restricted ip");
    expect(readLoginStatus("Restricted failed: IP")).toEqual({ failed: true, cause: "unknown", inferred: false });
  });

  it("drops only a closing full stop, and keeps single spaces between words", () => {
    expect(normalizeLoginStatus("Failed: Invalid Token. Try again.")).toBe("invalid token. try again");
    expect(normalizeLoginStatus("  Restricted \t  time ")).toBe("restricted time");
  });

  it("a status no entry names is an unknown failure, never an inferred cause", () => {
    expect(readLoginStatus("Organization is locked")).toEqual({ failed: true, cause: "unknown", inferred: false });
    expect(readLoginStatus("")).toEqual({ failed: true, cause: "unknown", inferred: false });
  });
});

describe("cause catalog", () => {
  it("refuses a cause id it does not know, naming it", () => {
    expect(() => getCause("logged-out-by-moon" as CauseId)).toThrow("unknown cause id logged-out-by-moon");
  });
});
