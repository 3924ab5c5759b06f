/**
 * Builds the fixture content (tests/fixtures/content) twice before the build tests: at the root
 * of the default site, and under a base path with another site address. Each goes to a
 * temporary folder.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { copyProject, runBuild, tempDir } from "./project.ts";

declare module "vitest" {
  export interface ProvidedContext {
    distRoot: string;
    distBase: string;
  }
}

export default async function setup(project: TestProject) {
  const dir = await tempDir("builds");
  const distRoot = join(dir, "root");
  const distBase = join(dir, "base");
  const fixture = await copyProject("fixture-site");
  for (const [out, extra] of [
    [distRoot, []],
    [distBase, ["--base", "/county/", "--site", "https://campaign.example.net"]],
  ] as const) {
    const result = await runBuild(fixture, ["--out", out, ...extra]);
    if (result.code !== 0) {
      throw new Error(`build into ${out} failed:\n${result.stdout}\n${result.stderr}`);
    }
  }
  project.provide("distRoot", distRoot);
  project.provide("distBase", distBase);
  return async () => {
    await rm(dir, { recursive: true, force: true });
    await rm(fixture, { recursive: true, force: true });
  };
}
