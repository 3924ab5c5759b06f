/**
 * The whole build: Astro renders into a staging folder next to `dist/`; only when every step
 * has succeeded does the staging folder replace `dist/`. A failed build leaves the previous
 * `dist/` exactly as it was. One build at a time per output folder (a lock file beside it);
 * the order of the folder renames, and the restoring of a build cut off between them, are in
 * swap.ts.
 *
 * The `dist/` it replaces is kept as `dist.previous/` (to roll back to, by swapping the two
 * folders) until the next build, which deletes it while Astro starts. Deleting tens of
 * thousands of files takes seconds of the kernel's time; at the start of a build one core is
 * idle, at its end both are busy and the user waits.
 */
import { readdir, rename, rm, stat } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "astro";
import type { GateOptions } from "../content/gate.ts";
import { ContentProblems, errorsOf, type Problem } from "../content/problems.ts";
import { UserError } from "../cli/errors.ts";
import { asUserErrorFor, checkWritableFolder, fsErrorOf } from "../cli/fs-errors.ts";
import { say, type Text } from "../i18n/messages.ts";
import { checkSite, normaliseBase, readDeploySettings } from "./deploy.ts";
import { acquireLock } from "./lock.ts";
import { writeReleaseManifest } from "./release.ts";
import { runStaged, type FolderOps } from "./swap.ts";
import { handOverVerdict } from "./integrations/content-gate.ts";
import { replyOf, runThread, startThread } from "./threads.ts";

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** Output folder, relative to root. */
  outDir?: string;
  /** Overrides content/data/deploy.yaml. */
  site?: string | undefined;
  base?: string | undefined;
  logLevel?: "debug" | "info" | "warn" | "error" | "silent";
  /** Notes for the user (a restored dist/, a stale lock taken over); by default printed. */
  note?: (text: Text) => void;
  /** Told the content gate's warnings before Astro starts (errors stop the build). */
  onWarnings?: (warnings: readonly Problem[]) => void;
  /**
   * A release (`--release`): sample data, example addresses and unconfirmed dates stop the build
   * like any content error, and dist/release.json records what was published.
   */
  release?: { acceptUncertainDates?: boolean } | undefined;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Deletes `dir` (if it exists) on a thread of its own, beside whatever runs meanwhile. */
async function removeBeside(dir: string): Promise<void> {
  if (!(await exists(dir))) return;
  await runThread(new URL("./remove-worker.ts", import.meta.url), {
    data: dir,
    background: true,
  }).catch((error: Error) => {
    throw new Error(`Deleting ${dir} stopped: ${error.message}`);
  });
}

/** The real folder operations. */
export const diskOps: FolderOps = {
  exists,
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { recursive: true, force: true }),
  removeBeside,
  list: (dir) => readdir(dir),
  lock: (path, folder) => acquireLock(path, folder),
};

/** Project folders an output folder must never be (the swap would move them aside). */
const PROJECT_FOLDERS = ["src", "content", "public", "scripts", "tests", "node_modules", ".git"];

/** Refuses an output folder that is the project, holds it, or is one of its source folders. */
export function checkOutDir(root: string, final: string, given: string): void {
  const inside = relative(root, final);
  const outside = inside.startsWith("..") || isAbsolute(inside);
  const holdsProject = !relative(final, root).startsWith("..");
  const top = inside.split(sep)[0] ?? "";
  if (holdsProject || (!outside && PROJECT_FOLDERS.includes(top))) {
    throw new UserError({
      "zh-cn": `--out ${given}：${final} 是项目本身、包含项目或是项目的源文件夹，生成时会把它整个替换掉。请用一个单独的输出文件夹，例如 --out dist。`,
      en: `--out ${given}: ${final} is the project, holds it, or is one of its source folders, which the build would replace. Use a folder of its own, e.g. --out dist.`,
    });
  }
}

/** Slows the swap for the manual test of a build killed between its renames. */
const pauseForTests = async (): Promise<void> => {
  const ms = Number(process.env["PINGAN_TEST_PAUSE_BETWEEN_RENAMES_MS"] ?? 0);
  if (ms > 0) {
    console.error(`[test] between renames for ${ms} ms (pid ${process.pid})`);
    await new Promise((done) => setTimeout(done, ms));
  }
};

export async function buildSite(options: BuildOptions): Promise<string> {
  const root = resolve(options.root);
  const given = options.outDir ?? "dist";
  const final = resolve(root, given);
  checkOutDir(root, final, given);

  // Astro reads these through src/build/deploy.ts, which also validates them.
  if (options.site !== undefined) process.env["PINGAN_SITE"] = checkSite(options.site, "--site");
  if (options.base !== undefined) process.env["PINGAN_BASE"] = normaliseBase(options.base);
  process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

  // The folder the output goes in must be there and writable: found out before Astro starts.
  try {
    await checkWritableFolder(dirname(final));
  } catch (error) {
    const found = fsErrorOf(error);
    if (found?.path === dirname(final)) Object.assign(error as Error, { path: final });
    throw asUserErrorFor(`--out ${given}`, error);
  }
  const note = options.note ?? ((text: Text) => console.warn(say(text)));
  const deploy = () => readDeploySettings(pathToFileURL(`${root}/`));
  try {
    return await runStaged(
      final,
      async (staging) => {
        await build({
          root,
          outDir: staging,
          // Astro's content store lives in node_modules/.astro; copies of a project that share one
          // node_modules (the tests' copies) each name a folder of their own.
          ...(process.env["PINGAN_ASTRO_CACHE"]
            ? { cacheDir: process.env["PINGAN_ASTRO_CACHE"] }
            : {}),
          logLevel: options.logLevel ?? "info",
          // The build stays quiet about updates and sends no telemetry: no network at build time.
          vite: { logLevel: "warn" },
        });
        // Written into the staged folder, so it goes live with the files it lists.
        if (options.release) await writeReleaseManifest(staging, { ...deploy(), root });
      },
      {
        ...diskOps,
        lock: async (path, folder) => {
          const held = await acquireLock(path, folder);
          if (held.tookOver) {
            const { pid, started } = held.tookOver;
            note({
              "zh-cn": `发现过期的锁 ${path}（进程 ${pid}，开始于 ${started}，已不在运行），已接管。`,
              en: `found a stale lock ${path} (process ${pid}, started ${started}, no longer running); taken over.`,
            });
          }
          return held;
        },
      },
      {
        note,
        betweenRenames: pauseForTests,
        // The content gate, as `npm run check` runs it: nothing is cleared or swapped in while
        // content has errors, and Astro waits for it before building (content-gate.ts).
        check: () => {
          const gateOptions: GateOptions = {
            deploy: deploy(),
            release: {
              enabled: options.release !== undefined,
              acceptUncertainDates: options.release?.acceptUncertainDates ?? false,
              siteFrom: options.site === undefined ? "deploy.yaml" : "--site",
            },
          };
          const worker = startThread(new URL("./gate-worker.ts", import.meta.url), {
            data: { root, options: gateOptions },
          });
          const verdict = replyOf<Problem[]>(worker).then((problems) => {
            const errors = errorsOf(problems);
            if (errors.length > 0) throw new ContentProblems(errors);
            options.onWarnings?.(problems.filter((p) => p.level === "warning"));
          });
          worker.ref();
          handOverVerdict(verdict);
          return verdict;
        },
      },
    );
  } finally {
    handOverVerdict(undefined);
  }
}
