/**
 * Every thread of `startThread` (threads.ts) begins here: its priority is lowered before its
 * module loads, so loading too stays out of the way of the critical work.
 */
import { workerData } from "node:worker_threads";
import { runThisThreadInBackground } from "./priority.ts";

const { module, background } = workerData as { module: string; background: boolean };
if (background) runThisThreadInBackground();
await import(module);
