/**
 * The pages of the build as Astro renders them, for the build steps that need every page's HTML
 * (the search index, the sitemap, the share images). Reading them here, from Astro's prerenderer, instead of from
 * `dist/` afterwards means no second pass over thousands of files, and lets the search indexer
 * (a separate process) work on the second core while Astro renders the rest.
 *
 * `pageTap()` is an integration; the steps subscribe to it in astro.config.mjs. It wraps Astro's
 * prerenderer (`setPrerenderer` in `astro:build:start`, public API) and gives back every response
 * unchanged. Astro renders several pages at once (`build.concurrency`), so pages finish in an order
 * that varies from run to run; listeners still get them in the order Astro asked for them, which
 * is the same on every build, so what they write (the search index above all) is reproducible.
 */
import type { AstroIntegration, AstroPrerenderer } from "astro";

export interface RenderedPage {
  /** The page's path under the site root, without the base: `/bulletins/x/`, `/404.html`. */
  pathname: string;
  html: string;
}

export type PageListener = (page: RenderedPage) => void;

export interface PageTap extends AstroIntegration {
  /** Calls `listener` with every HTML page of the build, in a reproducible order. */
  subscribe(listener: PageListener): void;
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

/** Astro's prerenderer, with each HTML page it renders also given to `onPage`. */
export function tappingPrerenderer(
  inner: AstroPrerenderer,
  base: string,
  onPage: PageListener,
): AstroPrerenderer {
  const order = inOrder(onPage);
  return {
    name: `${inner.name} (tapped)`,
    ...(inner.setup && { setup: () => (inner.setup as () => Promise<void>)() }),
    getStaticPaths: () => inner.getStaticPaths(),
    async render(request, options) {
      const ticket = order.ticket();
      let page: RenderedPage | undefined;
      try {
        const result = await inner.render(request, options);
        const response = result instanceof Response ? result : result.response;
        const type = response.headers.get("content-type") ?? "";
        // Redirects are written by Astro from their headers; 404.astro renders with status 404.
        const redirect = response.status >= 300 && response.status < 400;
        if (!response.body || redirect || !type.startsWith("text/html")) return result;
        // The body can be read once: keep its bytes and give Astro a response made of them.
        const bytes = Buffer.from(await response.arrayBuffer());
        const pathname = siteRelative(decodeURI(new URL(request.url).pathname), base);
        page = { pathname, html: bytes.toString("utf8") };
        const copy = new Response(bytes, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
        return result instanceof Response ? copy : { ...result, response: copy };
      } finally {
        order.settle(ticket, page);
      }
    },
    ...(inner.collectStaticImages && {
      collectStaticImages: () =>
        (inner.collectStaticImages as NonNullable<AstroPrerenderer["collectStaticImages"]>)(),
    }),
    ...(inner.teardown && { teardown: () => (inner.teardown as () => Promise<void>)() }),
  };
}

export function pageTap(): PageTap {
  const listeners: PageListener[] = [];
  let base = "/";
  return {
    name: "pingan:page-tap",
    subscribe(listener) {
      listeners.push(listener);
    },
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:start": ({ setPrerenderer }) => {
        setPrerenderer((inner) =>
          tappingPrerenderer(inner, base, (page) => {
            for (const listener of listeners) listener(page);
          }),
        );
      },
    },
  };
}
