// The catalog's wordings are found however a log or a redirect URL wrote them: URL-encoded once or twice
// (a URL inside a URL), as JSON with escaped quotes and slashes, with a stray % that is no escape.
import { normaliseText } from "../../../src/engine/causes/match";

const SENTENCE = "You've been logged out of Salesforce based on your organization's security settings";

describe("normaliseText", () => {
  it("undoes URL encoding once and twice, but not three times", () => {
    const once = encodeURIComponent(SENTENCE);
    expect(normaliseText(once)).toBe(normaliseText(SENTENCE));
    expect(normaliseText(encodeURIComponent(once))).toBe(normaliseText(SENTENCE));
    // A third level stays encoded: two passes cover a URL inside a URL.
    expect(normaliseText(encodeURIComponent(encodeURIComponent(once)))).toContain("you've%20been%20logged%20out");
  });

  it("decodes multi-byte UTF-8 runs whole and keeps a % that is no escape", () => {
    expect(normaliseText("caf%C3%A9 100%")).toBe("café100%");
    expect(normaliseText("50%zz")).toBe("50%zz");
  });

  it("reads JSON's escaped slashes and quotes as written", () => {
    expect(normaliseText('{"url":"https:\\/\\/login.salesforce.com","msg":"say \\"hi\\""}')).toBe(
      '{"url":"https://login.salesforce.com","msg":"say"hi""}',
    );
  });
});
