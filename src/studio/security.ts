/**
 * Who may drive the studio. It listens on 127.0.0.1 only; a request is answered only when its
 * `Host` is this address (a DNS-rebinding page has its own host name there), its `Origin`, when
 * the browser sends one, is this origin (another site's page cannot post to us), and its path
 * starts with the per-run token (`/s/<token>/`), which only the person who started the studio
 * was shown. The checks are pure so that they are tested one by one.
 */
import { randomBytes, timingSafeEqual } from "node:crypto";

export interface Guard {
  port: number;
  token: string;
}

export type Verdict =
  | {
      ok: true;
      /** Decoded, under the token. */
      path: string;
      /** As sent (still encoded), under the token, for passing on to the page preview. */
      raw: string;
      /** The query string, `?…` or "". */
      search: string;
    }
  | { ok: false; status: 400 | 403 | 404; reason: string };

export interface RequestFacts {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

/** 24 random bytes, URL-safe: not guessable, short enough to read in a terminal. */
export const newToken = (): string => randomBytes(24).toString("base64url");

export const hostsOf = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

export const originsOf = (port: number): string[] => hostsOf(port).map((host) => `http://${host}`);

/** The address to open: the token is part of it, so a bookmark or a click on it just works. */
export const studioAddress = (guard: Guard): string =>
  `http://127.0.0.1:${guard.port}/s/${guard.token}/`;

function header(facts: RequestFacts, name: string): string | undefined {
  const value = facts.headers[name];
  return Array.isArray(value) ? value.join(",") : value;
}

function sameToken(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether to answer a request, and the path under the token it asks for (`""` is the start page). */
export function checkRequest(guard: Guard, facts: RequestFacts): Verdict {
  const host = header(facts, "host");
  if (!host || !hostsOf(guard.port).includes(host.toLowerCase())) {
    return { ok: false, status: 403, reason: "wrong Host" };
  }
  const origin = header(facts, "origin");
  if (origin !== undefined && !originsOf(guard.port).includes(origin.toLowerCase())) {
    return { ok: false, status: 403, reason: "wrong Origin" };
  }
  // Anything that changes something must say where it comes from (browsers always do).
  if (facts.method !== "GET" && facts.method !== "HEAD" && origin === undefined) {
    return { ok: false, status: 403, reason: "no Origin" };
  }
  if (header(facts, "sec-fetch-site") === "cross-site") {
    return { ok: false, status: 403, reason: "cross-site request" };
  }
  let pathname: string;
  let search: string;
  try {
    ({ pathname, search } = new URL(facts.url, "http://127.0.0.1"));
  } catch {
    return { ok: false, status: 400, reason: "bad address" };
  }
  const match = /^\/s\/([A-Za-z0-9_-]+)(\/.*)?$/u.exec(pathname);
  if (!match || !sameToken(match[1] ?? "", guard.token)) {
    return { ok: false, status: 404, reason: "no token" };
  }
  const rest = match[2] ?? "/";
  let path: string;
  try {
    path = decodeURIComponent(rest.slice(1));
  } catch {
    return { ok: false, status: 400, reason: "bad address" };
  }
  if (path.split("/").some((part) => part === ".." || part === ".")) {
    return { ok: false, status: 400, reason: "bad path" };
  }
  return { ok: true, path, raw: rest.slice(1), search };
}

/**
 * Only our own origin: Decap's styles are injected by its CSS-in-JS library at run time, so
 * style-src allows inline styles (a style cannot fetch anything under this policy); images
 * Decap shows from memory are blob: and data: addresses, and an image just chosen for upload is
 * read back from its blob: address before it is sent (connect-src blob:, memory of this page
 * only). No script is inline.
 */
export const STUDIO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob:",
  "media-src 'self' blob:",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "frame-ancestors 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * Decap's frame: the same, plus 'unsafe-eval', because Decap checks its configuration with
 * ajv, which compiles each check into a function from text. It lets no request leave the
 * machine (every fetch directive is still 'self'); the studio's own pages do without it.
 */
export const DECAP_CSP = STUDIO_CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-eval'");
