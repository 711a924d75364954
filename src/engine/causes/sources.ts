// Public addresses the catalog's wordings were copied from (listed with the texts in
// test/fixtures/real/README.md). One place, so a moved page is fixed once.
export const WORDING_SOURCES = {
  /** Salesforce KB 000383531 (older copy 000240205): the seed article, SFO's log lines and side panel. */
  seed: "https://help.salesforce.com/s/articleView?id=000383531&type=1",
  /** Salesforce Help, OAuth 2.0 Authorization Errors: `{"error":"invalid_grant","error_description":"expired access/refresh token"}` and the error table. */
  oauthErrors: "https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_flow_errors.htm&type=5",
  /** EventLogFile Login event type: the LOGIN_STATUS values Login History shows. */
  loginStatus: "https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login.htm",
  /** SOAP API ExceptionCode list (LOGIN_MUST_USE_SECURITY_TOKEN, INVALID_LOGIN). */
  soapFaults: "https://developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_concepts_core_data_objects.htm",
  /** Salesforce 005132365: the September 2025 connected-app usage restriction. */
  appUsageRestriction: "https://help.salesforce.com/s/articleView?id=005132365&type=1",
  /** Salesforce's TLS 1.0 disablement notice (UNSUPPORTED_CLIENT). */
  tls: "https://help.salesforce.com/s/articleView?id=000383617&type=1",
  /** .NET WebException texts for TLS failures. */
  dotnetTls: "https://learn.microsoft.com/en-us/dotnet/framework/network-programming/tls",
  /** .NET WebExceptionStatus and its messages. */
  dotnetWeb: "https://learn.microsoft.com/en-us/dotnet/api/system.net.webexceptionstatus",
  /** Windows Sockets error 10060 (WSAETIMEDOUT). */
  dotnetSocket: "https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2",
  /** Connected app session policies: High Assurance session required. */
  sessionLevel: "https://help.salesforce.com/s/articleView?id=xcloud.connected_app_edit_ip_ranges.htm&type=5",
  /** Salesforce KB 000383282: SFO's Outlook profile dialog. */
  profile: "https://help.salesforce.com/s/articleView?id=000383282&type=1",
  /** Salesforce KB 000239994: the older wording of the profile dialog. */
  profileOld: "https://help.salesforce.com/s/articleView?id=000239994&type=1",
  /** The 2014 wording of the profile dialog. */
  profile2014: "https://help.salesforce.com/s/articleView?id=000239994&type=1",
} as const;
