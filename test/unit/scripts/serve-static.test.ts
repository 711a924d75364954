// The static server the e2e tests, the size check and the pane bench share: it serves the built pane
// and nothing outside its folder, whatever the request path says.
import * as fs from "node:fs";
import type { Server } from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { serveDir } from "../../../scripts/serve-static";

let dir: string;
let url: string;
let server: Server;
const requests: string[] = [];

beforeAll(async () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "serve-static-"));
  fs.writeFileSync(path.join(root, "secret.txt"), "outside");
  dir = path.join(root, "dist");
  fs.mkdirSync(path.join(dir, "assets"), { recursive: true });
  fs.writeFileSync(path.join(dir, "taskpane.html"), "<h1>pane</h1>");
  fs.writeFileSync(path.join(dir, "assets", "app.js"), "console.log(1)");
  ({ url, server } = await serveDir(dir, { onRequest: (p) => requests.push(p) }));
});
afterAll(() => {
  server.close();
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
});

// fetch() would normalise "/../" away before sending; a raw request sends the path as written.
async function get(pathname: string): Promise<{ status: number; type: string | undefined; body: string }> {
  const { request } = await import("node:http");
  return new Promise((resolve, reject) => {
    request(url + pathname.replace(/^\//, ""), { path: pathname }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    })
      .on("error", reject)
      .end();
  });
}

it("serves the pane at / and its files with their types", async () => {
  expect(await get("/")).toMatchObject({ status: 200, body: "<h1>pane</h1>", type: "text/html; charset=utf-8" });
  expect(await get("/assets/app.js?v=1")).toMatchObject({ status: 200, type: "text/javascript; charset=utf-8" });
  expect(requests).toEqual(["/", "/assets/app.js?v=1"]);
});

it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/assets/../../secret.txt", "/..%2fsecret.txt", "/%E0%A4%A", "/assets", "/missing.js"])(
  "answers 404 for %s, never a file outside the folder",
  async (p) => {
    const res = await get(p);
    expect(res.status).toBe(404);
    expect(res.body).not.toContain("outside");
  },
);
