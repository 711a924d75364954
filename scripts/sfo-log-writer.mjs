// Big generated SFO logs for the benches (scripts/bench/*): log4net lines in SFO's two layouts and a
// writer that batches them. Lives outside scripts/bench/ because scripts/bench.mjs runs every file there.
import { closeSync, openSync, renameSync, writeSync } from "node:fs";

const stamp = (ms) => new Date(ms).toISOString().replace("T", " ").replace("Z", "").replace(".", ",");

/** SFO's padded layout: `2024-01-08 08:00:00,000 [3364      ] DEBUG general         message`, CRLF. */
export const padded = (ms, thread, level, logger, msg) =>
  `${stamp(ms)} [${String(thread).padEnd(10)}] ${level.padEnd(5)} ${logger.padEnd(15)} ${msg}\r\n`;

/** SFO's collapsed layout: `2024-01-08 08:00:00,000 [3364] DEBUG general message`, CRLF. */
export const collapsed = (ms, thread, level, logger, msg) => `${stamp(ms)} [${thread}] ${level} ${logger} ${msg}\r\n`;

/**
 * Writes lines to `path + ".tmp"` in batches of about 4 MiB and renames it onto `path` on close, so an
 * interrupted run never leaves a short log at `path` (the benches regenerate only a missing file).
 */
export function createLogWriter(path) {
  const tmp = path + ".tmp";
  const fd = openSync(tmp, "w");
  let lines = [];
  let pending = 0;
  let written = 0;
  const flush = () => {
    const s = lines.join("");
    writeSync(fd, s);
    written += Buffer.byteLength(s);
    lines = [];
    pending = 0;
  };
  return {
    write(line) {
      lines.push(line);
      pending += line.length;
      if (pending > 4 << 20) flush();
    },
    /** Bytes so far, written or waiting (the lines are ASCII). */
    get size() {
      return written + pending;
    },
    close() {
      flush();
      closeSync(fd);
      renameSync(tmp, path);
    },
  };
}
