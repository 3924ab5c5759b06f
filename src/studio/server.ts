/**
 * The studio's HTTP server: Node's own `http`, bound to 127.0.0.1, every answer under the
 * per-run token (./security.ts) and the studio's Content Security Policy. It serves Decap CMS's
 * bundle from node_modules, the studio's own pages (./ui/), Decap's configuration made from
 * the schemas, Decap's proxy backend (./proxy.ts) and the studio's actions (./actions.ts).
 * Nothing it serves asks for anything from another host.
 */
import { readFile } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { stopBuild, studioActions } from "./actions.ts";
import { messageLocale } from "../i18n/messages.ts";
import { decapConfig } from "./decap-config.ts";
import { Gatekeeper } from "./gatekeeper.ts";
import { repoState, type RepoState } from "./history.ts";
import { proxyAction, StudioError, type ProxyContext } from "./proxy.ts";
import { SitePreview, SITE_CSP } from "./site-preview.ts";
import { say, STRINGS } from "./strings.ts";
import {
  checkRequest,
  DECAP_CSP,
  newToken,
  STUDIO_CSP,
  studioAddress,
  type Guard,
} from "./security.ts";

const UI = join(import.meta.dirname, "ui");
const DECAP = join(
  dirname(createRequire(import.meta.url).resolve("decap-cms/package.json")),
  "dist",
);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".zip": "application/zip",
  ".pdf": "application/pdf",
};

/** Largest request body: a Decap save with an image in it, base64. */
const MAX_BODY = 40 * 1024 * 1024;

export interface StudioOptions {
  root: string;
  port: number;
  token?: string;
}

export interface Studio {
  server: Server;
  address: string;
  guard: Guard;
  close(): Promise<void>;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  csp = STUDIO_CSP,
) {
  res.writeHead(status, {
    "content-type": type,
    "content-security-policy": csp,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
    "cross-origin-resource-policy": "same-origin",
  });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, TYPES[".json"] ?? "", JSON.stringify(value));

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new StudioError(say(STRINGS.tooLarge), 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new StudioError("bad JSON", 400);
  }
}

/** A file of the studio's UI or of Decap's bundle, by its path under the token. */
async function staticFile(path: string): Promise<{ type: string; bytes: Buffer } | undefined> {
  const page = path === "" ? "index.html" : path === "cms/" ? "cms.html" : path;
  let file: string | undefined;
  if (/^cms\/[\w.-]+\.(?:js|wasm)$/u.test(page) && !page.startsWith("cms/cms-")) {
    file = join(DECAP, page.slice("cms/".length));
  } else if (/^(?:cms\/)?[\w-]+\.(?:html|js|css|svg|png)$/u.test(page)) {
    file = join(UI, page.replace(/^cms\//u, ""));
  }
  if (!file) return undefined;
  try {
    return {
      type: TYPES[extname(file)] ?? "application/octet-stream",
      bytes: await readFile(file),
    };
  } catch {
    return undefined;
  }
}

export async function startStudio(options: StudioOptions): Promise<Studio> {
  const token = options.token ?? newToken();
  let repo: Promise<RepoState> = repoState(options.root);
  const gate = new Gatekeeper(options.root);
  const site = new SitePreview(options.root, `/s/${token}/site/`);
  const context: ProxyContext = {
    root: options.root,
    gate,
    repo: () => repo,
    writing: (paths) => site.changed(paths),
  };
  const guard: Guard = { port: options.port, token };
  const actions = studioActions({
    ...context,
    site,
    refreshRepo: () => {
      repo = repoState(options.root);
      return repo;
    },
  });
  // Made once per language: the schemas do not change while the studio runs.
  const configs = new Map<string, string>();
  const config = () => {
    const lang = messageLocale();
    let made = configs.get(lang);
    if (made === undefined) {
      made = JSON.stringify(decapConfig({ proxyUrl: `/s/${token}/api` }));
      configs.set(lang, made);
    }
    return made;
  };

  const server = createServer((req, res) => {
    void (async () => {
      const verdict = checkRequest(guard, {
        method: req.method ?? "GET",
        url: req.url ?? "/",
        headers: req.headers,
      });
      if (!verdict.ok) {
        send(res, verdict.status, "text/plain; charset=utf-8", verdict.reason);
        return;
      }
      const { path, raw, search } = verdict;
      try {
        if (req.method === "POST" && path === "api") {
          const body = (await readBody(req)) as Parameters<typeof proxyAction>[1];
          sendJson(res, 200, await proxyAction(context, body));
          return;
        }
        if (req.method === "POST" && path.startsWith("studio/")) {
          const action = actions[path.slice("studio/".length)];
          if (!action) throw new StudioError("no such action", 404);
          sendJson(res, 200, await action((await readBody(req)) as Record<string, unknown>));
          return;
        }
        if (req.method !== "GET" && req.method !== "HEAD") throw new StudioError("GET only", 405);
        if (path.startsWith("site/")) {
          const page = await site.fetch(raw.slice("site/".length) + search);
          send(res, page.status, page.type, page.body, SITE_CSP);
          return;
        }
        if (path === "config.json") {
          send(res, 200, TYPES[".json"] ?? "", config());
          return;
        }
        if (path.startsWith("download/")) {
          const file = await actions["download"]?.({ name: path.slice("download/".length) });
          const bytes = (file as { bytes?: Buffer } | undefined)?.bytes;
          if (!bytes) throw new StudioError("not found", 404);
          send(res, 200, TYPES[extname(path)] ?? "application/octet-stream", bytes);
          return;
        }
        const file = await staticFile(path);
        if (!file) throw new StudioError("not found", 404);
        send(res, 200, file.type, file.bytes, path.startsWith("cms/") ? DECAP_CSP : STUDIO_CSP);
      } catch (error) {
        const status = error instanceof StudioError ? error.status : 500;
        if (!(error instanceof StudioError)) console.error(error);
        const message = error instanceof Error ? error.message : String(error);
        sendJson(res, status, {
          error: message,
          problems: error instanceof StudioError ? error.problems : [],
        });
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, "127.0.0.1", () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  // Loads the gate, the fonts and the print templates while the browser opens, so the first
  // preview is as quick as the next.
  void actions["warmUp"]?.({}).catch(() => undefined);
  guard.port = port;
  return {
    server,
    guard,
    address: studioAddress(guard),
    close: () =>
      new Promise<void>((resolve) => {
        stopBuild();
        site.stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
