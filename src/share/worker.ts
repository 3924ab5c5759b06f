/**
 * A render worker (batch.ts): loads the fonts once, then renders the jobs the batch sends it
 * into the cache and the output folder.
 */
import { serveJobs, threadData } from "../build/threads.ts";
import { renderJob, type WorkerJob } from "./batch.ts";

const { cache } = threadData<{ cache: string }>();

serveJobs((job: WorkerJob) => renderJob(job, cache));
