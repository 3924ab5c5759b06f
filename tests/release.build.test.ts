/**
 * npm run build -- --release: refused on the sample data, naming each blocker and leaving dist/
 * as it was; passes once the content is an office's own, and dist/release.json lists every file.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "./support/dist.ts";
import { asAnOffice } from "./support/office.ts";
import { copyProject, runBuild } from "./support/project.ts";

describe("a release build", () => {
  let root = "";
  beforeAll(async () => {
    root = await copyProject("release");
    await mkdir(join(root, "dist"));
    await writeFile(join(root, "dist/index.html"), "the previous build");
  });
  afterAll(async () => {
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("is refused while sample data is left, naming every blocker, and dist/ is kept", async () => {
    const result = await runBuild(root, ["--release"]);
    const output = result.stdout + result.stderr;
    expect(result.code).toBe(1);
    expect(output).toMatch(
      /content\/data\/deploy\.yaml: site: “pingan\.example\.org”是示例或本机地址/u,
    );
    expect(output).toMatch(/content\/data\/channels\.yaml:\d+: local-office-phone\.sample/u);
    expect(output).toMatch(/content\/data\/rewards\.yaml:\d+: zh-cn\.sample/u);
    expect(output).toMatch(/content\/data\/ledger\.yaml:\d+: .*台账里还有/u);
    expect(await readFile(join(root, "dist/index.html"), "utf8")).toBe("the previous build");
  });

  it("passes on an office's own content and records every file in release.json", async () => {
    asAnOffice(join(root, "content"));
    const result = await runBuild(root, ["--release"], { SOURCE_DATE_EPOCH: "1765000000" });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const dist = join(root, "dist");
    const release = JSON.parse(await readFile(join(dist, "release.json"), "utf8")) as {
      site: string;
      base: string;
      builtAt: string;
      files: Record<string, string>;
      counts: { files: number; materials: number };
    };
    expect(release.site).toBe("https://www.rongcheng.gov.cn");
    expect(release.base).toBe("/saohei/");
    expect(release.builtAt).toBe(new Date(1765000000 * 1000).toISOString());
    const files = listFiles(dist).filter((file) => file !== "release.json");
    expect(Object.keys(release.files).sort()).toEqual([...files].sort());
    expect(release.counts.files).toBe(files.length);
    expect(release.counts.materials).toBeGreaterThan(5);
    const page = "index.html";
    expect(release.files[page]).toBe(
      createHash("sha256")
        .update(readFileSync(join(dist, page)))
        .digest("hex"),
    );
  });
});
