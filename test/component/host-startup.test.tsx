// Office.js can load and then never say it is ready (a page opened outside Outlook, a stalled host).
// The pane must not wait for ever: after 3 seconds it opens standalone. Not sooner either: Outlook
// on a slow machine needs those seconds to report itself. Fake timers, so nothing waits for real.
import { detectHost } from "../../src/host/detect";
import type { Host } from "../../src/host/types";

type WithOffice = Window & { Office?: unknown };

describe("Office start-up timeout", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    delete (window as WithOffice).Office;
  });

  it("opens standalone 3 seconds after Office.js fails to report ready, not before", async () => {
    (window as WithOffice).Office = { onReady: () => new Promise(() => {}), HostType: { Outlook: "Outlook" } };
    let host: Host | undefined;
    void detectHost(window).then((h) => (host = h));
    await jest.advanceTimersByTimeAsync(2_999);
    expect(host).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    expect(host?.kind).toBe("standalone");
  });

  it("opens in Outlook when Office reports ready within those seconds", async () => {
    const mailbox = { displayNewMessageForm: () => {} };
    (window as WithOffice).Office = {
      onReady: () => new Promise((resolve) => setTimeout(() => resolve({ host: "Outlook" }), 2_500)),
      HostType: { Outlook: "Outlook" },
      context: { mailbox, displayLanguage: "en-US", roamingSettings: { get: () => undefined } },
    };
    let host: Host | undefined;
    void detectHost(window).then((h) => (host = h));
    await jest.advanceTimersByTimeAsync(2_500);
    expect(host?.kind).toBe("outlook");
  });
});
