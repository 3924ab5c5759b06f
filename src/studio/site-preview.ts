/**
 * The page preview: a page as residents see it, drawn by the site's own pages, layout and styles
 * (Astro's dev server over the project, run as a child: ./site-dev.ts) and shown by the studio
 * under its own origin, token and CSP (`/s/<token>/site/…`). Why a dev server and not Astro's
 * container API: docs/studio-design.md ("Page preview").
 *
 * After a save the dev server reloads the entry from disk; a preview asked for in the meantime
 * waits until the dev server says it has ("Reloaded data from …"), at most RELOAD_WAIT_MS.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { basename, dirname, join } from "node:path";
import { locales, type Locale } from "../i18n/locales.ts";

/** The longest a preview waits for the dev server to take in a saved file. */
const RELOAD_WAIT_MS = 2500;

/** The preview's own policy: the page's styles (inline in dev) and images, and no script at all. */
export const SITE_CSP = [
  "default-src 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join("; ");

/** Where a content file is shown on the site (locale prefix, no base): undefined if nowhere. */
export function pageRoute(path: string): string | undefined {
  const match = /^content\/(bulletins|explainers|guides|qa|pages)\/([^/]+)\/([^/]+)\.mdx?$/u.exec(
    path,
  );
  if (!match) return undefined;
  const [, collection, locale, slug] = match as unknown as [string, string, string, string];
  const info = locales[locale as Locale] as (typeof locales)[Locale] | undefined;
  if (!info) return undefined;
  const prefix = info.prefix ? `${info.prefix}/` : "";
  switch (collection) {
    case "qa":
      return `${prefix}qa/#${slug}`;
    case "guides":
      return slug === "report" ? `${prefix}report/` : `${prefix}guides/${slug}/`;
    case "pages":
      return `${prefix}${slug}/`;
    default:
      return `${prefix}${collection}/${slug}/`;
  }
}

/**
 * A page without scripts, as the preview shows it: it shows the look and runs nothing. The
 * page's own CSP meta goes too: in dev Astro inlines the styles, which that policy (styles from
 * files only, as built) would block; the preview's policy (SITE_CSP, sent with it) allows no
 * script at all and nothing from another host.
 */
export function withoutScripts(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/giu, "")
    .replace(/<meta\s+http-equiv="Content-Security-Policy"[^>]*>/giu, "");
}

/**
 * The environment for Astro's dev server: the studio's own, without Vite's variables (BASE_URL,
 * MODE, NODE_ENV, …), which Vite would obey. A studio started by a test runner has them.
 */
function devEnv(): NodeJS.ProcessEnv {
  const vite = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !vite.has(key) && !key.startsWith("VITEST")),
  );
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

export class SitePreview {
  private child: ChildProcess | undefined;
  private port = 0;
  private ready: Promise<void> | undefined;
  private failed = "";
  /** Saved files the dev server has not reloaded yet, with what to call when it has. */
  private pending = new Map<string, () => void>();
  private waits = new Set<Promise<void>>();
  /** Pages that must show newly saved images, by route. */
  private images = new Map<string, { names: string[]; until: number }>();
  /** The page each route showed last, and the routes a save has made out of date. */
  private shown = new Map<string, string>();
  private stale = new Map<string, number>();
  /** Milliseconds the dev server took to start and draw its first page. */
  startMs = 0;

  private readonly root: string;
  /** The base path the dev server answers under: the studio's `/s/<token>/site/`. */
  readonly base: string;

  constructor(root: string, base: string) {
    this.root = root;
    this.base = base;
  }

  /** Starts the dev server (once); resolves when it has drawn its first page. */
  start(): Promise<void> {
    this.ready ??= (async () => {
      this.port = await freePort();
      const child = spawn(
        process.execPath,
        [join(import.meta.dirname, "site-dev.ts"), this.root, String(this.port), this.base],
        {
          cwd: this.root,
          // The studio gates every save itself; the dev server need not run the gate again.
          env: { ...devEnv(), PINGAN_GATE: "done", FORCE_COLOR: "0", NO_COLOR: "1" },
          stdio: ["pipe", "pipe", "pipe"],
        },
      );
      this.child = child;
      let log = "";
      await new Promise<void>((resolve, reject) => {
        child.stdout?.on("data", (chunk: Buffer) => {
          const text = chunk.toString();
          log = (log + text).slice(-4000);
          const ready = /STUDIO-SITE-READY (\d+)/u.exec(text);
          if (ready) {
            this.startMs = Number(ready[1]);
            resolve();
          }
          for (const line of text.matchAll(/Reloaded data from (\S+)/gu))
            this.reloaded(line[1] ?? "");
        });
        child.stderr?.on("data", (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
        child.once("exit", (code) => {
          this.child = undefined;
          this.failed = `网站预览停止了（${code ?? "signal"}）：${log.slice(-600)}`;
          reject(new Error(this.failed));
        });
      });
    })();
    return this.ready;
  }

  /** The dev server logged a reload of `entry` (relative to its collection's folder). */
  private reloaded(entry: string) {
    for (const [path, done] of this.pending) {
      if (path.endsWith(`/${entry}`)) {
        this.pending.delete(path);
        done();
      }
    }
  }

  /** Files just written: a preview asked for now waits until the dev server has them. */
  changed(paths: readonly string[]) {
    if (!this.child) return;
    // A new image is read a moment after its entry (Astro regenerates its map of content
    // images once the entry is in): the entry's page is awaited until it names the image.
    const images = paths.filter((path) => /\.(?:jpe?g|png|webp)$/iu.test(path));
    for (const path of paths) {
      const route = pageRoute(path);
      // Astro re-reads its content store a moment after the "Reloaded" line (it writes the
      // store, then renews the module pages read it from): the page shown before the save is
      // not shown again until it has changed, or RELOAD_WAIT_MS have passed.
      if (route) this.stale.set(route.replace(/#.*$/u, ""), Date.now() + RELOAD_WAIT_MS);
      const beside = images.filter((image) => dirname(image) === dirname(path));
      if (route && beside.length > 0) {
        this.images.set(route.replace(/#.*$/u, ""), {
          names: beside.map((image) => basename(image)),
          until: Date.now() + RELOAD_WAIT_MS,
        });
      }
    }
    for (const path of paths) {
      if (!pageRoute(path)) continue;
      const wait = new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.pending.delete(path);
          resolve();
        }, RELOAD_WAIT_MS);
        this.pending.set(path, () => {
          clearTimeout(timer);
          resolve();
        });
      });
      this.waits.add(wait);
      void wait.then(() => this.waits.delete(wait));
    }
  }

  /** A file of the site under the base (`bulletins/x/`, `theme.css`), as the preview shows it. */
  async fetch(rest: string): Promise<{ status: number; type: string; body: Buffer }> {
    if (this.failed)
      return { status: 503, type: "text/plain; charset=utf-8", body: Buffer.from(this.failed) };
    await this.start();
    await Promise.all([...this.waits]);
    const route = rest.replace(/[?#].*$/u, "");
    const expected = this.images.get(route);
    for (;;) {
      const response = await fetch(`http://127.0.0.1:${this.port}${this.base}${rest}`, {
        redirect: "manual",
      });
      const type = response.headers.get("content-type") ?? "application/octet-stream";
      const bytes = Buffer.from(await response.arrayBuffer());
      if (!type.startsWith("text/html")) return { status: response.status, type, body: bytes };
      const html = bytes.toString("utf8");
      const old = Date.now() < (this.stale.get(route) ?? 0) && html === this.shown.get(route);
      const missing =
        expected !== undefined &&
        Date.now() < expected.until &&
        !expected.names.every((name) => html.includes(`/${name}?`));
      if (old || missing) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      this.images.delete(route);
      this.stale.delete(route);
      this.shown.set(route, html);
      return {
        status: response.status,
        type,
        body: Buffer.from(withoutScripts(html).replaceAll('"/@fs/', `"${this.base}@fs/`)),
      };
    }
  }

  stop(): void {
    this.child?.kill("SIGTERM");
    this.child = undefined;
  }
}
