// Rapporttekster (dansk): e-mailen brugeren sender til Salesforce-administratoren (issue 3/4/5).
// Navne og stier i Setup står på engelsk, sådan som de fleste organisationer ser dem.
const report: Record<string, string> = {
  "report.subject": "Salesforce for Outlook logger mig ud igen og igen: {cause}",
  "report.greeting": "Hej,",
  "report.intro":
    "Salesforce for Outlook (SFO) på min computer har logget mig ud af Salesforce. SFO Sign-in Doctor har læst SFO's logfiler på min computer og fundet den sandsynlige årsag nedenfor. Vil du se på det?",
  "report.introForCause":
    "Salesforce for Outlook (SFO) på min computer har logget mig ud af Salesforce. SFO Sign-in Doctor peger på den sandsynlige årsag nedenfor ud fra det, jeg ser i SFO's sidepanel, ikke ud fra logfilerne: ingen logfiler er læst, og ingen er vedhæftet. SFO's Trace.log kan bekræfte den.",
  "report.noLogout": "Logfilerne viser ikke, at jeg blev logget ud; linjerne nedenfor er det, der blev fundet.",
  "report.closing": "På forhånd tak.",
  "report.example.subject": "[Eksempel, ikke mine logfiler] {subject}",
  "report.example.body":
    "EKSEMPEL, IKKE DINE LOGFILER: denne rapport er lavet ud fra eksempellogfilerne i SFO Sign-in Doctor (fra en hjælpeartikel fra Salesforce), ikke fra nogens computer. Send den ikke som en rigtig rapport: tjek dine egne logfiler for at få en.",

  "report.check.loginHistory":
    "Åbn brugerens loginhistorik (Login History), og læs Status for Salesforce for Outlook-logins omkring tidspunktet for logout (for eksempel Restricted IP, Restricted time, User is frozen).",
  "report.check.policies":
    "På siden Connected Apps skal du åbne Edit Policies for Salesforce for Outlook og læse OAuth Policies: Refresh Token Policy, IP Relaxation og Permitted Users.",
  "report.check.support": "Hvis ingen af delene forklarer det, så opret en sag hos Salesforce Support, og vedhæft denne rapport.",

  "report.heading.cause": "HVAD DER SKETE",
  "report.heading.fix.admin": "HVAD DER SKAL ÆNDRES (Salesforce-administrator)",
  "report.heading.fix.escalate": "HVAD DER SKAL UNDERSØGES (Salesforce-administrator, evt. med Salesforce Support)",
  "report.heading.fix.user": "HVAD DER LØSER DET (på brugerens computer)",
  "report.heading.fix.user-it": "HVAD DER LØSER DET (brugerens it-afdeling)",
  "report.heading.verify": "SÅDAN AFLÆSES DEN NUVÆRENDE INDSTILLING",
  "report.heading.verifyFix": "SÅDAN KONTROLLERES LØSNINGEN",
  "report.heading.users": "EFTER ÆNDRINGEN (hver bruger)",
  "report.heading.sidePanel": "DET VISER SIDEPANELET",
  "report.heading.evidence": "BEVISER FRA LOGFILERNE",
  "report.heading.evidenceRedacted": "BEVISER FRA LOGFILERNE (personlige oplysninger fjernet)",
  "report.heading.diagnostics": "DIAGNOSTIK (til sagen)",

  "report.policy.guess": "Tidspunkterne tyder på, at politikken nu er \"{policy}\". {reason}",
  "report.policy.unknown":
    "Logfilerne kan ikke vise, hvilken af de tre indstillinger med udløb der er valgt; kontrollerne nedenfor viser den faktiske værdi.",
  "report.policy.sidePanel":
    "Sidepanelet siger ikke, hvilken af de tre indstillinger med udløb der er valgt; \"Immediately expire refresh token\" er den mest almindelige. Kontrollerne nedenfor viser den faktiske værdi.",
  "report.refresh.noTraceLine":
    "Logfilerne, jeg sender, indeholder ikke SFO's linje \"token validity expired\" (Trace.log mangler måske); årsagen er læst ud fra sidepanelets meddelelse. Trace.log kan bekræfte den.",

  "report.path.where": "Her findes de forbundne apps (navnene i Setup er på engelsk):",
  "report.path.classic": "Classic: Setup > Administer > Manage Apps > Connected Apps",
  "report.path.lightning": "Lightning: Gear Icon (tandhjulet) > Setup > Apps > Connected Apps > Manage Connected Apps",
  "report.refresh.step.1": "Find Salesforce for Outlook på siden Connected Apps, og klik på Edit Policies.",
  "report.refresh.step.2": "Under OAuth Policies skal du ud for Refresh Token Policy vælge \"{label}\".",
  "report.refresh.metadata": "I Metadata API hedder det ConnectedAppOauthPolicy refreshTokenPolicy = {metadata}.",
  "report.refresh.step.3": "Klik på Save.",
  "report.refresh.idleNote":
    "Mangler det valg, er appens grænse på 30 dages inaktivitet slået til; den dokumenterede indstilling er så refreshTokenPolicy = specific_inactivity:30:DAYS.",
  "report.restart":
    "Afslut Salesforce for Outlook fra meddelelsesområdet (højreklik på ikonet, vælg Afslut), start programmet igen, og log på én gang.",

  "report.verify.setup":
    "I Setup: åbn Edit Policies for Salesforce for Outlook (stierne ovenfor), og læs Refresh Token Policy under OAuth Policies.",
  "report.verify.metadata":
    "Står Salesforce for Outlook ikke under Manage Connected Apps: åbn Connected Apps OAuth Usage, og klik på Manage App Policies (eller Install) ud for den. En metadata-hentning virker ikke for SFO's app (Salesforce installerer den i en administreret pakke); Setup er autoriteten.",
  "report.verify.soql":
    "SOQL (skrivebeskyttet) kan ikke vise politikken: intet offentligt kobler felterne på ConnectedApplication til den. SFO's tokens kan give et fingerpeg: mange kortlivede tokens, der oprettes igen og igen for én bruger, betyder sandsynligvis en politik, der udløber:",

  "report.steps.classic": "Salesforce Classic:",
  "report.steps.lightning": "Lightning Experience:",
  "report.steps.user": "På brugerens computer:",

  "report.sidePanel.loggedOut": "Overskrift: {text}",
  "report.sidePanel.detail": "Detalje: {text}",
  "report.sidePanel.button": "Knap: {text}",
  "report.sidePanel.detailKey": "Nøgle for detaljeteksten: {key}",
  "report.sidePanel.unresolved":
    "SFO viser rå tekstnøgler (<<Unknown Label:...>>), sandsynligvis fordi dets sprogfiler ikke har tekst til dem. Det er højst sandsynligt kosmetisk; det egentlige problem er, at jeg blev logget ud.",

  "report.evidence.more": "({count, plural, one {# logfillinje mere er} other {# logfillinjer mere er}} ikke vist.)",
  "report.evidence.none": "Der er ingen logfillinjer vedhæftet.",

  "report.diag.status": "Status: {status}",
  "report.diag.cause": "Årsag: {cause} (sikkerhed {confidence})",
  "report.diag.noCause": "Årsag: ingen fundet",
  "report.diag.candidates": "Andre mulige årsager: {list}",
  "report.diag.policy": "Gæt på politik: {policy}",
  "report.diag.file": "Fil: {file}; logposter: {entries, number}; tegnsæt: {encoding}",
  "report.diag.removed": "Fjernet af hensyn til privatlivet: {list}",
  "report.diag.nothingRemoved": "Fjernet af hensyn til privatlivet: intet at fjerne",
  "report.diag.notRedacted": "Personlige oplysninger er IKKE fjernet fra denne rapport (adgangskoder og tokens er).",
  "report.diag.madeBy": "Lavet af SFO Sign-in Doctor på brugerens computer; værktøjet har ikke sendt noget nogen steder hen.",
  "report.diag.fromSidePanel": "Kilde: kun sidepanelet (ingen logfiler)",

  "report.kind.email": "e-mailadresser",
  "report.kind.windows-user": "Windows-brugernavne",
  "report.kind.ipv4": "IPv4-adresser",
  "report.kind.ipv6": "IPv6-adresser",
  "report.kind.record-id": "Salesforce-post-id'er",
  "report.kind.session-token": "sessions-id'er",
  "report.kind.bearer-token": "adgangstokens",
  "report.kind.password": "adgangskoder",
  "report.kind.display-name": "visningsnavne",
  "report.kind.windows-account": "DOMÆNE\\bruger-logonnavne",
  "report.kind.sid": "Windows-sikkerheds-id'er (SID'er)",
  "report.kind.machine-name": "computernavne",
  "report.kind.mail-file": "navne på Outlook-datafiler",
  "report.kind.outlook-profile": "Outlook-profilnavne",
  "report.kind.phone": "telefonnumre",
  "report.kind.contact-name": "navne på synkroniserede kontakter",
  "report.kind.item-text": "emner og tekst fra synkroniserede elementer",
  "report.kind.org-host": "organisationens Salesforce-værtsnavne",
  "report.kind.host": "interne værtsnavne",
  "report.kind.refresh-token": "opdateringstokens",
  "report.kind.auth-code": "OAuth-godkendelseskoder",
  "report.kind.secret": "andre legitimationsoplysninger (lange tilfældige tokens)",
};
export default report;
