// The maker's slices as a build places them: hard links into the drawing cache, cut once on a
// cold cache, and the same bytes written when the cache cannot keep them.
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";

const root = await mkdtemp(join(tmpdir(), "pingan-slices-"));
afterAll(() => rm(root, { recursive: true, force: true }));

/** A fresh copy of font-slices.ts (its memory of cut fonts is per module) using `cache`. */
async function slicesWith(cache: string) {
  vi.stubEnv("PINGAN_FONT_SLICE_CACHE", cache);
  vi.resetModules();
  return import("./font-slices.ts");
}

async function filesIn(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder)).sort();
  return new Map(
    await Promise.all(
      names.map(async (name) => [name, await readFile(join(folder, name))] as const),
    ),
  );
}

describe("placing the maker's font slices", () => {
  let placedOnce: Map<string, Buffer> | undefined;

  it("cuts what the cache lacks once, then places hard links to the cached files", async () => {
    const slices = await slicesWith(join(root, "cache"));
    const fonts = await slices.cacheFontSlices();
    expect(fonts, "every font cut on an empty cache").toBeGreaterThanOrEqual(2);
    expect(await slices.cacheFontSlices(), "nothing cut again").toBe(0);
    const folder = join(root, "dist-a");
    const names = slices.fontSliceNames();
    expect(await slices.placeFontSlices(folder)).toBe(names.length);
    placedOnce = await filesIn(folder);
    expect([...placedOnce.keys()]).toEqual([...names].sort());
    for (const name of names.slice(0, 20)) {
      expect((await stat(join(folder, name))).nlink, name).toBeGreaterThanOrEqual(2);
    }
    const served = await slices.fontSliceFiles();
    for (const [name, bytes] of placedOnce)
      expect(bytes.equals(served.get(name) ?? Buffer.of())).toBe(true);
  }, 120_000);

  it("writes the same bytes when the cache folder cannot be written", async () => {
    const blocker = join(root, "not-a-folder");
    await writeFile(blocker, "");
    const slices = await slicesWith(join(blocker, "cache"));
    expect(await slices.cacheFontSlices()).toBeGreaterThanOrEqual(2);
    const folder = join(root, "dist-b");
    await slices.placeFontSlices(folder);
    const placed = await filesIn(folder);
    expect(placedOnce, "the first test placed the slices").toBeDefined();
    expect([...placed.keys()]).toEqual([...(placedOnce?.keys() ?? [])]);
    for (const [name, bytes] of placed) {
      expect(bytes.equals(placedOnce?.get(name) ?? Buffer.of()), name).toBe(true);
    }
  }, 120_000);
});
