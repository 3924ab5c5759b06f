import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildTime, currentCommit, writeReleaseManifest } from "./release.ts";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("release.json", () => {
  it("lists every file with its sha256, the counts, the commit and the build time", async () => {
    dir = mkdtempSync(join(tmpdir(), "pingan-release-json-"));
    const dist = join(dir, "dist");
    mkdirSync(join(dist, "materials/poster"), { recursive: true });
    writeFileSync(join(dist, "index.html"), "<p>hi</p>");
    writeFileSync(join(dist, "materials/poster/poster.pdf"), "%PDF");
    mkdirSync(join(dir, ".git/refs/heads"), { recursive: true });
    writeFileSync(join(dir, ".git/HEAD"), "ref: refs/heads/main\n");
    writeFileSync(join(dir, ".git/refs/heads/main"), `${"a".repeat(40)}\n`);
    process.env["SOURCE_DATE_EPOCH"] = "1700000000";
    try {
      const manifest = await writeReleaseManifest(dist, {
        site: "https://www.xx.gov.cn",
        base: "/",
        root: dir,
      });
      expect(manifest.commit).toBe("a".repeat(40));
      expect(manifest.builtAt).toBe("2023-11-14T22:13:20.000Z");
      expect(manifest.counts).toEqual({ files: 2, pages: 1, materials: 1, images: 0 });
      expect(manifest.files["index.html"]).toBe(
        createHash("sha256").update("<p>hi</p>").digest("hex"),
      );
      expect(JSON.parse(readFileSync(join(dist, "release.json"), "utf8"))).toEqual(manifest);
    } finally {
      delete process.env["SOURCE_DATE_EPOCH"];
    }
  });

  it("finds no commit outside git, and takes the time from SOURCE_DATE_EPOCH or now", () => {
    dir = mkdtempSync(join(tmpdir(), "pingan-release-json-"));
    expect(currentCommit(dir)).toBeNull();
    const now = new Date("2026-12-07T00:00:00Z");
    expect(buildTime({}, now)).toBe(now.toISOString());
  });
});
