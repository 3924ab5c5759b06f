/**
 * Share images on the real builds: every page names an absolute og:image that exists in
 * `dist/` at the size its metas state; bulletins and explainers also get the WeChat cover
 * and square thumbnail; a rebuild takes every image from the cache, and editing one bulletin
 * re-renders only that bulletin's images.
 */
import { openSync, readSync, closeSync, existsSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROMELESS, loadPages, resolveInDist, type BuiltPage } from "./support/dist.ts";
import { copyProject, runBuild, tempDir } from "./support/project.ts";

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const header = Buffer.alloc(24);
  const fd = openSync(file, "r");
  try {
    readSync(fd, header, 0, 24, 0);
  } finally {
    closeSync(fd);
  }
  expect(header.subarray(1, 4).toString("latin1"), file).toBe("PNG");
  return [header.readUInt32BE(16), header.readUInt32BE(20)];
}

function checkImages(dist: string, base: string, site: string) {
  let pages: BuiltPage[] = [];
  beforeAll(() => {
    pages = loadPages(dist, base);
  });

  it("gives every page an absolute og:image of the stated size, with alt and twitter:card", () => {
    expect(pages.length).toBeGreaterThan(30);
    for (const page of pages.filter((p) => !CHROMELESS.test(p.url))) {
      const meta = (key: string) => page.$(`meta[property="${key}"]`).attr("content");
      const image = meta("og:image") ?? "";
      expect(image.startsWith(`${site}${base}og/`), `${page.url}: ${image}`).toBe(true);
      const file = resolveInDist(dist, base, new URL(image).pathname);
      expect(file, `${page.url} → ${image}`).toBeDefined();
      expect(pngSize(join(dist, file ?? ""))).toEqual([
        Number(meta("og:image:width")),
        Number(meta("og:image:height")),
      ]);
      expect([meta("og:image:width"), meta("og:image:height")]).toEqual(["1200", "630"]);
      expect(meta("og:image:alt")?.length, page.url).toBeGreaterThan(0);
      expect(page.$('meta[name="twitter:card"]').attr("content"), page.url).toBe(
        "summary_large_image",
      );
      expect(page.$('meta[name="twitter:image"]').attr("content"), page.url).toBe(image);
    }
  });

  it("draws a WeChat cover and a square thumbnail for every bulletin and explainer", () => {
    const articles = pages.filter((page) =>
      new RegExp(`^${base}(en/)?(bulletins|explainers)/[^/]+/$`).test(page.url),
    );
    expect(articles.length).toBeGreaterThanOrEqual(14);
    for (const page of articles) {
      const og = join(
        dist,
        new URL(page.$('meta[property="og:image"]').attr("content") ?? "").pathname.slice(
          base.length,
        ),
      );
      expect(pngSize(og.replace(/\.png$/, "-wechat.png")), page.url).toEqual([900, 383]);
      expect(pngSize(og.replace(/\.png$/, "-square.png")), page.url).toEqual([600, 600]);
    }
    const list = pages.find((page) => page.url === `${base}bulletins/`);
    const listImage = list?.$('meta[property="og:image"]').attr("content") ?? "";
    expect(
      existsSync(
        join(dist, new URL(listImage).pathname.slice(base.length).replace(/\.png$/, "-wechat.png")),
      ),
    ).toBe(false);
  });
}

describe("share images at the site root", () => {
  checkImages(inject("distRoot"), "/", "https://pingan.example.org");
});

describe("share images under a base path", () => {
  checkImages(inject("distBase"), "/county/", "https://campaign.example.net");
});

describe("the image cache", () => {
  let root = "";
  let cache = "";
  const previous = process.env["PINGAN_IMAGE_CACHE"];
  beforeAll(async () => {
    root = await copyProject("social");
    cache = await tempDir("image-cache");
    process.env["PINGAN_IMAGE_CACHE"] = cache;
  });
  afterAll(async () => {
    if (previous === undefined) delete process.env["PINGAN_IMAGE_CACHE"];
    else process.env["PINGAN_IMAGE_CACHE"] = previous;
    await rm(root, { recursive: true, force: true });
    await rm(cache, { recursive: true, force: true });
  });

  const counts = async () => {
    const result = await runBuild(root, ["--out", "dist"]);
    expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0);
    const match = /(\d+) images: (\d+) rendered, (\d+) from cache/.exec(result.stdout);
    expect(match, result.stdout).not.toBeNull();
    return { images: Number(match?.[1]), rendered: Number(match?.[2]), cached: Number(match?.[3]) };
  };

  it("renders every image once, then none; after an edit only the edited page's", async () => {
    const cold = await counts();
    expect(cold.rendered).toBe(cold.images);
    expect(await counts()).toEqual({ images: cold.images, rendered: 0, cached: cold.images });

    const file = join(root, "content/bulletins/zh-cn/gangxi-town-measures.md");
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: "(.*)"$/m, 'title: "$1（修订）"'));
    // The page's share image, WeChat cover and square thumbnail; nothing else shows the title.
    expect(await counts()).toEqual({ images: cold.images, rendered: 3, cached: cold.images - 3 });
  });
});
