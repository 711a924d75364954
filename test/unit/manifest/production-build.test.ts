import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import AdmZip from "adm-zip";
import { GUID, ROOT, checkAppPackage, checkManifest, manifestFacts, sourceManifest } from "./manifest-files";

const run = promisify(execFile);
const WEBPACK = path.join(ROOT, "node_modules/webpack-cli/bin/cli.js");
// A build takes 5–30 s on two cores alone, and minutes while other jobs share them: this is a guard
// against a hang, not a speed test.
const BUILD_TIMEOUT_MS = 300_000;

/** Runs a package.json build script's webpack command into a temp folder, as an admin would. */
async function build(script: string, env: Record<string, string>) {
  const command = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts[
    script
  ];
  const [tool, ...args] = command.split(" ");
  expect(tool).toBe("webpack");
  const out = mkdtempSync(path.join(tmpdir(), "sfo-dist-"));
  const { ADDIN_URL: _url, ADDIN_VARIANT: _variant, ...inherited } = process.env;
  await run(process.execPath, [WEBPACK, ...args, "--output-path", out], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  return out;
}

describe("npm run build with ADDIN_URL: a dist/ for any static HTTPS host", () => {
  const outputs: string[] = [];
  let built = ""; // the ADDIN_URL build of the first test
  afterAll(() => outputs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it(
    "writes a manifest with no localhost left that passes the offline checks, beside the pane and its icons",
    async () => {
      const dist = await build("build", { ADDIN_URL: "https://addins.example.com/sfo-doctor/" });
      outputs.push(dist);
      built = dist;
      const xml = readFileSync(path.join(dist, "manifest.xml"), "utf8");
      expect(xml).not.toMatch(/localhost/i);
      expect(manifestFacts(xml).sourceLocation).toBe("https://addins.example.com/sfo-doctor/taskpane.html");
      expect(manifestFacts(xml).appDomains).toEqual(["https://addins.example.com"]);
      expect(manifestFacts(xml).id).toBe(manifestFacts(sourceManifest()).id);
      expect(checkManifest(path.join(dist, "manifest.xml"))).toEqual([]);
      expect(existsSync(path.join(dist, "taskpane.html"))).toBe(true);
      // Scripts carry a content hash, so hosts may cache them for good.
      expect(readdirSync(dist).some((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f))).toBe(true);

      // The unified manifest beside it: same id, the same host, valid against the pinned schema.
      const unified = JSON.parse(readFileSync(path.join(dist, "manifest.json"), "utf8"));
      expect(JSON.stringify(unified)).not.toMatch(/localhost/i);
      expect(unified.id).toBe(manifestFacts(xml).id);
      expect(unified.extensions[0].runtimes[0].code.page).toBe("https://addins.example.com/sfo-doctor/taskpane.html");
      expect(checkAppPackage(dist)).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "npm run package zips that dist/'s unified manifest, Danish strings and icons into a package that validates",
    async () => {
      expect(built).not.toBe("");
      const dist = built;
      const { stdout } = await run(process.execPath, [path.join(ROOT, "scripts/package-app.mjs"), dist], { cwd: ROOT });
      expect(stdout).toContain("pane https://addins.example.com/sfo-doctor/taskpane.html");
      const zip = path.join(dist, "app-package.zip");
      expect(
        new AdmZip(zip)
          .getEntries()
          .map((e) => e.entryName)
          .sort(),
      ).toEqual(["color.png", "da.json", "manifest.json", "outline.png"]);
      expect(checkAppPackage(zip)).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "npm run build:test gives the manifest its own GUID and a (test) name",
    async () => {
      const dist = await build("build:test", { ADDIN_URL: "https://addins.example.com/sfo-doctor-test/" });
      outputs.push(dist);
      const facts = manifestFacts(readFileSync(path.join(dist, "manifest.xml"), "utf8"));
      const unified = JSON.parse(readFileSync(path.join(dist, "manifest.json"), "utf8"));
      expect(unified.id).toBe(facts.id);
      expect(unified.name.short).toBe("SFO Sign-in Doctor (test)");
      expect(checkAppPackage(dist)).toEqual([]);
      expect(facts.id).toMatch(GUID);
      expect(facts.id).not.toBe(manifestFacts(sourceManifest()).id);
      expect(facts.names[0]).toBe("SFO Sign-in Doctor (test)");
      expect(checkManifest(path.join(dist, "manifest.xml"))).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );

  it(
    "fails on an http:// ADDIN_URL with one clear line and writes nothing",
    async () => {
      const out = mkdtempSync(path.join(tmpdir(), "sfo-dist-"));
      outputs.push(out);
      const failure = await run(process.execPath, [WEBPACK, "--mode", "production", "--output-path", out], {
        cwd: ROOT,
        env: { ...process.env, ADDIN_URL: "http://addins.example.com/sfo-doctor/" },
      }).then(
        () => undefined,
        (error: { code: number; stderr: string; stdout: string }) => error,
      );
      expect(failure?.code).not.toBe(0);
      const output = `${failure?.stdout ?? ""}${failure?.stderr ?? ""}`.trim();
      expect(output.split("\n")).toHaveLength(1);
      expect(output).toContain("ADDIN_URL must be an https:// URL: Outlook only loads add-ins over HTTPS");
      expect(output).toContain('got "http://addins.example.com/sfo-doctor/"');
      expect(readdirSync(out)).toEqual([]);
    },
    BUILD_TIMEOUT_MS,
  );
});
