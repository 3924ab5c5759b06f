/**
 * A print worker: draws the materials the pool sends it into the cache and the output folder
 * (see pool.ts).
 */
import { serveJobs, threadData } from "../build/threads.ts";
import { writeMaterial } from "./output.ts";
import type { MaterialSpec } from "./spec.ts";

const { outDir, cacheRoot } = threadData<{ outDir: string; cacheRoot: string | undefined }>();

serveJobs((spec: MaterialSpec) => writeMaterial(spec, outDir, cacheRoot));
