/**
 * One build at a time per output folder: `dist.lock` beside `dist/` names the running build's
 * process, host and start time. It is made whole under a temporary name and linked into place,
 * which fails if a lock is there, so two builds starting at once cannot both hold it. A lock
 * whose process is gone (a build killed, or stopped with Ctrl-C) is taken over with a note; a
 * live one refuses the second build with a message saying which build holds it.
 */
import { readFileSync } from "node:fs";
import { link, readFile, rename, unlink, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import { UserError } from "../cli/errors.ts";

export interface LockInfo {
  pid: number;
  /** ISO date and time the build started. */
  started: string;
  host: string;
  /** The process's start time as the kernel counts it (Linux), to tell a reused PID apart. */
  processStart?: string | undefined;
}

export interface HeldLock {
  info: LockInfo;
  /** The stale lock this one replaced, if any (for a note to the user). */
  tookOver?: LockInfo | undefined;
  release(): Promise<void>;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); undefined elsewhere. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19];
  } catch {
    return undefined;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Whether the build that wrote `info` is certainly gone (a lock from another host never is). */
export function isStale(info: LockInfo | undefined, host = hostname()): boolean {
  if (!info) return true;
  if (info.host !== host) return false;
  if (!isRunning(info.pid)) return true;
  // The PID is in use, but by a process that started later than the one that took the lock.
  const now = processStart(info.pid);
  return info.processStart !== undefined && now !== undefined && now !== info.processStart;
}

function parseLock(text: string): LockInfo | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockInfo>;
    if (typeof value.pid !== "number" || typeof value.started !== "string") return undefined;
    return {
      pid: value.pid,
      started: value.started,
      host: typeof value.host === "string" ? value.host : hostname(),
      processStart: typeof value.processStart === "string" ? value.processStart : undefined,
    };
  } catch {
    return undefined;
  }
}

async function readLock(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

export class BuildLockedError extends UserError {
  override name = "BuildLockedError";
  readonly holder: LockInfo;
  constructor(lockPath: string, folder: string, holder: LockInfo) {
    const host = holder.host === hostname() ? "" : `, ${holder.host}`;
    super({
      "zh-cn": `另一个生成过程正在写入 ${folder}/（进程 ${holder.pid}${host}，开始于 ${holder.started}），锁文件为 ${lockPath}。同一个输出文件夹一次只能运行一个生成过程：请等它结束后再运行；如果确定它已经不在运行，删除 ${lockPath} 后重试。`,
      en: `another build is writing ${folder}/ (process ${holder.pid}${host}, started ${holder.started}); its lock is ${lockPath}. Only one build at a time can use an output folder: wait for it to finish and run again; if you are sure it is no longer running, delete ${lockPath} and try again.`,
    });
    this.holder = holder;
  }
}

/**
 * Takes the lock at `path` for the build writing `folder`, or throws BuildLockedError.
 * File-system errors (a folder that cannot be written) are thrown as they are.
 */
export async function acquireLock(
  path: string,
  folder: string,
  pid = process.pid,
): Promise<HeldLock> {
  const info: LockInfo = {
    pid,
    started: new Date().toISOString(),
    host: hostname(),
    processStart: processStart(pid),
  };
  const text = `${JSON.stringify(info, null, 2)}\n`;
  const unique = `${path}.${pid}.${Math.random().toString(36).slice(2)}`;
  let tookOver: LockInfo | undefined;
  try {
    await writeFile(unique, text, { flag: "wx" });
  } catch (error) {
    // Named by the lock's own name, not the temporary one.
    throw Object.assign(error as Error, { path });
  }
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        await link(unique, path);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 5) throw error;
      }
      const seen = await readLock(path);
      if (seen === undefined) continue; // released meanwhile
      const holder = parseLock(seen);
      if (!isStale(holder)) throw new BuildLockedError(path, folder, holder as LockInfo);
      // Move the stale lock aside, and check that what was moved is the one judged stale: a
      // build taking it over at the same instant may have replaced it with its own.
      const aside = `${unique}.stale`;
      try {
        await rename(path, aside);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") continue;
        throw error;
      }
      const moved = await readLock(aside);
      if (moved === seen) {
        tookOver = holder ?? { pid: 0, started: "?", host: hostname() };
        await unlink(aside);
      } else {
        // Someone else's fresh lock: put it back (unless yet another build holds the name now).
        await link(aside, path).catch(() => undefined);
        await unlink(aside);
      }
    }
  } finally {
    await unlink(unique).catch(() => undefined);
  }
  return {
    info,
    tookOver,
    async release() {
      // Only our own lock: a build that took over a lock we held too long keeps its own.
      if ((await readLock(path).catch(() => undefined)) === text) await unlink(path);
    },
  };
}
