import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../graph/bench/static-server.ts";
import { scratchDir } from "../support/scratch.ts";

/** The status of a GET of `path` sent as written, which fetch() would normalise first. */
function statusOf(server: StaticServer, path: string): Promise<number> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    request({ host: "127.0.0.1", port, path }, (response) => {
      response.resume();
      resolve(response.statusCode!);
    })
      .on("error", reject)
      .end();
  });
}

describe("static host: the site's plainest server", () => {
  const root = scratchDir("static-host");
  let server: StaticServer;

  beforeAll(async () => {
    await mkdir(join(root, "data"), { recursive: true });
    await writeFile(join(root, "index.html"), "<!doctype html>");
    await writeFile(join(root, "data", "atlas.json"), "{}");
    server = await serveStatic(root);
  });
  afterAll(() => server.close());

  const rows: [string, number][] = [
    ["/", 200],
    ["/data/atlas.json", 200],
    ["/data/", 404],
    ["/missing.json", 404],
    ["//", 200],
    ["/%E0%A4%A", 400],
    ["/..%2F..%2Fetc%2Fpasswd", 403],
  ];
  for (const [path, status] of rows) {
    it(`static host: ${path} answers ${status}, and the server stays up`, async () => {
      expect(await statusOf(server, path)).toBe(status);
      expect(await statusOf(server, "/")).toBe(200);
    });
  }
});
