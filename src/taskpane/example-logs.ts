// The seed logs (test/fixtures/seed-*.log, CRLF kept) so that "Try the example" works offline in one click.
// test/component/logs-example.test.tsx checks they stay identical to the fixtures.
export interface ExampleLog {
  name: string;
  text: string;
}

export const EXAMPLE_LOGS: readonly ExampleLog[] = [
  {
    name: "Trace.log",
    text: "2015-04-24 15:17:11,290 [13152] ERROR sfdcsession LogOn failed with exception - token validity expired\r\n2015-04-24 15:18:55,635 [3604] DEBUG general Application status changed to SalesforceNotConnected, SalesforceCredentialsInvalid\r\n2015-04-24 15:21:06,567 [3364] DEBUG general Not running Synchronize: cannot sync now Status:SalesforceNotConnected, SalesforceCredentialsInvalid\r\n",
  },
  {
    name: "AddinTrace.log",
    text: "2015-04-24 15:18:50,362 [4816] DEBUG adxsidepanel NavigateTo: url= file:///C:/Users/xxxx/AppData/Roaming/salesforce.com/Salesforce for Outlook/sidepanelcontainer.htm?loggedOutLabel=<<Unknown Label:loggedOut>>&loggedOutDetailLabel=<<Unknown Label:oauthPolicy>>&buttonLabel=<<Unknown Label:loginButton>>\r\n",
  },
];
