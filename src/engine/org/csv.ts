// The per-user table as CSV (RFC 4180), shared by `sfo-doctor org --csv` and the pane's export.
import type { OrgReport, OrgUser } from "./types";

// A cell starting with = + - @ would run as a formula in a spreadsheet; a quote defuses it.
export const csvCell = (value: string): string => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export const ORG_CSV_COLUMNS = [
  "user",
  "failing",
  "latest_status",
  "latest_time",
  "cause",
  "failures",
  "first_failure",
  "last_failure",
  "statuses",
  "sign_ins",
  "logins",
  "client_version",
  "tls_protocol",
] as const;

/** The header line of the per-user CSV, with its line end. */
export const orgCsvHeader = (): string => `${ORG_CSV_COLUMNS.join(",")}\r\n`;

/** One user's line of the per-user CSV, with its line end. */
export function orgCsvRow(u: OrgUser): string {
  const c = u.causes.find((x) => x.cause === u.cause) ?? null;
  return (
    [
      u.user,
      u.failing ? "yes" : "no",
      u.latest?.status ?? "",
      u.latest?.time ?? "",
      u.cause ?? "",
      String(u.failures),
      c?.first ?? "",
      c?.last ?? "",
      c?.statuses.join("; ") ?? "",
      String(u.signIns),
      String(u.logins),
      u.clientVersion ?? "",
      u.tlsProtocol ?? "",
    ]
      .map(csvCell)
      .join(",") + "\r\n"
  );
}

export function renderOrgCsv(report: OrgReport): string {
  return orgCsvHeader() + report.users.map(orgCsvRow).join("");
}
