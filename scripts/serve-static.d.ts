// Types for scripts/serve-static.js (plain CommonJS, shared by the .mjs scripts and the e2e harness).
import type { Server } from "node:http";
/** The file under dir that a request path names, or null when it leaves dir or names no file. */
export function fileFor(dir: string, urlPath: string | undefined): string | null;
/** Serves dir on 127.0.0.1 at a free port; "/" is taskpane.html. */
export function serveDir(dir: string, options?: { onRequest?: (path: string) => void }): Promise<{ url: string; server: Server }>;
export const TYPES: Record<string, string>;
