/**
 * File-system failures in words: a Node error with an errno code (EACCES, ENOSPC, …) becomes one
 * line in every locale naming the path, what is wrong and the fix, instead of a stack trace.
 * Used by the staff commands (src/cli/run.ts) and the build (scripts/build.ts).
 */
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { say, type Text } from "../i18n/messages.ts";
import { UserError } from "./errors.ts";

export const FS_CODES = [
  "EACCES",
  "EPERM",
  "EEXIST",
  "ENOSPC",
  "EROFS",
  "ENOTDIR",
  "EISDIR",
  "ENOENT",
  "EDQUOT",
  "ENOTEMPTY",
  "EXDEV",
] as const;
export type FsCode = (typeof FS_CODES)[number];

interface ErrnoLike {
  code?: unknown;
  path?: unknown;
  dest?: unknown;
  syscall?: unknown;
}

/** The errno error in `error` (or its cause), if it is one of the codes above and names a path. */
export function fsErrorOf(
  error: unknown,
): { code: FsCode; path: string; dest?: string | undefined } | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; depth++) {
    const { code, path, dest } = e as ErrnoLike;
    if (
      typeof code === "string" &&
      (FS_CODES as readonly string[]).includes(code) &&
      typeof path === "string"
    ) {
      return { code: code as FsCode, path, dest: typeof dest === "string" ? dest : undefined };
    }
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/**
 * Some errno errors name no path (a write that finds the disk full says only "ENOSPC …, write");
 * this gives them the path the caller was writing, so the message can name it.
 */
export function withPath(error: unknown, path: string): unknown {
  if (error instanceof Error && typeof (error as ErrnoLike).code === "string") {
    const e = error as Error & { path?: string };
    if (typeof e.path !== "string" || e.path.includes(".pingan-write-test-")) e.path = path;
  }
  return error;
}

/** What went wrong with `path` and what to do, in every locale. */
export function fsProblem(code: FsCode, path: string, dest?: string): Text {
  const both = dest ? `${path} → ${dest}` : path;
  switch (code) {
    case "EACCES":
    case "EPERM":
      return {
        "zh-cn": `没有权限写入 ${both}（${code}）。请换一个自己可写的文件夹，或修改它的权限（例如 chmod u+w）后重试。`,
        en: `no permission to write ${both} (${code}). Use a folder you can write to, or change its permissions (e.g. chmod u+w), and try again.`,
      };
    case "EROFS":
      return {
        "zh-cn": `${both} 位于只读的文件系统上（EROFS），无法写入。请换一个可写的文件夹。`,
        en: `${both} is on a read-only file system (EROFS). Use a folder on a writable disk.`,
      };
    case "ENOSPC":
    case "EDQUOT":
      return {
        "zh-cn": `磁盘空间不足，无法写入 ${both}（${code}）。请清理磁盘空间或换一个磁盘后重试。`,
        en: `the disk is full: cannot write ${both} (${code}). Free some space, or use another disk, and try again.`,
      };
    case "EEXIST":
      return {
        "zh-cn": `${both} 已经存在（EEXIST）。请删除或改名后重试，或换一个名字。`,
        en: `${both} already exists (EEXIST). Remove or rename it, or choose another name, and try again.`,
      };
    case "ENOTEMPTY":
      return {
        "zh-cn": `文件夹 ${both} 不是空的（ENOTEMPTY）。请删除或改名后重试。`,
        en: `the folder ${both} is not empty (ENOTEMPTY). Remove or rename it and try again.`,
      };
    case "ENOTDIR":
      return {
        "zh-cn": `${both} 的路径中有一段是文件而不是文件夹（ENOTDIR）。请检查路径，或换一个文件夹。`,
        en: `part of the path ${both} is a file, not a folder (ENOTDIR). Check the path, or use another folder.`,
      };
    case "EISDIR":
      return {
        "zh-cn": `${both} 是一个文件夹，这里需要的是文件（EISDIR）。请换一个文件名。`,
        en: `${both} is a folder where a file is needed (EISDIR). Use another file name.`,
      };
    case "EXDEV":
      return {
        "zh-cn": `无法把 ${both} 移到另一个磁盘上（EXDEV）。请把输出文件夹放在项目所在的磁盘上，生成完成后再复制过去。`,
        en: `cannot move ${both} to another disk (EXDEV). Put the output folder on the disk the project is on, and copy it over after the build.`,
      };
    case "ENOENT":
      return {
        "zh-cn": `${both} 不存在，或无法在那里创建（ENOENT）。请检查路径，或换一个文件夹。`,
        en: `${both} does not exist, or cannot be created there (ENOENT). Check the path, or use another folder.`,
      };
  }
}

/** The one-line message for a file-system error, or undefined for any other error. */
export function describeFsError(error: unknown): Text | undefined {
  const found = fsErrorOf(error);
  return found ? fsProblem(found.code, found.path, found.dest) : undefined;
}

/** A file-system error as a UserError (printed without a stack trace); others unchanged. */
export function asUserError(error: unknown): unknown {
  const text = describeFsError(error);
  return text ? new UserError(text, { cause: error }) : error;
}

/** Like asUserError, the message starting with what the user gave (`--out /proc/x: …`). */
export function asUserErrorFor(given: string, error: unknown): unknown {
  const text = describeFsError(error);
  if (!text) return error;
  return new UserError(
    { "zh-cn": `${given}：${text["zh-cn"]}`, en: `${given}: ${text.en}` },
    { cause: error },
  );
}

/**
 * Makes `dir` and any missing parents, one level at a time. Node's own `mkdir(…, {recursive})`
 * never returns for some paths (`/proc/x` on Linux: the kernel answers ENOENT for the folder and
 * EEXIST for its parent, and Node retries forever at 100 % CPU); this gives up with the error.
 */
export async function makeFolder(dir: string): Promise<void> {
  const target = resolve(dir);
  const missing: string[] = [];
  for (let at = target; ; at = dirname(at)) {
    try {
      const info = await stat(at);
      if (!info.isDirectory()) {
        throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${at}'`), {
          code: "ENOTDIR",
          path: at,
          syscall: "mkdir",
        });
      }
      break;
    } catch (error) {
      if ((error as ErrnoLike).code !== "ENOENT" || dirname(at) === at) throw error;
      missing.unshift(at);
    }
  }
  for (const at of missing) {
    try {
      await mkdir(at);
    } catch (error) {
      // Made meanwhile by someone else: fine if it is a folder now.
      if ((error as ErrnoLike).code === "EEXIST" && (await stat(at)).isDirectory()) continue;
      throw error;
    }
  }
}

/**
 * Makes `dir` if needed and checks that files can be made in it, by making and removing one:
 * permission bits alone do not tell (a read-only disk, root, ACLs). Throws the errno error.
 */
export async function checkWritableFolder(dir: string): Promise<void> {
  await makeFolder(dir);
  const probe = join(dir, `.pingan-write-test-${process.pid}`);
  try {
    await writeFile(probe, "", { flag: "wx" });
  } catch (error) {
    throw withPath(error, dir);
  }
  await rm(probe, { force: true });
}

/** say() for a file-system error, for callers that print rather than throw. */
export function sayFsError(error: unknown): string | undefined {
  const text = describeFsError(error);
  return text ? say(text) : undefined;
}
