import type { AstroPrerenderer } from "astro";
import { describe, expect, it } from "vitest";
import {
  bySection,
  inOrder,
  siteRelative,
  tappingPrerenderer,
  type RenderedPage,
  type Sections,
} from "./page-tap.ts";

describe("inOrder", () => {
  it("delivers in the order tickets were issued, whatever order they settle in", () => {
    const seen: string[] = [];
    const order = inOrder<string>((item) => seen.push(item));
    const [a, b, c, d] = [order.ticket(), order.ticket(), order.ticket(), order.ticket()];
    order.settle(c, "c");
    order.settle(b, undefined);
    expect(seen).toEqual([]);
    order.settle(a, "a");
    expect(seen).toEqual(["a", "c"]);
    order.settle(d, "d");
    expect(seen).toEqual(["a", "c", "d"]);
  });
});

/** Paths under `/en/` are one section, the rest another. */
const sections: Sections = {
  of: (pathname) => (pathname.startsWith("/en/") ? "en" : "zh"),
  order: ["zh", "en"],
};

describe("bySection", () => {
  it("puts paths in section order and keeps Astro's order within a section", () => {
    const paths = ["/en/a/", "/a/", "/en/b/", "/b/", "/404.html"].map((pathname) => ({ pathname }));
    expect(bySection(paths, sections).map((path) => path.pathname)).toEqual([
      "/a/",
      "/b/",
      "/404.html",
      "/en/a/",
      "/en/b/",
    ]);
  });

  it("puts the paths asked for first at the start of their own section", () => {
    const paths = ["/en/a/", "/a/", "/b.json", "/en/b.json"].map((pathname) => ({ pathname }));
    const first = new Set(["/b.json", "/en/b.json"]);
    expect(bySection(paths, sections, first).map((path) => path.pathname)).toEqual([
      "/b.json",
      "/a/",
      "/en/b.json",
      "/en/a/",
    ]);
  });
});

describe("siteRelative", () => {
  it("drops the base, as the file's path in dist/ would", () => {
    expect(siteRelative("/county/bulletins/x/", "/county/")).toBe("/bulletins/x/");
    expect(siteRelative("/county/bulletins/x/", "/county")).toBe("/bulletins/x/");
    expect(siteRelative("/bulletins/x/", "/")).toBe("/bulletins/x/");
    expect(siteRelative("/countyside/", "/county/")).toBe("/countyside/");
  });
});

const html = (text: string) =>
  new Response(`<html><body>${text}</body></html>`, {
    headers: { "Content-Type": "text/html" },
  });

/** A prerenderer whose pages take as many milliseconds as the path says. */
function slowPrerenderer(): AstroPrerenderer {
  return {
    name: "fake",
    getStaticPaths: () => Promise.resolve([]),
    async render(request) {
      const path = new URL(request.url).pathname;
      const ms = Number(/(\d+)/.exec(path)?.[1] ?? 0);
      await new Promise((done) => setTimeout(done, ms));
      if (path.endsWith(".txt")) {
        return new Response("text", { headers: { "Content-Type": "text/plain" } });
      }
      return path.includes("meta") ? { response: html(path) } : html(path);
    },
  };
}

describe("tappingPrerenderer", () => {
  const options = { routeData: {} as never };
  const request = (path: string) => new Request(`https://example.org${path}`);

  it("hands each HTML page on in the order asked, and gives Astro the same response", async () => {
    const pages: RenderedPage[] = [];
    const tapped = tappingPrerenderer(slowPrerenderer(), {
      base: "/county/",
      sections,
      onPage: (page) => pages.push(page),
    });
    const results = await Promise.all(
      ["/county/a-30/", "/county/b-1.txt", "/county/c-10/", "/county/meta-0/"].map((path) =>
        tapped.render(request(path), options),
      ),
    );
    expect(pages.map((page) => page.pathname)).toEqual(["/a-30/", "/c-10/", "/meta-0/"]);
    expect(pages[0]?.html).toBe("<html><body>/county/a-30/</body></html>");
    const bodies = await Promise.all(
      results.map((result) => (result instanceof Response ? result : result.response).text()),
    );
    expect(bodies).toEqual([
      "<html><body>/county/a-30/</body></html>",
      "text",
      "<html><body>/county/c-10/</body></html>",
      "<html><body>/county/meta-0/</body></html>",
    ]);
    // A result that came with incremental-build metadata keeps its shape.
    expect(results[3]).not.toBeInstanceOf(Response);
    expect(results[3]).toHaveProperty("response");
    const first = results[0];
    expect(first instanceof Response && first.headers.get("content-type")).toBe("text/html");
  });

  it("does not hold later pages back when a page fails to render", async () => {
    const pages: string[] = [];
    const inner = slowPrerenderer();
    const failing: AstroPrerenderer = {
      ...inner,
      render: (req, opts) =>
        req.url.includes("broken") ? Promise.reject(new Error("broken")) : inner.render(req, opts),
    };
    const tapped = tappingPrerenderer(failing, {
      base: "/",
      sections,
      onPage: (page) => pages.push(page.pathname),
    });
    const results = await Promise.allSettled(
      ["/broken/", "/after-0/"].map((path) => tapped.render(request(path), options)),
    );
    expect(results.map((r) => r.status)).toEqual(["rejected", "fulfilled"]);
    expect(pages).toEqual(["/after-0/"]);
  });

  it("renders section by section, endpoints last, and ends each section with its last page", async () => {
    const events: string[] = [];
    const route = (pathname: string) =>
      ({ type: pathname.endsWith(".txt") ? "endpoint" : "page" }) as never;
    const inner: AstroPrerenderer = {
      ...slowPrerenderer(),
      getStaticPaths: () =>
        Promise.resolve(
          ["/en/a-5/", "/b-20/", "/d-1.txt", "/en/c-1/"].map((pathname) => ({
            pathname,
            route: route(pathname),
          })),
        ),
    };
    const tapped = tappingPrerenderer(inner, {
      base: "/",
      sections,
      onPage: (page) => events.push(`page ${page.pathname} (${page.section})`),
      onSectionDone: (section) => events.push(`end ${section}`),
    });
    const paths = await tapped.getStaticPaths();
    expect(paths.map((path) => path.pathname)).toEqual([
      "/b-20/",
      "/en/a-5/",
      "/en/c-1/",
      "/d-1.txt",
    ]);
    // Astro renders a few at once: all four start together and finish in any order.
    await Promise.all(
      paths.map(({ pathname }) => tapped.render(request(pathname), { routeData: route(pathname) })),
    );
    // The last section ends with its last page, before the endpoint after it is rendered.
    expect(events).toEqual([
      "page /b-20/ (zh)",
      "end zh",
      "page /en/a-5/ (en)",
      "page /en/c-1/ (en)",
      "end en",
    ]);
    tapped.finish();
    expect(events).toHaveLength(5);
  });

  it("hands a taken route's body to its taker, first in its section, and Astro the same body", async () => {
    const taken: string[] = [];
    const pages: string[] = [];
    const inner: AstroPrerenderer = {
      ...slowPrerenderer(),
      getStaticPaths: () =>
        Promise.resolve(
          ["/a-0/", "/d-1.txt", "/en/e-0/"].map((pathname) => ({ pathname, route: {} as never })),
        ),
    };
    const tapped = tappingPrerenderer(inner, {
      base: "/",
      sections,
      onPage: (page) => pages.push(page.pathname),
      taken: new Map([["/d-1.txt", (body: Buffer) => taken.push(body.toString("utf8"))]]),
    });
    const paths = await tapped.getStaticPaths();
    expect(paths.map((path) => path.pathname)).toEqual(["/d-1.txt", "/a-0/", "/en/e-0/"]);
    const result = await tapped.render(request("/d-1.txt"), options);
    expect(taken).toEqual(["text"]);
    expect(await (result instanceof Response ? result : result.response).text()).toBe("text");
    // Not an HTML page, so the page listeners never see it.
    await tapped.render(request("/a-0/"), options);
    expect(pages).toEqual(["/a-0/"]);
  });

  it("hands a page's build data to the listeners and leaves it out of the page Astro writes", async () => {
    const meta = '<meta name="pingan:card" content="{&quot;title&quot;:&quot;x&quot;}">';
    const page = `<html><head><meta name="robots" content="noindex">${meta}</head></html>`;
    const seen: string[] = [];
    const tapped = tappingPrerenderer(
      {
        name: "fake",
        getStaticPaths: () => Promise.resolve([]),
        render: () =>
          Promise.resolve(new Response(page, { headers: { "Content-Type": "text/html" } })),
      },
      { base: "/", sections, onPage: ({ html }) => seen.push(html) },
    );
    const result = await tapped.render(request("/a/"), options);
    expect(seen).toEqual([page]);
    expect(await (result instanceof Response ? result : result.response).text()).toBe(
      page.replace(meta, ""),
    );
  });

  it("fails the build when a page comes after its section ended", async () => {
    const tapped = tappingPrerenderer(slowPrerenderer(), {
      base: "/",
      sections,
      onPage: () => undefined,
    });
    await tapped.render(request("/a-0/"), options);
    await tapped.render(request("/en/b-0/"), options);
    await expect(tapped.render(request("/c-0/"), options)).rejects.toThrow(
      /\/c-0\/ of section "zh" came after that section ended/,
    );
  });
});
