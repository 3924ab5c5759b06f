import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { exampleSpecs } from "./examples.ts";
import { materialFiles } from "./files.ts";
import { writeMaterials } from "./output.ts";

const dir = mkdtempSync(join(tmpdir(), "pingan-pool-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const banners = ["a", "b", "c", "d"].map((id) => ({ ...exampleSpecs.banner, id }));

describe("writeMaterials", { timeout: 60_000 }, () => {
  it("draws on this thread and a worker, reporting in input order, then copies from the cache", async () => {
    const cache = join(dir, "cache");
    const first = await writeMaterials(banners, join(dir, "out"), cache, 2);
    expect(first.map((item) => item.spec.id)).toEqual(["a", "b", "c", "d"]);
    expect(first.every((item) => !item.cached)).toBe(true);
    for (const spec of banners) {
      expect(existsSync(join(dir, "out", materialFiles(spec).pdf))).toBe(true);
    }
    const again = await writeMaterials(banners, join(dir, "out"), cache, 2);
    expect(again.every((item) => item.cached)).toBe(true);
  });

  it("fails with the material's own message when one cannot be drawn", async () => {
    const tooLong = { ...exampleSpecs.banner, id: "long", slogan: "扫黑除恶".repeat(20) };
    await expect(
      writeMaterials([...banners, tooLong], join(dir, "bad"), undefined, 2),
    ).rejects.toThrow(
      /banner\.yaml: slogan 标语太长：这条 600×70 厘米的横幅一行最多放 12 个字，现在多了 \d+ 个/u,
    );
  });
});
