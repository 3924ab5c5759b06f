import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { placeAt } from "../draw/cache.ts";
import { cachedImage, renderBatch, type ImageJob } from "./batch.ts";
import { cacheKey } from "./render.ts";
import { examples } from "./templates/examples.ts";

const dir = await mkdtemp(join(tmpdir(), "pingan-render-"));
afterAll(() => rm(dir, { recursive: true, force: true }));

const card = examples["zh"] ?? {
  lang: "",
  title: "",
  siteName: "",
  colours: { primary: "", onPrimary: "", accent: "" },
};

describe("cache keys", () => {
  it("change with the template and with any field of the card", () => {
    const key = cacheKey("og", card);
    expect(cacheKey("og", { ...card })).toBe(key);
    expect(cacheKey("wechat", card)).not.toBe(key);
    expect(cacheKey("og", { ...card, title: `${card.title}。` })).not.toBe(key);
    expect(cacheKey("og", { ...card, colours: { ...card.colours, primary: "#000000" } })).not.toBe(
      key,
    );
  });
});

describe("renderBatch", () => {
  const cache = join(dir, "cache");
  const jobs: ImageJob[] = [
    { template: "og", data: card, where: "a", out: join(dir, "out/a.png") },
    { template: "square", data: card, where: "a", out: join(dir, "out/a-square.png") },
    // The same card twice (a page and its copy) is drawn once.
    { template: "og", data: card, where: "b", out: join(dir, "out/b.png") },
  ];

  it("renders what the cache lacks, then nothing", async () => {
    const cold = await renderBatch(jobs, { cache });
    expect(cold).toMatchObject({ images: 3, rendered: 2, cached: 0 });
    const drawn = await readFile(join(dir, "out/a.png"));
    expect(drawn.length).toBeGreaterThan(1000);
    // Again into the same files, which are links to the cache's: replaced, not written through.
    const warm = await renderBatch(jobs, { cache });
    expect(warm).toMatchObject({ images: 3, rendered: 0, cached: 3 });
    expect(await readFile(join(dir, "out/a.png"))).toEqual(drawn);
    expect(await readFile(join(dir, "out/b.png"))).toEqual(drawn);
    expect(await readFile(cachedImage(cache, cacheKey("og", card)))).toEqual(drawn);
  });

  it("puts cached images in place as links to the cache's files", async () => {
    const key = cacheKey("og", card);
    const target = join(dir, "linked/a.png");
    await placeAt(cachedImage(cache, key), target);
    expect((await stat(target)).ino).toBe((await stat(cachedImage(cache, key))).ino);
    // Another image put at the same place replaces the link and leaves the first image be.
    const square = cacheKey("square", card);
    const before = await readFile(cachedImage(cache, key));
    await placeAt(cachedImage(cache, square), target);
    expect(await readFile(target)).toEqual(await readFile(cachedImage(cache, square)));
    expect(await readFile(cachedImage(cache, key))).toEqual(before);
  });

  it("renders on worker threads with the same result", async () => {
    const other = join(dir, "cache-threads");
    const stats = await renderBatch(
      jobs.map((job) => ({ ...job, out: job.out.replace("/out/", "/threads/") })),
      { cache: other, workers: 2, threshold: 1 },
    );
    expect(stats).toMatchObject({ rendered: 2, workers: 2 });
    expect(await readFile(join(dir, "threads/a.png"))).toEqual(
      await readFile(join(dir, "out/a.png")),
    );
  });

  it("names the page and the character when the font lacks one", async () => {
    await expect(
      renderBatch(
        [
          {
            template: "og",
            data: { ...card, title: "𠀀" },
            where: "Share image of /x/",
            out: join(dir, "x.png"),
          },
        ],
        { cache },
      ),
    ).rejects.toThrow(/Share image of \/x\/.*"𠀀" \(U\+20000\)/);
  });
});
