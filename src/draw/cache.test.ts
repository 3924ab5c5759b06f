import { mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CacheEntry } from "./cache.ts";

describe("a cache entry", () => {
  const dir = mkdtempSync(join(tmpdir(), "pingan-cache-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bytes = (text: string) => new TextEncoder().encode(text);

  it("stores its first file last, so an entry cut off before the end is not complete", async () => {
    const entry = new CacheEntry(dir, "ab12");
    // A folder where the first file goes: writing it fails, as a full disk would.
    mkdirSync(entry.path("print.pdf"), { recursive: true });
    const files = [
      ["print.pdf", bytes("pdf")],
      ["1.png", bytes("png")],
    ] as const;
    await expect(entry.store(files)).rejects.toThrow();
    expect((await entry.read("1.png"))?.toString()).toBe("png");
    expect(await entry.has("print.pdf")).toBe(false);
    rmSync(entry.path("print.pdf"), { recursive: true });
    await entry.store(files);
    expect(entry.path("print.pdf")).toBe(join(dir, "ab", "ab12", "print.pdf"));
    expect(await entry.has("print.pdf")).toBe(true);
    expect(await entry.read("2.png")).toBeUndefined();
  });

  it("places a file as a hard link, replacing what was there without writing through it", async () => {
    const one = new CacheEntry(dir, "c1");
    const two = new CacheEntry(dir, "c2");
    await one.store([["image.png", bytes("one")]]);
    await two.store([["image.png", bytes("two")]]);
    const target = join(dir, "out", "image.png");
    await one.place("image.png", target);
    expect(statSync(target).ino).toBe(statSync(one.path("image.png")).ino);
    await two.place("image.png", target);
    expect(await readFile(target, "utf8")).toBe("two");
    expect(await readFile(one.path("image.png"), "utf8")).toBe("one");
  });
});
