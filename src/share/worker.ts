/**
 * A render worker (batch.ts): loads the fonts once, then renders the jobs the batch sends it
 * into the cache and the output folder.
 */
import { serveJobs, threadData } from "../build/threads.ts";
import { ImageCache } from "../draw/cache.ts";
import { renderJob, type WorkerJob } from "./batch.ts";

const cache = new ImageCache(threadData<{ cacheDir: string }>().cacheDir);

serveJobs((job: WorkerJob) => renderJob(job, cache));
