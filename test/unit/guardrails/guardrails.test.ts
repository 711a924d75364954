// The house's guard rails fire: each probe under ./probes/<room>/ breaks one rule, and both the lint
// (eslint.config.mjs) and the room's type check (src/<room>/tsconfig.json) are run on it as if it sat in
// src/<room>/. A clean probe per room shows the rails let allowed code through.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

jest.setTimeout(120_000);

const ROOT = path.resolve(__dirname, "../../..");
const PROBES = path.join(__dirname, "probes");
const OFFICE = /Office\.js is read only in src\/host/;

interface Expect {
  /** The rule that must fire, and the text the developer reads. */
  lint?: [rule: string, message: RegExp];
  /** The room's type check must fail with this diagnostic. */
  tsc?: RegExp;
}

const EXPECTED: Record<string, Expect> = {
  "engine/clean.ts": {},
  "engine/node-fs.ts": {
    lint: ["no-restricted-imports", /imports nothing outside src\/engine, no Node module/],
    tsc: /Cannot find module 'node:fs'/,
  },
  "engine/fs.ts": { lint: ["no-restricted-imports", /imports nothing outside src\/engine/], tsc: /Cannot find module 'fs'/ },
  "engine/package.ts": { lint: ["no-restricted-imports", /no package/] },
  "engine/other-room.ts": { lint: ["no-restricted-imports", /src\/engine must not import from src\/host/] },
  "engine/dynamic-import.ts": { lint: ["no-restricted-syntax", /loads no code at run time/] },
  "engine/buffer.ts": { lint: ["no-restricted-globals", /`Buffer` belongs to the host/], tsc: /Cannot find name 'Buffer'/ },
  "engine/process.ts": { lint: ["no-restricted-globals", /`process` belongs to the host/], tsc: /Cannot find name 'process'/ },
  "engine/require.ts": { lint: ["no-restricted-globals", /`require` belongs to the host/], tsc: /Cannot find name 'require'/ },
  "engine/local-storage.ts": { lint: ["no-restricted-globals", /`localStorage` belongs/], tsc: /Cannot find name 'localStorage'/ },
  "engine/navigator.ts": { lint: ["no-restricted-globals", /`navigator` belongs/], tsc: /Cannot find name 'navigator'/ },
  "engine/document.ts": { lint: ["no-restricted-globals", /`document` belongs/], tsc: /Cannot find name 'document'/ },
  "engine/window.ts": { lint: ["no-restricted-globals", /`window` belongs/], tsc: /Cannot find name 'window'/ },
  "engine/self.ts": { lint: ["no-restricted-globals", /`self` belongs/], tsc: /Cannot find name 'self'/ },
  "engine/global-this.ts": { lint: ["no-restricted-globals", /`globalThis` belongs/], tsc: /typeof globalThis/ },
  "engine/global-this-cast.ts": { lint: ["no-restricted-globals", /`globalThis` belongs/] },
  "engine/decompression-stream.ts": {
    lint: ["no-restricted-globals", /`DecompressionStream` belongs/],
    tsc: /Cannot find name 'DecompressionStream'/,
  },
  "engine/office.ts": { lint: ["no-restricted-syntax", OFFICE], tsc: /Cannot find name 'Office'/ },

  "host/clean.ts": {},
  "host/engine.ts": { lint: ["no-restricted-imports", /src\/host must not import from src\/engine/] },
  "host/taskpane.ts": { lint: ["no-restricted-imports", /src\/host must not import from src\/taskpane/] },
  "host/package.ts": { lint: ["no-restricted-imports", /src\/host points at nothing outside its room/] },
  "host/node-fs.ts": {
    lint: ["no-restricted-imports", /src\/host points at nothing outside its room/],
    tsc: /Cannot find module 'node:fs'/,
  },
  "host/office-initialize.ts": { lint: ["office-addins/no-office-initialize", /Office\.onReady\(\) is preferred/] },

  "taskpane/clean.ts": {},
  "taskpane/office.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-typeof.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-global-this.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-cast.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-window-string.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-self.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-template.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-reflect.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/office-type.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "taskpane/node-fs.ts": { lint: ["no-restricted-imports", /The pane runs in the browser/], tsc: /Cannot find module 'node:fs'/ },
  "taskpane/cli.ts": { lint: ["no-restricted-imports", /src\/taskpane must not import from src\/cli/] },
  "taskpane/process.ts": { tsc: /Cannot find name 'process'/ },

  "worker/clean.ts": {},
  "worker/office.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "worker/node-fs.ts": { lint: ["no-restricted-imports", /The pane's worker runs in the browser/], tsc: /Cannot find module 'node:fs'/ },
  "worker/host.ts": { lint: ["no-restricted-imports", /src\/worker must not import from src\/host/] },
  "worker/document.ts": { tsc: /Cannot find name 'document'/ },

  "cli/clean.ts": {},
  "cli/office.ts": { lint: ["no-restricted-syntax", OFFICE] },
  "cli/taskpane.ts": { lint: ["no-restricted-imports", /src\/cli must not import from src\/taskpane/] },
  "cli/document.ts": { tsc: /Cannot find name 'document'/ },
};

const probeFiles = readdirSync(PROBES).flatMap((room) => readdirSync(path.join(PROBES, room)).map((name) => `${room}/${name}`));

/** Type-checks the probes of one room with that room's tsconfig, each as if it were src/<room>/<name>. */
function typeCheck(room: string, names: string[]): Map<string, string[]> {
  const configFile = path.join(ROOT, "src", room, "tsconfig.json");
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configFile,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(String(d.messageText));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${configFile}`);
  const virtual = new Map(names.map((n) => [path.join(ROOT, "src", room, n), readFileSync(path.join(PROBES, room, n), "utf8")]));
  const host = ts.createCompilerHost(parsed.options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (f) => virtual.has(f) || fileExists.call(host, f);
  host.readFile = (f) => virtual.get(f) ?? readFile.call(host, f);
  host.getSourceFile = (f, lang, ...rest) =>
    virtual.has(f) ? ts.createSourceFile(f, virtual.get(f)!, lang) : getSourceFile.call(host, f, lang, ...rest);
  // The room's ambient declarations (src/engine/universal.d.ts…), then the probes.
  const roots = [...parsed.fileNames.filter((f) => f.endsWith(".d.ts")), ...virtual.keys()];
  const program = ts.createProgram({ rootNames: roots, options: parsed.options, host });
  const found = new Map<string, string[]>();
  for (const [file] of virtual) {
    const sf = program.getSourceFile(file)!;
    const diags = [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)];
    found.set(
      `${room}/${path.basename(file)}`,
      diags.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")),
    );
  }
  return found;
}

let lint: Record<string, { ruleId: string | null; message: string }[]>;
const tsc = new Map<string, string[]>();

beforeAll(() => {
  lint = JSON.parse(
    execFileSync(process.execPath, [path.join(__dirname, "lint-probes.mjs")], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 }),
  );
  const rooms = new Map<string, string[]>();
  for (const p of probeFiles) {
    const [room, name] = p.split("/");
    rooms.set(room, [...(rooms.get(room) ?? []), name]);
  }
  for (const [room, names] of rooms) for (const [k, v] of typeCheck(room, names)) tsc.set(k, v);
});

it("has an expectation for every probe file, and a probe file for every expectation", () => {
  expect(probeFiles.sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.entries(EXPECTED))("%s", (probe, expected) => {
  if (expected.lint) {
    const [rule, message] = expected.lint;
    it(`lint: ${rule} fires with its message`, () => {
      const hits = lint[probe].filter((m) => m.ruleId === rule);
      expect(hits.map((m) => m.message)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    });
  } else {
    it("lint: no house rule fires", () => {
      const house = lint[probe].filter((m) => /^no-restricted-|^office-addins\//.test(m.ruleId ?? ""));
      expect(house).toEqual([]);
    });
  }
  if (expected.tsc) {
    const message = expected.tsc;
    it("type check: the room's tsconfig rejects it", () => {
      expect(tsc.get(probe)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
    });
  } else if (!expected.lint) {
    it("type check: the room's tsconfig accepts it", () => {
      expect(tsc.get(probe)).toEqual([]);
    });
  }
});
