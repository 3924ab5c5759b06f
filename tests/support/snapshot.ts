/**
 * Image snapshots for pure renderers: a PNG is compared with its reference pixel by pixel; a
 * difference beyond a small tolerance fails. `UPDATE_SNAPSHOTS=1` (or a missing reference
 * outside CI) writes the reference instead.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { expect } from "vitest";

const UPDATE = process.env["UPDATE_SNAPSHOTS"] === "1";
/** Share of pixels allowed to differ: anti-aliasing may vary with the resvg build. */
const TOLERANCE = 0.002;

function differingShare(actual: Buffer, file: string): number {
  const got = PNG.sync.read(actual);
  const want = PNG.sync.read(readFileSync(file));
  expect([got.width, got.height]).toEqual([want.width, want.height]);
  const diff = new PNG({ width: got.width, height: got.height });
  const differing = pixelmatch(got.data, want.data, diff.data, got.width, got.height, {
    threshold: 0.1,
  });
  if (differing > 0) {
    // Outside the repository, so a failed run leaves nothing to commit by mistake.
    const out = `${tmpdir()}/${basename(file).replace(/\.png$/, ".diff.png")}`;
    writeFileSync(out, PNG.sync.write(diff));
    console.warn(`${basename(file)}: ${differing} pixels differ; see ${out}`);
  }
  return differing / (got.width * got.height);
}

export function expectSnapshot(png: Buffer, file: string): void {
  if (UPDATE || (!existsSync(file) && !process.env["CI"])) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, png);
    return;
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE_SNAPSHOTS=1`).toBe(true);
  expect(differingShare(png, file)).toBeLessThanOrEqual(TOLERANCE);
}
