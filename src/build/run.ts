/**
 * The whole build: Astro renders into a staging folder next to `dist/`; only when every step
 * has succeeded does the staging folder replace `dist/`. A failed build leaves the previous
 * `dist/` exactly as it was.
 */
import { rename, rm, stat } from "node:fs/promises";
import { resolve } from "node:path";
import { build } from "astro";
import { checkSite, normaliseBase } from "./deploy.ts";

export interface BuildOptions {
  /** Project root (where astro.config.mjs is). */
  root: string;
  /** Output folder, relative to root. */
  outDir?: string;
  /** Overrides content/data/deploy.yaml. */
  site?: string | undefined;
  base?: string | undefined;
  logLevel?: "debug" | "info" | "warn" | "error" | "silent";
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
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

  await rm(staging, { recursive: true, force: true });
  try {
    await build({
      root,
      outDir: staging,
      logLevel: options.logLevel ?? "info",
      // The build stays quiet about updates and sends no telemetry: no network at build time.
      vite: { logLevel: "warn" },
    });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  await rm(retired, { recursive: true, force: true });
  if (await exists(final)) await rename(final, retired);
  await rename(staging, final);
  await rm(retired, { recursive: true, force: true });
  return final;
}
