/**
 * Every save is a commit, and the history is the undo. Git is driven by isomorphic-git (pure
 * JavaScript): offices run Windows and UOS/Kylin machines where no `git` command can be
 * assumed, and the studio shells out to nothing.
 */
import * as fs from "node:fs";
import { existsSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import git from "isomorphic-git";

export type RepoState =
  | { kind: "repo"; dir: string }
  | { kind: "none" }
  /** A linked worktree (`.git` is a file): isomorphic-git cannot write one; saves still work. */
  | { kind: "unsupported"; dir: string };

export async function repoState(root: string): Promise<RepoState> {
  let dir: string;
  try {
    dir = await git.findRoot({ fs, filepath: root });
  } catch {
    return { kind: "none" };
  }
  const dotGit = join(dir, ".git");
  if (existsSync(dotGit) && !statSync(dotGit).isDirectory()) return { kind: "unsupported", dir };
  return { kind: "repo", dir };
}

/** Who the commits are by: the repository's own user.name, or the studio. */
async function author(dir: string) {
  const name = (await git.getConfig({ fs, dir, path: "user.name" })) as string | undefined;
  const email = (await git.getConfig({ fs, dir, path: "user.email" })) as string | undefined;
  return { name: name ?? "宣传工作台", email: email ?? "studio@localhost" };
}

const inRepo = (dir: string, root: string, file: string) =>
  relative(dir, join(root, file)).split(sep).join("/");

/** Starts a repository in `root` and records the content as it is now. */
export async function startHistory(root: string): Promise<void> {
  await git.init({ fs, dir: root, defaultBranch: "main" });
  await git.add({ fs, dir: root, filepath: "content" });
  await git.commit({
    fs,
    dir: root,
    message: "工作台：开始记录内容的修改历史",
    author: await author(root),
  });
}

/** Commits the files (project-relative) as they are on disk now; removed files are removed. */
export async function commitFiles(
  root: string,
  state: RepoState,
  changes: { written: string[]; removed: string[] },
  message: string,
): Promise<string | undefined> {
  if (state.kind !== "repo") return undefined;
  const { dir } = state;
  for (const file of changes.written) await git.add({ fs, dir, filepath: inRepo(dir, root, file) });
  for (const file of changes.removed) {
    await git.remove({ fs, dir, filepath: inRepo(dir, root, file) });
  }
  return git.commit({ fs, dir, message, author: await author(dir) });
}

export interface Version {
  commit: string;
  /** Seconds since 1970. */
  time: number;
  message: string;
  author: string;
}

/** The commits that changed a file, newest first. */
export async function fileHistory(
  root: string,
  state: RepoState,
  file: string,
  depth = 50,
): Promise<Version[]> {
  if (state.kind !== "repo") return [];
  try {
    const log = await git.log({
      fs,
      dir: state.dir,
      filepath: inRepo(state.dir, root, file),
      depth,
    });
    return log.map((entry) => ({
      commit: entry.oid,
      time: entry.commit.author.timestamp,
      message: entry.commit.message.trim(),
      author: entry.commit.author.name,
    }));
  } catch {
    return [];
  }
}

/** The file's bytes at a commit. */
export async function fileAt(
  root: string,
  state: RepoState,
  commit: string,
  file: string,
): Promise<Uint8Array> {
  if (state.kind !== "repo") throw new Error("no history");
  const { blob } = await git.readBlob({
    fs,
    dir: state.dir,
    oid: commit,
    filepath: inRepo(state.dir, root, file),
  });
  return blob;
}

/** The latest commits, newest first (the studio's history page). */
export async function recentCommits(state: RepoState, depth = 30): Promise<Version[]> {
  if (state.kind !== "repo") return [];
  try {
    const log = await git.log({ fs, dir: state.dir, depth });
    return log.map((entry) => ({
      commit: entry.oid,
      time: entry.commit.author.timestamp,
      message: entry.commit.message.trim(),
      author: entry.commit.author.name,
    }));
  } catch {
    return [];
  }
}
