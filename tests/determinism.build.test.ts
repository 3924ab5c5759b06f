/**
 * Two clean builds of the same content give byte-identical output: every page, asset, search
 * index file, image and print PDF (each build with empty image and print caches of its own).
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFiles } from "./support/dist.ts";
import { copyProject, runBuild, tempDir } from "./support/project.ts";

describe("determinism", () => {
  let dir = "";
  let project = "";
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    if (project) await rm(project, { recursive: true, force: true });
  });

  it("gives byte-identical dist/ from two clean builds", async () => {
    dir = await tempDir("determinism");
    project = await copyProject("determinism");
    const digests: Map<string, string>[] = [];
    for (const run of ["a", "b"]) {
      const out = join(dir, run);
      const result = await runBuild(project, ["--out", out], {
        PINGAN_IMAGE_CACHE: join(dir, `cache-${run}`),
        PINGAN_PRINT_CACHE: join(dir, `print-cache-${run}`),
      });
      expect(result.code, result.stderr).toBe(0);
      digests.push(
        new Map(
          listFiles(out).map((file) => [
            file,
            createHash("sha256")
              .update(readFileSync(join(out, file)))
              .digest("hex"),
          ]),
        ),
      );
    }
    const [a, b] = digests as [Map<string, string>, Map<string, string>];
    expect([...b.keys()]).toEqual([...a.keys()]);
    const differing = [...a]
      .filter(([file, digest]) => b.get(file) !== digest)
      .map(([file]) => file);
    expect(differing).toEqual([]);
    expect(a.size).toBeGreaterThan(100);
    expect([...a.keys()].filter((file) => file.endsWith(".pdf")).length).toBeGreaterThan(10);
  });
});
