/**
 * Renders a batch of images through the cache: cached ones are put in place, the rest rendered
 * on this thread plus one worker thread per further core (up to four threads in all) when
 * there are enough to repay a worker's start (~0.6 s to load and parse the fonts).
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { assertGlyphs } from "./fonts.ts";
import { ImageCache, cacheKey } from "./cache.ts";
import { renderPng } from "./render.ts";
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
}

export type WorkerReply = { id: number; ms: number } | { id: number; error: string };

export interface BatchOptions {
  cache: ImageCache;
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
  /** Wall time of the whole batch, and summed render time of the rendered images. */
  ms: number;
  renderMs: number;
}

/** Renders one image into the cache and places it at its output; returns the render time. */
export async function renderJob(job: WorkerJob, cache: ImageCache): Promise<number> {
  const started = performance.now();
  const png = await renderPng(templates[job.template], job.data, job.where);
  const ms = performance.now() - started;
  await cache.put(job.key, png);
  await cache.placeAt(job.key, job.out);
  return ms;
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
  const keyed = jobs.map((job, id) => ({ ...job, id, key: cacheKey(job.template, job.data) }));
  for (let start = 0; start < keyed.length; start += COPY_SLICE) {
    const slice = keyed.slice(start, start + COPY_SLICE);
    const hits = await Promise.all(slice.map((job) => cache.has(job.key)));
    await Promise.all(
      slice.filter((_, i) => hits[i]).map((job) => cache.placeAt(job.key, job.out)),
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
  const cores = Math.max(1, Math.min(options.workers ?? availableParallelism(), 4));
  const threshold = options.threshold ?? 16;
  const workers = toRender.length >= threshold && cores > 1 ? cores : 0;
  let renderMs = 0;
  if (workers > 0) {
    renderMs = await renderInPool(toRender, cache, workers);
  } else {
    for (const job of toRender) renderMs += await renderJob(job, cache);
  }
  for (const job of duplicates) await cache.placeAt(job.key, job.out);
  return {
    images: jobs.length,
    rendered: toRender.length,
    cached,
    workers,
    ms: performance.now() - started,
    renderMs,
  };
}

/**
 * Renders on this thread and on `threads - 1` workers at once: this thread would otherwise
 * only wait, and it renders while the workers are still loading their fonts. Each worker
 * holds two jobs, so it never waits for this (busy) thread to hand it the next one.
 */
async function renderInPool(
  jobs: WorkerJob[],
  cache: ImageCache,
  threads: number,
): Promise<number> {
  const queue = [...jobs];
  let renderMs = 0;
  let failed: Error | undefined;
  const fail = (error: Error) => {
    failed ??= error;
    queue.length = 0;
  };
  const local = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      renderMs += await renderJob(job, cache);
      // Let replies from the workers through between two images.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  const remote = (worker: Worker) =>
    new Promise<void>((done) => {
      let inFlight = 0;
      const feed = () => {
        while (inFlight < 2) {
          const job = queue.shift();
          if (!job) break;
          worker.postMessage(job);
          inFlight++;
        }
        if (inFlight === 0) done();
      };
      worker.on("message", (reply: WorkerReply) => {
        inFlight--;
        if ("error" in reply) fail(new Error(reply.error));
        else renderMs += reply.ms;
        feed();
      });
      worker.on("error", (error) => {
        fail(error);
        done();
      });
      feed();
    });
  const workers = Array.from(
    { length: threads - 1 },
    () =>
      new Worker(new URL("./worker.ts", import.meta.url), { workerData: { cacheDir: cache.dir } }),
  );
  try {
    await Promise.all([local().catch(fail), ...workers.map(remote)]);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  if (failed) throw failed;
  return renderMs;
}
