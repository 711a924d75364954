// The `sf data query` command lines an admin runs to export what `sfo-doctor org` reads. SOQL filters
// only on fields Salesforce lets it filter on (SFO-FACTS §7): LoginHistory not on Application or Status,
// so those are filtered by the reader; OauthToken on AppName; SetupAuditTrail on CreatedDate.
// sf data query: https://developer.salesforce.com/docs/platform/salesforce-cli-reference/guide/cli_reference_data_query.html
import type { OrgKind } from "./types";

export interface OrgQuery {
  kind: OrgKind;
  soql: string;
  file: string;
  format: "csv" | "json";
}

export function orgQueries(days = 30): OrgQuery[] {
  return [
    {
      kind: "login-history",
      soql: `SELECT UserId, LoginTime, LoginType, LoginSubType, Status, Application, ClientVersion, Browser, Platform, SourceIp, TlsProtocol FROM LoginHistory WHERE LoginTime = LAST_N_DAYS:${days}`,
      file: "login-history.csv",
      format: "csv",
    },
    {
      kind: "oauth-token",
      soql: "SELECT UserId, AppName, CreatedDate, LastUsedDate, UseCount FROM OauthToken WHERE AppName = 'Salesforce for Outlook'",
      file: "oauth-tokens.json",
      format: "json",
    },
    {
      kind: "setup-audit-trail",
      soql: `SELECT CreatedDate, CreatedBy.Username, Action, Section, Display FROM SetupAuditTrail WHERE CreatedDate = LAST_N_DAYS:${Math.min(days, 180)} ORDER BY CreatedDate DESC`,
      file: "setup-audit-trail.json",
      format: "json",
    },
  ];
}

/** One shell line per query; `--output-file` keeps sf's own messages out of the file. */
export function queryCommandLine(q: OrgQuery): string {
  const format = q.format === "csv" ? "--result-format csv" : "--result-format json";
  return `sf data query --query "${q.soql}" ${format} --output-file ${q.file}`;
}
