import * as fs from "node:fs";
import * as path from "node:path";
import { defaultLogFolderCandidates, logFilesIn, SFO_LOG_NAME } from "../../../src/cli/read";
import { tempDir, writeTree } from "./run-cli";

describe("finding SFO logs", () => {
  it("knows Trace.log, AddinTrace.log and their roll-overs in any case, and nothing else", () => {
    for (const name of ["Trace.log", "AddinTrace.log", "trace.LOG", "Trace.log.3", "ADDINTRACE.log.12"])
      expect([name, SFO_LOG_NAME.test(name)]).toEqual([name, true]);
    for (const name of ["Trace.txt", "MyTrace.log", "Trace.log.bak", "Trace.log.1.zip"])
      expect([name, SFO_LOG_NAME.test(name)]).toEqual([name, false]);
  });

  it("also knows copies and renames of SFO logs: Trace (1).log, Trace.log.txt, AddinTrace (2).log, Trace-old.log", () => {
    for (const name of [
      "Trace (1).log",
      "Trace.log.txt",
      "AddinTrace (2).log",
      "addintrace-jens.LOG",
      "Trace-old.log",
      "Trace.log.2.txt",
    ]) {
      expect([name, SFO_LOG_NAME.test(name)]).toEqual([name, true]);
    }
    for (const name of ["Trace (1).txt", "NotTrace.log", "Trace.log.zip", "Trace.logx"])
      expect([name, SFO_LOG_NAME.test(name)]).toEqual([name, false]);
  });

  it("lists a folder's logs oldest roll-over first and ignores other files", () => {
    const dir = tempDir();
    writeTree(dir, { "Trace.log": "a", "Trace.log.1": "b", "Trace.log.2": "c", "AddinTrace.log": "d", "notes.txt": "e" });
    expect(logFilesIn(dir).map((f) => path.basename(f))).toEqual(["Trace.log.2", "Trace.log.1", "AddinTrace.log", "Trace.log"]);
    fs.rmSync(dir, { recursive: true });
  });

  it("looks where SFO keeps its logs for every version: %AppData%\\salesforce.com\\Salesforce for Outlook (2.5+ moved only the program files)", () => {
    const dirs = defaultLogFolderCandidates({ APPDATA: "C:\\Users\\ib\\AppData\\Roaming", PROGRAMDATA: "C:\\ProgramData" });
    expect(dirs).toEqual(["C:\\Users\\ib\\AppData\\Roaming\\salesforce.com\\Salesforce for Outlook"]);
    expect(defaultLogFolderCandidates({})).toEqual([]);
  });
});
