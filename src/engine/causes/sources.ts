// Public addresses that several of the catalog's wordings were copied from (every wording and its
// address is also listed in test/fixtures/real/wordings.json and README.md). One place, so a moved page is fixed once.
export const WORDING_SOURCES = {
  /** Salesforce KB 000383531 (older copy 000240205): the seed article, SFO's log lines and side panel. */
  seed: "https://help.salesforce.com/s/articleView?id=000383531&language=da&type=1",
  /** Salesforce Help, OAuth 2.0 Authorization Errors: `{"error":"invalid_grant","error_description":"expired access/refresh token"}`. */
  oauthErrors: "https://help.salesforce.com/s/articleView?id=xcloud.remoteaccess_oauth_flow_errors.htm&language=ja&type=5",
  /** EventLogFile LOGIN_STATUS values: the statuses Login History shows. */
  loginStatus:
    "https://developer.salesforce.com/docs/atlas.en-us.264.0.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm",
  /** The same list in Japanese. */
  loginStatusJa:
    "https://developer.salesforce.com/docs/atlas.ja-jp.210.0.object_reference.meta/object_reference/sforce_api_objects_eventlogfile_login_status.htm",
  /** Salesforce KB 000383282: SFO's Outlook profile dialogs (three wordings). */
  profile: "https://help.salesforce.com/s/articleView?id=000383282&language=de&type=1",
} as const;
