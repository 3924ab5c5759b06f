/**
 * Deletes one folder (the build before the last, see run.ts) on a thread of its own, started at
 * background priority, while the build runs.
 */
import { rmSync } from "node:fs";
import { threadData } from "./threads.ts";

rmSync(threadData<string>(), { recursive: true, force: true });
