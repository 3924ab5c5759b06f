/**
 * Building into a staging folder and swapping it in, so that `dist/` is never lost.
 *
 * The folders beside the output (`dist` here stands for any `--out`):
 * - `dist.lock`     the running build (lock.ts); one build at a time per output folder.
 * - `dist.staging/` what the running build writes; only a finished build is swapped in.
 * - `dist/`         the last finished build.
 * - `dist.previous/` the build before it (to roll back to), until the next build starts.
 * - `dist.deleting-…/` an old `dist.previous/` being deleted, beside the next build.
 *
 * At every instant a complete build is in `dist/` or `dist.previous/`: the swap renames
 * `dist` → `dist.previous`, then `dist.staging` → `dist`; a build killed between the two leaves
 * only `dist.previous/`, and the next build, before anything else, renames it back. An old
 * `dist.previous/` is renamed to a `dist.deleting-…` name before it is deleted, so a deletion
 * cut short never leaves half a build under a name that could be restored.
 *
 * The folder operations are passed in, so that tests can check the order without a build.
 */
import { basename, dirname, join } from "node:path";
import type { Text } from "../i18n/messages.ts";

export interface FolderOps {
  exists(path: string): Promise<boolean>;
  /** Fails if `to` exists (as rename(2) does for a folder that is not empty). */
  rename(from: string, to: string): Promise<void>;
  /** Deletes a folder and everything in it; nothing if it does not exist. */
  remove(path: string): Promise<void>;
  /** remove(), beside whatever runs meanwhile (the real one uses a thread of its own). */
  removeBeside(path: string): Promise<void>;
  /** Names in a folder. */
  list(dir: string): Promise<string[]>;
  /** Takes the output folder's lock; throws if another build holds it. */
  lock(path: string, folder: string): Promise<{ release(): Promise<void> }>;
}

export interface OutputPaths {
  final: string;
  staging: string;
  retired: string;
  lock: string;
  /** The prefix of folders being deleted. */
  deleting: string;
}

export function outputPaths(final: string): OutputPaths {
  return {
    final,
    staging: `${final}.staging`,
    retired: `${final}.previous`,
    lock: `${final}.lock`,
    deleting: `${final}.deleting-`,
  };
}

export interface StageHooks {
  /** A note for the user (an interrupted build's dist/ restored, a stale lock taken over). */
  note?: (text: Text) => void;
  /**
   * The content gate: started under the lock once an interrupted build's output is restored,
   * and run beside the render (docs/build-performance.md). Nothing is cleared or swapped until
   * it passes; if it fails, its error is the build's, and every folder is left as it was.
   */
  check?: () => Promise<void>;
  /** Runs between the swap's two renames (tests and the manual kill test use it). */
  betweenRenames?: () => Promise<void> | void;
}

/** If a build was cut off between its two renames, puts the previous build back in place. */
export async function restoreInterrupted(paths: OutputPaths, ops: FolderOps): Promise<boolean> {
  if ((await ops.exists(paths.final)) || !(await ops.exists(paths.retired))) return false;
  await ops.rename(paths.retired, paths.final);
  return true;
}

/**
 * Clears the way for the swap: the build before the last, and whatever earlier deletions were
 * cut short. Only called with `dist/` in place (after restoreInterrupted).
 */
async function clearRetired(paths: OutputPaths, ops: FolderOps, tag: string): Promise<void> {
  const dir = dirname(paths.final);
  const prefix = basename(paths.deleting);
  const leftovers = (await ops.list(dir))
    .filter((name) => name.startsWith(prefix))
    .map((name) => join(dir, name));
  if ((await ops.exists(paths.retired)) && (await ops.exists(paths.final))) {
    const doomed = `${paths.deleting}${tag}`;
    await ops.rename(paths.retired, doomed);
    leftovers.push(doomed);
  }
  await Promise.all(leftovers.map((path) => ops.removeBeside(path)));
}

/** dist → dist.previous, dist.staging → dist; if the second fails, dist.previous → dist. */
export async function swapIn(
  paths: OutputPaths,
  ops: FolderOps,
  hooks: StageHooks = {},
): Promise<void> {
  const hadFinal = await ops.exists(paths.final);
  if (hadFinal) await ops.rename(paths.final, paths.retired);
  await hooks.betweenRenames?.();
  try {
    await ops.rename(paths.staging, paths.final);
  } catch (error) {
    if (hadFinal) await ops.rename(paths.retired, paths.final).catch(() => undefined);
    throw error;
  }
}

/**
 * One whole build under the lock: restore an interrupted build's output, check the content and
 * render into staging side by side, clear the old build once the check passed, swap in. A failure leaves `dist/` as it was (or as
 * restored) and no staging folder.
 */
export async function runStaged(
  final: string,
  render: (staging: string) => Promise<void>,
  ops: FolderOps,
  hooks: StageHooks = {},
  tag = `${process.pid}-${Date.now().toString(36)}`,
): Promise<string> {
  const paths = outputPaths(final);
  const lock = await ops.lock(paths.lock, basename(final));
  try {
    if (await restoreInterrupted(paths, ops)) {
      const name = basename(final);
      hooks.note?.({
        "zh-cn": `上一次生成在替换 ${name}/ 的中途被中断，${name}/ 不在了；已把 ${name}.previous/ 恢复为 ${name}/。`,
        en: `an earlier build was interrupted while replacing ${name}/ and left none; ${name}.previous/ has been restored as ${name}/.`,
      });
    }
    // What a build cut off left half-written is of no use to anyone.
    await ops.remove(paths.staging);
    const checked = hooks.check?.() ?? Promise.resolve();
    const clearing = checked.then(() => clearRetired(paths, ops, tag));
    // Both awaited below; until then a failure must not go unhandled.
    clearing.catch(() => undefined);
    try {
      await render(paths.staging);
      await checked;
    } catch (error) {
      await ops.remove(paths.staging).catch(() => undefined);
      await clearing.catch(() => undefined);
      // Content errors explain a render that failed on the same content.
      await checked;
      throw error;
    }
    await clearing;
    await swapIn(paths, ops, hooks);
    return final;
  } finally {
    await lock.release();
  }
}

/** What is in place after a failed build, said truthfully (checked, not assumed). */
export async function failedBuildState(
  final: string,
  ops: Pick<FolderOps, "exists">,
  shown = basename(final),
): Promise<Text> {
  const paths = outputPaths(final);
  if (await ops.exists(paths.final)) {
    return {
      "zh-cn": `生成失败；原来的 ${shown}/ 没有改动。`,
      en: `Build failed; the previous ${shown}/ is unchanged.`,
    };
  }
  if (await ops.exists(paths.retired)) {
    return {
      "zh-cn": `生成失败；${shown}/ 不存在，上一次生成的结果在 ${shown}.previous/ 中：下一次生成开始时会自动恢复它，也可以手动把它改名为 ${shown}/。`,
      en: `Build failed; there is no ${shown}/, the previous build is in ${shown}.previous/: the next build restores it first, or rename it to ${shown}/ yourself.`,
    };
  }
  return {
    "zh-cn": `生成失败；还没有 ${shown}/（之前没有成功生成过）。`,
    en: `Build failed; there is no ${shown}/ yet (no earlier build finished).`,
  };
}
