import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { zipFolder } from "./zip.ts";

/** Reads a zip back through its central directory: name → bytes. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const body = zip.subarray(start, start + size);
    files.set(name, method === 8 ? inflateRawSync(body) : Buffer.from(body));
    at += 46 + nameLength + extra;
  }
  return files;
}

describe("the site as a .zip", () => {
  let dir = "";
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("holds every file with its path and bytes, names in UTF-8", async () => {
    dir = await mkdtemp(join(tmpdir(), "pingan-zip-"));
    await mkdir(join(dir, "zh-cn/工作动态"), { recursive: true });
    const page = "<!doctype html><p>扫黑除恶</p>".repeat(50);
    await writeFile(join(dir, "index.html"), page);
    await writeFile(join(dir, "zh-cn/工作动态/a.txt"), "甲");
    await writeFile(join(dir, "empty"), "");
    const files = unzip(await zipFolder(dir));
    expect([...files.keys()].sort()).toEqual(["empty", "index.html", "zh-cn/工作动态/a.txt"]);
    expect(files.get("index.html")?.toString()).toBe(page);
    expect(files.get("zh-cn/工作动态/a.txt")?.toString()).toBe("甲");
  });
});
