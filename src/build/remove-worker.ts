/**
 * Deletes one folder (the build before the last, see run.ts) on a thread of its own, at
 * background priority, while the build runs.
 */
import { rmSync } from "node:fs";
import { workerData } from "node:worker_threads";
import { runThisThreadInBackground } from "./priority.ts";

runThisThreadInBackground();
rmSync(workerData as string, { recursive: true, force: true });
