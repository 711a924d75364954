// Where SFO writes Trace.log and AddinTrace.log (SFO-FACTS §2): %AppData%\salesforce.com\Salesforce for
// Outlook for every version. 2.5+ moved only the program files (to %AppData%\Programs per user, or Program
// Files per machine); Salesforce KB 000214833 and 000220050 ("Location of the Logs and Sync Data") still
// give this folder. The pane's "Where are my logs?" and the CLI's default both read it from here.

export interface SfoLogFolder {
  /** The environment variable the folder hangs from (Windows). */
  env: "APPDATA";
  /** Folder names under it. */
  parts: readonly string[];
  /** As a person types it into File Explorer. */
  display: string;
  /** Public sources that give this folder. */
  sources: readonly string[];
}

export const SFO_LOG_FOLDERS: readonly SfoLogFolder[] = [
  {
    env: "APPDATA",
    parts: ["salesforce.com", "Salesforce for Outlook"],
    display: "%AppData%\\salesforce.com\\Salesforce for Outlook\\",
    sources: [
      "https://help.salesforce.com/s/articleView?id=000220050&type=1",
      "https://help.salesforce.com/s/articleView?id=000214833&type=1",
    ],
  },
];

/** The log folder as people read it in messages. */
export const SFO_LOG_FOLDER_TEXT = SFO_LOG_FOLDERS[0].display;
