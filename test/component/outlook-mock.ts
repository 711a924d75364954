// An Outlook context as office-addin-mock builds it, for component tests; only the members our host touches.
import { OfficeMockObject } from "office-addin-mock";

/** What Outlook's displayNewMessageForm receives from our host. */
export interface NewMessageForm {
  toRecipients: string[];
  subject: string;
  htmlBody: string;
}

export interface OutlookMockOptions {
  displayLanguage?: string;
  /** Office's diagnostics.platform; omitted means Office did not say. */
  platform?: string;
  /** Office's officeTheme.bodyBackgroundColor; omitted means Office gave no theme. */
  bodyBackgroundColor?: string;
}

/** Records the forms Outlook was asked to open (`sent`) and the roaming settings saved (`saved`). */
export function outlookMock({ displayLanguage = "en-US", platform, bodyBackgroundColor }: OutlookMockOptions = {}) {
  const saved: Record<string, unknown> = {};
  const sent: NewMessageForm[] = [];
  const context: Record<string, unknown> = {
    displayLanguage,
    mailbox: {
      displayNewMessageForm(form: NewMessageForm) {
        sent.push(form);
      },
    },
    roamingSettings: {
      get: (name: string) => saved[name],
      set: (name: string, value: unknown) => {
        saved[name] = value;
      },
      saveAsync: (cb: (r: { status: string }) => void) => cb({ status: "succeeded" }),
    },
  };
  if (platform !== undefined) context.diagnostics = { platform };
  if (bodyBackgroundColor !== undefined) context.officeTheme = { bodyBackgroundColor };
  const data = {
    host: "outlook",
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    HostType: { Outlook: "Outlook" },
    context,
  };
  return { office: new OfficeMockObject(data) as unknown as typeof Office, saved, sent };
}
