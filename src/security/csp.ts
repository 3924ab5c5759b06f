/**
 * The Content Security Policy, shared by the `<meta>` tag on every page and the `_headers` file.
 * Nothing may load from any host but our own: that is the privacy promise of the site.
 */
import { createHash } from "node:crypto";

/**
 * Runs before first paint so elder mode does not flash the normal layout, and marks `html.js` so
 * controls that need JavaScript (the elder-mode switch) are laid out from the first paint rather
 * than appearing later and pushing the page down. It is the only inline script, allowed by its
 * hash; everything else is a file of our own.
 */
export const ELDER_BOOT_SCRIPT =
  'document.documentElement.classList.add("js");try{if(localStorage.getItem("pingan-elder")==="1")document.documentElement.classList.add("elder")}catch(e){}';

function sha256(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

const directives: Record<string, string[]> = {
  "default-src": ["'self'"],
  // Pagefind's search runs as WebAssembly, which needs wasm-unsafe-eval (not unsafe-eval).
  "script-src": ["'self'", sha256(ELDER_BOOT_SCRIPT), "'wasm-unsafe-eval'"],
  "style-src": ["'self'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "media-src": ["'self'"],
  "object-src": ["'none'"],
  "frame-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
};

function serialise(extra: Record<string, string[]> = {}): string {
  return Object.entries({ ...directives, ...extra })
    .map(([name, values]) => `${name} ${values.join(" ")}`)
    .join("; ");
}

/** For `<meta http-equiv>`: browsers ignore frame-ancestors there, so it is left out. */
export const cspMeta = serialise();

/** For the HTTP header, where frame-ancestors works (no site may frame ours). */
export const cspHeader = serialise({ "frame-ancestors": ["'none'"] });

/** Security headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages, …). */
export function headersFile(): string {
  const headers = [
    `Content-Security-Policy: ${cspHeader}`,
    "Referrer-Policy: no-referrer",
    "X-Content-Type-Options: nosniff",
    "X-Frame-Options: DENY",
    "Cross-Origin-Opener-Policy: same-origin",
    "Cross-Origin-Resource-Policy: same-origin",
    "Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=()",
    "Strict-Transport-Security: max-age=31536000",
  ];
  return `/*\n${headers.map((line) => `  ${line}`).join("\n")}\n`;
}
