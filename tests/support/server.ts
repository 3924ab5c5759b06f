/**
 * A static file server for a built site, the way a plain static host serves it: under a base
 * path, `/a/` → `a/index.html`, 404.html for anything missing. Loopback only.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".pdf": "application/pdf",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveDist(dist: string, base = "/"): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
    let file: string | undefined;
    if (path.startsWith(base)) {
      const inside = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, "");
      const candidate = join(dist, inside);
      if (existsSync(candidate) && statSync(candidate).isFile()) file = candidate;
      else if (existsSync(join(candidate, "index.html"))) file = join(candidate, "index.html");
    }
    const status = file ? 200 : 404;
    file ??= join(dist, "404.html");
    response.writeHead(status, {
      "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
      "Cache-Control": "no-store",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
