/**
 * Background work of the build at a lower scheduling priority, so that on a machine with few
 * cores it runs in the time the critical work (the first locale's pages and Pagefind index)
 * leaves free instead of slowing that work down (docs/build-performance.md).
 *
 * Linux keeps the nice value per thread, so a worker thread can lower its own, and a process
 * it starts (Pagefind's) inherits it. Elsewhere, or where /proc is not mounted, the thread keeps
 * its priority: only the timing changes, never the output.
 */
import { readlinkSync } from "node:fs";
import { setPriority } from "node:os";

/** The nice value of background threads: the lowest priority. */
const BACKGROUND = 19;

/** Lowers the calling thread (not its process) to background priority, where Linux allows it. */
export function runThisThreadInBackground(): void {
  let tid: number;
  try {
    // `<pid>/task/<tid>`: the thread's own id, which setpriority(2) accepts on Linux.
    tid = Number(readlinkSync("/proc/thread-self").split("/").pop());
  } catch {
    return;
  }
  if (!Number.isInteger(tid) || tid <= 0) return;
  try {
    setPriority(tid, BACKGROUND);
  } catch {
    // Not permitted here: the work still runs, at the usual priority.
  }
}
