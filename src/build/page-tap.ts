/**
 * The pages of the build as Astro renders them, the one way a build step receives them: every
 * HTML page (`subscribe`), in the order Astro asked for it, so what the steps write is the same
 * on every build; each section's (locale's) end (`onSectionDone`); and the hand-overs
 * (`take`, src/build/handover.ts). It wraps Astro's prerenderer (`setPrerenderer`, public API)
 * and keeps build data out of the files written. docs/build-performance.md says why the
 * pages are read here rather than from `dist/`.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration, AstroPrerenderer } from "astro";
import { HANDOVER_DIR, handoverPath, withoutBuildData, type Handover } from "./handover.ts";

export interface RenderedPage {
  /** The page's path under the site root, without the base: `/bulletins/x/`, `/404.html`. */
  pathname: string;
  /** As rendered, build data included (the file written has none). */
  html: string;
  /** The section the page belongs to. */
  section: string;
}

export type PageListener = (page: RenderedPage) => void;

/** How the site's paths fall into sections, and the order in which the sections render. */
export interface Sections {
  /** The section of a path under the site root, without the base. */
  of(pathname: string): string;
  order: readonly string[];
}

export interface PageTap extends AstroIntegration {
  /** The sections the pages come in, in the order they render. */
  readonly sections: Sections;
  /** Calls `listener` with every HTML page of the build, in a reproducible order. */
  subscribe(listener: PageListener): void;
  /**
   * Calls `listener` once per section in `order`, as soon as every page of the section has been
   * handed to the page listeners (and at the latest when the pages are generated).
   */
  onSectionDone(listener: (section: string) => void): void;
  /**
   * Has the hand-over `name` rendered before the other paths of its section, and calls
   * `listener` with its body as soon as it is. The file Astro writes is deleted once the pages
   * are generated.
   */
  take(name: Handover, listener: (body: Buffer) => void): void;
}

/** `/county/bulletins/x/` → `/bulletins/x/` (the path `dist/bulletins/x/index.html` stands for). */
export function siteRelative(pathname: string, base: string): string {
  const prefix = base.replace(/\/$/, "");
  return prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
}

/**
 * Hands results to `deliver` in ticket order: a result that finishes early waits for those asked
 * for before it. A ticket with nothing to deliver (not an HTML page, or a failed render) must
 * still be settled, with `undefined`, or everything after it would wait.
 */
export function inOrder<T>(deliver: (item: T) => void) {
  let issued = 0;
  let next = 0;
  const settled = new Map<number, T | undefined>();
  return {
    ticket: () => issued++,
    settle(ticket: number, item: T | undefined) {
      settled.set(ticket, item);
      while (settled.has(next)) {
        const ready = settled.get(next);
        settled.delete(next);
        next++;
        if (ready !== undefined) deliver(ready);
      }
    },
  };
}

/** A path Astro renders; its route's type says whether it is a page (the default) or not. */
export interface PathToRender {
  pathname: string;
  route?: { type?: string };
}

/** Pages (and Astro's i18n fallbacks) are handed on; endpoints and redirects are not. */
const isPageRoute = (route: { type?: string } | undefined): boolean =>
  route?.type === undefined || route.type === "page" || route.type === "fallback";

/**
 * Puts paths in section order; within a section, the paths in `first` come first, and otherwise
 * they keep Astro's order. Endpoints (feeds, the maker's font files) come after every section's
 * pages: no step reads them, and rendered among the first locale's pages they would hold up
 * that locale's search index (docs/build-performance.md).
 */
export function bySection<T extends PathToRender>(
  paths: T[],
  sections: Sections,
  first: ReadonlySet<string> = new Set(),
): T[] {
  const rank = (path: T) => {
    if (!first.has(path.pathname) && !isPageRoute(path.route)) return 2 * sections.order.length + 2;
    const at = sections.order.indexOf(sections.of(path.pathname));
    return 2 * (at < 0 ? sections.order.length : at) + (first.has(path.pathname) ? 0 : 1);
  };
  return paths
    .map((path) => ({ path, rank: rank(path) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ path }) => path);
}

type Rendering = Awaited<ReturnType<AstroPrerenderer["render"]>>;

/** The response of a render, its body already read, given back to Astro with `body`. */
function withBody(result: Rendering, response: Response, body: Buffer<ArrayBuffer>): Rendering {
  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  return result instanceof Response ? copy : { ...result, response: copy };
}

interface Rendered {
  section: string;
  /** The page, or undefined for a response that is not an HTML page (or failed to render). */
  page: RenderedPage | undefined;
}

export interface TapOptions {
  /** The site's base path, which Astro's request paths start with. */
  base: string;
  sections: Sections;
  onPage: PageListener;
  onSectionDone?: (section: string) => void;
  /** Routes (under the site root, without the base) whose bodies a step takes, and the step. */
  taken?: ReadonlyMap<string, (body: Buffer) => void>;
}

/**
 * Astro's prerenderer, rendering paths section by section, with each HTML page it renders also
 * given to `onPage`, each section's end to `onSectionDone`, and each taken route's body to its
 * taker. The last section ends when the build says the pages are generated (`finish`).
 */
export function tappingPrerenderer(
  inner: AstroPrerenderer,
  { base, sections, onPage, onSectionDone = () => undefined, taken = new Map() }: TapOptions,
): AstroPrerenderer & { finish(): void } {
  const done = new Set<string>();
  let current: string | undefined;
  /** Pages of each section still to be handed on, once `getStaticPaths` has listed them. */
  const left = new Map<string, number>();
  const close = (section: string) => {
    if (done.has(section)) return;
    done.add(section);
    onSectionDone(section);
  };
  const order = inOrder<Rendered>(({ section, page }) => {
    if (section !== current) {
      // Paths are rendered section by section, so a section that has ended stays ended.
      if (done.has(section)) {
        throw new Error(
          `Page tap: ${page?.pathname ?? "a page"} of section "${section}" came after that section ended`,
        );
      }
      if (current !== undefined) close(current);
      current = section;
    }
    if (page) onPage(page);
    const count = left.get(section);
    if (count !== undefined) {
      left.set(section, count - 1);
      // Its last page: the section ends now, not when the endpoints after it are rendered.
      if (count === 1) close(section);
    }
  });
  return {
    name: `${inner.name} (tapped)`,
    ...(inner.setup && { setup: () => (inner.setup as () => Promise<void>)() }),
    async getStaticPaths() {
      const paths = bySection(await inner.getStaticPaths(), sections, new Set(taken.keys()));
      for (const { pathname, route } of paths) {
        if (!isPageRoute(route)) continue;
        const section = sections.of(siteRelative(pathname, base));
        left.set(section, (left.get(section) ?? 0) + 1);
      }
      return paths;
    },
    async render(request, options) {
      const pathname = siteRelative(decodeURI(new URL(request.url).pathname), base);
      if (!isPageRoute(options.routeData)) {
        // Not a page: rendered after the pages, its body only ever taken (a hand-over).
        const result = await inner.render(request, options);
        const taker = taken.get(pathname);
        if (!taker) return result;
        const response = result instanceof Response ? result : result.response;
        const bytes = Buffer.from(await response.arrayBuffer());
        taker(bytes);
        return withBody(result, response, bytes);
      }
      const ticket = order.ticket();
      const section = sections.of(pathname);
      let page: RenderedPage | undefined;
      try {
        const result = await inner.render(request, options);
        const response = result instanceof Response ? result : result.response;
        const type = response.headers.get("content-type") ?? "";
        // Redirects are written by Astro from their headers; 404.astro renders with status 404.
        const redirect = response.status >= 300 && response.status < 400;
        const taker = taken.get(pathname);
        const isPage = type.startsWith("text/html");
        if (!response.body || redirect || !(isPage || taker)) return result;
        // The body can be read once: keep its bytes and give Astro a response made of them.
        const bytes = Buffer.from(await response.arrayBuffer());
        taker?.(bytes);
        let written: Buffer<ArrayBuffer> = bytes;
        if (isPage) {
          page = { pathname, html: bytes.toString("utf8"), section };
          const visible = withoutBuildData(page.html);
          if (visible !== page.html) written = Buffer.from(visible);
        }
        return withBody(result, response, written);
      } finally {
        order.settle(ticket, { section, page });
      }
    },
    ...(inner.collectStaticImages && {
      collectStaticImages: () =>
        (inner.collectStaticImages as NonNullable<AstroPrerenderer["collectStaticImages"]>)(),
    }),
    ...(inner.teardown && { teardown: () => (inner.teardown as () => Promise<void>)() }),
    finish() {
      for (const section of sections.order) close(section);
      if (current !== undefined) close(current);
    },
  };
}

export function pageTap(sections: Sections): PageTap {
  const listeners: PageListener[] = [];
  const sectionListeners: ((section: string) => void)[] = [];
  const taken = new Map<string, (body: Buffer) => void>();
  let base = "/";
  let tapped: ReturnType<typeof tappingPrerenderer> | undefined;
  return {
    name: "pingan:page-tap",
    sections,
    subscribe(listener) {
      listeners.push(listener);
    },
    onSectionDone(listener) {
      sectionListeners.push(listener);
    },
    take(name, listener) {
      const pathname = handoverPath(name);
      if (taken.has(pathname)) throw new Error(`Page tap: ${pathname} is already taken`);
      taken.set(pathname, listener);
    },
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:start": ({ setPrerenderer }) => {
        setPrerenderer((inner) => {
          tapped = tappingPrerenderer(inner, {
            base,
            sections,
            onPage: (page) => {
              for (const listener of listeners) listener(page);
            },
            onSectionDone: (section) => {
              for (const listener of sectionListeners) listener(section);
            },
            taken,
          });
          return tapped;
        });
      },
      "astro:build:generated": async ({ dir }) => {
        tapped?.finish();
        await rm(join(fileURLToPath(dir), HANDOVER_DIR), { recursive: true, force: true });
      },
    },
  };
}

/** A build step that receives the rendered pages: made with the tap it subscribes to. */
export type PageStep = (tap: PageTap) => AstroIntegration;

/**
 * The tap and its steps, in the order their hooks must run: the tap first, so that its
 * `astro:build:generated` has ended the last section before any step's hook runs.
 */
export function withPageTap(sections: Sections, steps: readonly PageStep[]): AstroIntegration[] {
  const tap = pageTap(sections);
  return [tap, ...steps.map((step) => step(tap))];
}
