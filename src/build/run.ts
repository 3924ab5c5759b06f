/**
 * The whole build: Astro renders into a staging folder next to `dist/`; only when every step
 * has succeeded does the staging folder replace `dist/`. A failed build leaves the previous
 * `dist/` exactly as it was.
 *
 * The `dist/` it replaces is kept as `dist.previous/` (to roll back to, by swapping the two
 * folders) until the next build, which deletes it while Astro starts. Deleting tens of
 * thousands of files takes seconds of the kernel's time; at the start of a build one core is
 * idle, at its end both are busy and the user waits.
 */
import { rename, rm, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { Worker } from "node:worker_threads";
import { build } from "astro";
import { pathToFileURL } from "node:url";
import { runGate } from "../content/gate.ts";
import { ContentProblems, errorsOf, type Problem } from "../content/problems.ts";
import { checkSite, normaliseBase, readDeploySettings } from "./deploy.ts";

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** Output folder, relative to root. */
  outDir?: string;
  /** Overrides content/data/deploy.yaml. */
  site?: string | undefined;
  base?: string | undefined;
  logLevel?: "debug" | "info" | "warn" | "error" | "silent";
  /** Told the content gate's warnings before Astro starts (errors stop the build). */
  onWarnings?: (warnings: readonly Problem[]) => void;
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
  await new Promise<void>((done, fail) => {
    const worker = new Worker(new URL("./remove-worker.ts", import.meta.url), { workerData: dir });
    worker.once("error", fail);
    worker.once("exit", (code) =>
      code === 0 ? done() : fail(new Error(`Deleting ${dir} stopped (exit code ${code})`)),
    );
  });
}

export async function buildSite(options: BuildOptions): Promise<string> {
  const root = resolve(options.root);
  const final = resolve(root, options.outDir ?? "dist");
  const staging = `${final}.staging`;
  const retired = `${final}.previous`;

  // Astro reads these through src/build/deploy.ts, which also validates them.
  if (options.site !== undefined) process.env["PINGAN_SITE"] = checkSite(options.site, "--site");
  if (options.base !== undefined) process.env["PINGAN_BASE"] = normaliseBase(options.base);
  process.env["ASTRO_TELEMETRY_DISABLED"] = "1";

  // The content gate, as `npm run check` runs it: nothing is written while content has errors.
  const gate = await runGate(root, { deploy: readDeploySettings(pathToFileURL(`${root}/`)) });
  const errors = errorsOf(gate.problems);
  if (errors.length > 0) throw new ContentProblems(errors);
  options.onWarnings?.(gate.problems.filter((p) => p.level === "warning"));
  // Astro's own copy of the gate (src/build/integrations/content-gate.ts) need not run again.
  process.env["PINGAN_GATE"] = "done";

  const clearing = removeBeside(retired);
  // Awaited below; until then a failure must not go unhandled.
  clearing.catch(() => undefined);
  await rm(staging, { recursive: true, force: true });
  try {
    await build({
      root,
      outDir: staging,
      // Astro's content store lives in node_modules/.astro; copies of a project that share one
      // node_modules (the tests' copies) each name a folder of their own.
      ...(process.env["PINGAN_ASTRO_CACHE"] ? { cacheDir: process.env["PINGAN_ASTRO_CACHE"] } : {}),
      logLevel: options.logLevel ?? "info",
      // The build stays quiet about updates and sends no telemetry: no network at build time.
      vite: { logLevel: "warn" },
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    await clearing.catch(() => undefined);
    throw error;
  }

  await clearing;
  if (await exists(final)) await rename(final, retired);
  await rename(staging, final);
  return final;
}
