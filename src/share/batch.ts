/**
 * Renders a batch of images through the cache: cached ones are put in place, the rest rendered
 * on this thread plus one worker thread per further core (up to four threads in all) when
 * there are enough to repay a worker's start (~0.6 s to load and parse the fonts).
 */
import { availableParallelism } from "node:os";
import { runPool } from "../build/threads.ts";
import { CacheEntry } from "../draw/cache.ts";
import { assertGlyphs } from "../draw/fonts.ts";
import { cacheKey, renderPng } from "./render.ts";
import type { CardData } from "./templates/card.ts";
import { templates, type TemplateId } from "./templates/index.ts";

export interface ImageJob {
  template: TemplateId;
  data: CardData;
  /** Names the page or item in errors. */
  where: string;
  /** Absolute path of the PNG to write. */
  out: string;
}

export interface WorkerJob extends ImageJob {
  id: number;
  key: string;
  /** The cache's folder. */
  cache: string;
}

export interface BatchOptions {
  /** The cache's folder (`cacheDir`). */
  cache: string;
  /** Threads to render on, this one included; defaults to the machine's cores, at most four. */
  workers?: number | undefined;
  /** Fewer images to render than this are rendered on the calling thread. */
  threshold?: number | undefined;
}

export interface BatchStats {
  images: number;
  rendered: number;
  cached: number;
  workers: number;
  /** Wall time of the whole batch. */
  ms: number;
}

const IMAGE = "image.png";

/** Where the image of `key` is kept in the cache at `cache`. */
export const cachedImage = (cache: string, key: string): string =>
  new CacheEntry(cache, key).path(IMAGE);

/** Renders one image into the cache and places it at its output (a pool's work). */
export async function renderJob(job: WorkerJob): Promise<void> {
  const entry = new CacheEntry(job.cache, job.key);
  await entry.store([[IMAGE, await renderPng(templates[job.template], job.data, job.where)]]);
  await entry.place(IMAGE, job.out);
}

/** Every piece of text a card shows, for the glyph check. */
export function cardText(data: CardData): string {
  return [data.section ?? "", data.title, data.date ?? "", data.siteName].join("");
}

/** Cached images looked up and put in place at once. */
const COPY_SLICE = 32;

export async function renderBatch(jobs: ImageJob[], options: BatchOptions): Promise<BatchStats> {
  const started = performance.now();
  const { cache } = options;
  const pending: WorkerJob[] = [];
  let cached = 0;
  // Cached images are looked up and put in place a slice at a time: each is a few small file
  // operations, and thousands of them one after another would wait on the disk in turn.
  const keyed = jobs.map((job, id) => ({
    ...job,
    id,
    cache,
    key: cacheKey(job.template, job.data),
  }));
  const entry = (job: WorkerJob) => new CacheEntry(cache, job.key);
  for (let start = 0; start < keyed.length; start += COPY_SLICE) {
    const slice = keyed.slice(start, start + COPY_SLICE);
    const hits = await Promise.all(slice.map((job) => entry(job).has(IMAGE)));
    await Promise.all(
      slice.filter((_, i) => hits[i]).map((job) => entry(job).place(IMAGE, job.out)),
    );
    for (const [i, job] of slice.entries()) {
      if (hits[i]) {
        cached++;
      } else {
        // Checked here, before any worker starts, so the first bad character fails fast.
        assertGlyphs(job.where, cardText(job.data));
        pending.push(job);
      }
    }
  }
  // Two jobs with the same key (same card, same template) are rendered once.
  const unique = new Map<string, WorkerJob>();
  const duplicates: WorkerJob[] = [];
  for (const job of pending) {
    if (unique.has(job.key)) duplicates.push(job);
    else unique.set(job.key, job);
  }
  const toRender = [...unique.values()];
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), 4));
  const threshold = options.threshold ?? 16;
  await runPool(toRender, {
    module: new URL(import.meta.url),
    name: "renderJob",
    threads,
    threshold,
  });
  for (const job of duplicates) await entry(job).place(IMAGE, job.out);
  return {
    images: jobs.length,
    rendered: toRender.length,
    cached,
    workers: toRender.length >= threshold && threads > 1 ? threads : 0,
    ms: performance.now() - started,
  };
}
