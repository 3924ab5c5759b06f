/**
 * `dist/release.json`: what a release published, so an office can tell later exactly which
 * files went out: the address, the commit (read from .git, no git program needed), the build
 * time (SOURCE_DATE_EPOCH when set, for reproducible releases), counts, and every file's sha256.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";

export const RELEASE_FILE = "release.json";

export interface ReleaseManifest {
  site: string;
  base: string;
  commit: string | null;
  /** ISO time of the build. */
  builtAt: string;
  counts: { files: number; pages: number; materials: number; images: number };
  files: Record<string, string>;
}

/** The commit checked out in `root`, read from .git (a worktree's .git file is followed). */
export function currentCommit(root: string): string | null {
  let git = join(root, ".git");
  try {
    if (!existsSync(git)) return null;
    if (statSync(git).isFile()) {
      const pointer = /^gitdir: (.+)$/mu.exec(readFileSync(git, "utf8"))?.[1]?.trim();
      if (!pointer) return null;
      git = join(root, pointer);
    }
    const head = readFileSync(join(git, "HEAD"), "utf8").trim();
    if (/^[0-9a-f]{40}$/u.test(head)) return head;
    const ref = /^ref: (.+)$/u.exec(head)?.[1];
    if (!ref) return null;
    // A worktree keeps its refs in the common folder.
    const common = existsSync(join(git, "commondir"))
      ? join(git, readFileSync(join(git, "commondir"), "utf8").trim())
      : git;
    for (const dir of [git, common]) {
      const loose = join(dir, ref);
      if (existsSync(loose)) return readFileSync(loose, "utf8").trim();
      const packed = join(dir, "packed-refs");
      if (existsSync(packed)) {
        const line = readFileSync(packed, "utf8")
          .split("\n")
          .find((l) => l.endsWith(` ${ref}`));
        if (line) return line.slice(0, 40);
      }
    }
  } catch {
    return null;
  }
  return null;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((file) => file !== RELEASE_FILE)
    .sort();
}

export function buildTime(env: NodeJS.ProcessEnv = process.env, now = new Date()): string {
  const epoch = Number(env["SOURCE_DATE_EPOCH"]);
  return (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : now).toISOString();
}

export async function writeReleaseManifest(
  dist: string,
  release: { site: string; base: string; root: string },
): Promise<ReleaseManifest> {
  const files: Record<string, string> = {};
  const names = await listFiles(dist);
  for (const file of names) {
    files[file] = createHash("sha256")
      .update(await readFile(join(dist, file)))
      .digest("hex");
  }
  const manifest: ReleaseManifest = {
    site: release.site,
    base: release.base,
    commit: currentCommit(release.root),
    builtAt: buildTime(),
    counts: {
      files: names.length,
      pages: names.filter((f) => f.endsWith(".html")).length,
      materials: names.filter((f) => f.startsWith("materials/") && f.endsWith(".pdf")).length,
      images: names.filter((f) => /\.(?:png|jpe?g|webp|avif)$/u.test(f)).length,
    },
    files,
  };
  await writeFile(join(dist, RELEASE_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
