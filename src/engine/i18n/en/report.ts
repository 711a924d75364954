// Report texts (English): the escalation e-mail a user sends to the Salesforce admin (issue 3/4/5).
// Setup labels and paths are quoted exactly as Salesforce shows them; code (SOQL, metadata) is not here.
const report: Record<string, string> = {
  "report.subject": "Salesforce for Outlook keeps logging me out: {cause}",
  "report.greeting": "Hello,",
  "report.intro":
    "Salesforce for Outlook (SFO) on my computer logged me out of Salesforce. SFO Sign-in Doctor read SFO's log files on my computer and found the likely cause below. Could you please take a look?",
  "report.introForCause":
    "Salesforce for Outlook (SFO) on my computer logged me out of Salesforce. SFO Sign-in Doctor points to the likely cause below, based on what I see in SFO's side panel, not on its log files: no logs were read and none are attached. SFO's Trace.log can confirm it.",
  "report.noLogout": "The logs do not show a logout; the lines below are what was found.",
  "report.closing": "Thank you.",
  "report.example.subject": "[Example, not my logs] {subject}",
  "report.example.body":
    "EXAMPLE, NOT YOUR LOGS: this report was made from the example logs built into SFO Sign-in Doctor (a Salesforce help article's), not from anyone's computer. Do not send it as a real report: check your own logs for one.",

  "report.check.loginHistory":
    "Open the user's Login History and read the Status of the Salesforce for Outlook logins around the time of the logout (for example Restricted IP, Restricted time, User is frozen).",
  "report.check.policies":
    "On the Connected Apps page, open Edit Policies for Salesforce for Outlook and read the OAuth Policies: Refresh Token Policy, IP Relaxation and Permitted Users.",
  "report.check.support": "If neither explains it, open a case with Salesforce Support and attach this report.",

  "report.heading.cause": "WHAT HAPPENED",
  "report.heading.fix.admin": "WHAT TO CHANGE (Salesforce administrator)",
  "report.heading.fix.escalate": "WHAT TO CHECK (Salesforce administrator, with Salesforce Support if needed)",
  "report.heading.fix.user": "WHAT FIXES IT (on the user's computer)",
  "report.heading.fix.user-it": "WHAT FIXES IT (the user's IT department)",
  "report.heading.verify": "HOW TO READ THE CURRENT SETTING",
  "report.heading.verifyFix": "HOW TO CHECK THE FIX",
  "report.heading.users": "AFTER THE CHANGE (each user)",
  "report.heading.sidePanel": "WHAT THE SIDE PANEL SHOWS",
  "report.heading.evidence": "EVIDENCE FROM THE LOGS",
  "report.heading.evidenceRedacted": "EVIDENCE FROM THE LOGS (personal data removed)",
  "report.heading.diagnostics": "DIAGNOSTICS (for the ticket)",

  "report.policy.guess": "The timing suggests the policy is now \"{policy}\". {reason}",
  "report.policy.unknown":
    "The logs cannot tell which of the three expiring settings is chosen; the checks below show the real value.",
  "report.policy.sidePanel":
    "The side panel does not say which of the three expiring settings is chosen; \"Immediately expire refresh token\" is the usual one. The checks below show the real value.",
  "report.refresh.noTraceLine":
    "The logs I sent do not contain SFO's \"token validity expired\" line (Trace.log may be missing); the cause is read from the side panel's message. Trace.log can confirm it.",

  "report.path.where": "Where the connected apps are:",
  "report.path.classic": "Classic: Setup > Administer > Manage Apps > Connected Apps",
  "report.path.lightning": "Lightning: Gear Icon > Setup > Apps > Connected Apps > Manage Connected Apps",
  "report.refresh.step.1": "On the Connected Apps page, find Salesforce for Outlook and click Edit Policies.",
  "report.refresh.step.2": "Under OAuth Policies, next to Refresh Token Policy, select \"{label}\".",
  "report.refresh.metadata": "In the Metadata API this is ConnectedAppOauthPolicy refreshTokenPolicy = {metadata}.",
  "report.refresh.step.3": "Click Save.",
  "report.refresh.idleNote":
    "If that choice is missing, the app's 30-day idle limit is switched on; the documented setting is then refreshTokenPolicy = specific_inactivity:30:DAYS.",
  "report.restart":
    "Exit Salesforce for Outlook from the system tray (right-click its icon, then Exit), start it again and log in once.",

  "report.verify.setup":
    "In Setup: open Edit Policies for Salesforce for Outlook (paths above) and read Refresh Token Policy under OAuth Policies.",
  "report.verify.metadata":
    "If Salesforce for Outlook is not listed under Manage Connected Apps: open Connected Apps OAuth Usage and click Manage App Policies (or Install) next to it. A metadata retrieve does not work for SFO's app (Salesforce installs it in a managed package); Setup is the authority.",
  "report.verify.soql":
    "SOQL (read-only) cannot show the policy: nothing public maps the ConnectedApplication fields to it. SFO's tokens can hint at it: many short-lived tokens created again and again for one user probably mean an expiring policy:",

  "report.steps.classic": "Salesforce Classic:",
  "report.steps.lightning": "Lightning Experience:",
  "report.steps.user": "On the user's computer:",

  "report.sidePanel.loggedOut": "Heading: {text}",
  "report.sidePanel.detail": "Detail: {text}",
  "report.sidePanel.button": "Button: {text}",
  "report.sidePanel.detailKey": "Detail label key: {key}",
  "report.sidePanel.unresolved":
    "SFO shows raw label keys (<<Unknown Label:...>>), probably because its language resources have no text for them. That part is most likely cosmetic; the logout above is the real problem.",

  "report.evidence.more": "({count, plural, one {# more log line is} other {# more log lines are}} not shown.)",
  "report.evidence.none": "No log lines are attached.",

  "report.diag.status": "Status: {status}",
  "report.diag.cause": "Cause: {cause} (confidence {confidence})",
  "report.diag.noCause": "Cause: none found",
  "report.diag.candidates": "Other candidates: {list}",
  "report.diag.policy": "Policy guess: {policy}",
  "report.diag.file": "File: {file}; log entries: {entries, number}; encoding: {encoding}",
  "report.diag.removed": "Removed for privacy: {list}",
  "report.diag.nothingRemoved": "Removed for privacy: nothing found to remove",
  "report.diag.notRedacted": "Personal data was NOT removed from this report (passwords and tokens were).",
  "report.diag.madeBy": "Made by SFO Sign-in Doctor on the user's computer; nothing was sent anywhere by the tool.",
  "report.diag.fromSidePanel": "Source: the side panel only (no log files)",

  "report.kind.email": "e-mail addresses",
  "report.kind.windows-user": "Windows user names",
  "report.kind.ipv4": "IPv4 addresses",
  "report.kind.ipv6": "IPv6 addresses",
  "report.kind.record-id": "Salesforce record ids",
  "report.kind.session-token": "session ids",
  "report.kind.bearer-token": "access tokens",
  "report.kind.password": "passwords",
  "report.kind.display-name": "display names",
  "report.kind.windows-account": "DOMAIN\\user logon names",
  "report.kind.sid": "Windows security identifiers (SIDs)",
  "report.kind.machine-name": "computer names",
  "report.kind.mail-file": "Outlook data file names",
  "report.kind.outlook-profile": "Outlook profile names",
  "report.kind.phone": "phone numbers",
  "report.kind.contact-name": "names of synced contacts",
  "report.kind.item-text": "subjects and text of synced items",
  "report.kind.org-host": "the org's Salesforce host names",
  "report.kind.host": "internal host names",
  "report.kind.refresh-token": "refresh tokens",
  "report.kind.auth-code": "OAuth authorization codes",
  "report.kind.secret": "other credentials (long random tokens)",
};
export default report;
