/**
 * The one test of the shipped sample content: it builds. Every other test reads the fixture
 * content under tests/fixtures/, since an office replaces the samples (and this test then checks
 * that its own content builds).
 */
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { copyProject, projectRoot, runBuild } from "./support/project.ts";

describe("the shipped content", () => {
  let project = "";
  afterAll(async () => {
    if (project) await rm(project, { recursive: true, force: true });
  });

  it("builds", async () => {
    project = await copyProject("samples", { content: join(projectRoot, "content") });
    const out = join(project, "dist");
    const result = await runBuild(project, ["--out", out]);
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(existsSync(join(out, "en/index.html"))).toBe(true);
  });
});
