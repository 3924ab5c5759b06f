/**
 * Writing the import's files all or nothing. The folder is checked before anything is written
 * (a file where a folder should be, a folder that cannot be written), missing folders are made
 * one at a time (Node's recursive mkdir never returns under /proc), every file is written to a
 * temporary name first, and on any failure what was written and made is removed again. Errors
 * name the path and say what to do; they carry no stack trace.
 */
import {
  accessSync,
  constants,
  mkdirSync,
  renameSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, resolve } from "node:path";
import { InputError } from "./decode.ts";
import { t } from "./notes.ts";

const REASONS: Record<string, [string, string]> = {
  EACCES: ["没有写入权限", "permission denied"],
  EPERM: ["没有写入权限", "permission denied"],
  EROFS: ["是只读的文件系统", "the file system is read-only"],
  ENOSPC: ["磁盘已满", "the disk is full"],
  EEXIST: ["已经有同名的文件", "a file of that name is already there"],
  NOTAFOLDER: ["这是一个文件，不是文件夹", "it is a file, not a folder"],
  ENOTDIR: ["路径中有一部分是文件而不是文件夹", "part of the path is a file, not a folder"],
  ENOENT: ["不能在这里建立文件夹或文件", "no folder or file can be made there"],
  EISDIR: ["那是一个文件夹", "it is a folder"],
  ENAMETOOLONG: ["路径太长", "the path is too long"],
};

function reason(error: unknown): [string, string] {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  return (
    REASONS[code] ?? [
      `无法写入（${code || String(error)}）`,
      `cannot write (${code || String(error)})`,
    ]
  );
}

export function outError(path: string, error: unknown): InputError {
  const [zh, en] = reason(error);
  return new InputError(
    t(
      `--out ${path}：${zh}。什么也没有写入；请用 --out 指定一个可以写入的文件夹。`,
      `--out ${path}: ${en}. Nothing was written; give --out a folder you can write to.`,
    ),
  );
}

/** The folders to make for `dir`, outermost first; refuses a folder that cannot be used. */
export function plannedFolders(dir: string): string[] {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    let stats;
    try {
      stats = statSync(at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw outError(at, error);
      const parent = dirname(at);
      if (parent === at) throw outError(at, error);
      missing.unshift(at);
      at = parent;
      continue;
    }
    if (!stats.isDirectory()) {
      throw outError(
        at,
        Object.assign(new Error("ENOTDIR"), {
          code: missing.length > 0 ? "ENOTDIR" : "NOTAFOLDER",
        }),
      );
    }
    try {
      accessSync(at, constants.W_OK);
    } catch (error) {
      throw outError(at, error);
    }
    return missing;
  }
}

export interface PlannedFile {
  path: string;
  data: string | Uint8Array;
}

/** Writes every file or none; `replace` allows replacing files already there. */
export function writeAll(
  folders: readonly string[],
  files: readonly PlannedFile[],
  replace: boolean,
): void {
  const made: string[] = [];
  const temporary: string[] = [];
  const undo = () => {
    for (const path of temporary) {
      try {
        unlinkSync(path);
      } catch {
        // already gone
      }
    }
    for (const folder of made.reverse()) {
      try {
        rmdirSync(folder);
      } catch {
        // not empty or gone: leave it
      }
    }
  };
  let current = "";
  try {
    for (const folder of folders) {
      current = folder;
      mkdirSync(folder);
      made.push(folder);
    }
    for (const file of files) {
      current = file.path;
      const temp = `${file.path}.importing-${process.pid}`;
      writeFileSync(temp, file.data, { flag: "wx" });
      temporary.push(temp);
    }
    for (const [index, file] of files.entries()) {
      current = file.path;
      const temp = temporary[index] ?? "";
      if (!replace) {
        // A file that appeared since the check is not replaced.
        try {
          statSync(file.path);
          throw Object.assign(new Error("EEXIST"), { code: "EEXIST" });
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
        }
      }
      renameSync(temp, file.path);
    }
  } catch (error) {
    undo();
    throw outError(current, error);
  }
}
