/**
 * Helpers for tests that build the real project: run the build command, and make a throwaway
 * copy of the project (sharing node_modules) whose content a test may change or break. The copy
 * holds the frozen fixture content of tests/fixtures/content, never the shipped samples, which
 * an office replaces (tests/samples.build.test.ts is the one test of those).
 */
import { spawn } from "node:child_process";
import { cp, mkdir, mkdtemp, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

export const projectRoot = resolve(import.meta.dirname, "../..");

/** The content the tests build and read: a frozen set of their own. */
export const fixtureContent = join(projectRoot, "tests/fixtures/content");

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment a user's shell would give the build: Vitest puts its own Vite variables
 * (BASE_URL, MODE, NODE_ENV=test, …) into process.env, and Vite would obey them.
 */
function userEnv(): NodeJS.ProcessEnv {
  const vite = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"]);
  return {
    ...Object.fromEntries(
      Object.entries(process.env).filter(([key]) => !vite.has(key) && !key.startsWith("VITEST")),
    ),
    FORCE_COLOR: "0",
    NO_COLOR: "1",
  };
}

/** `node scripts/build.ts …` in `root`, with the Node running the tests. */
export function runBuild(
  root: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, "scripts/build.ts"), ...args], {
      cwd: root,
      // Each copy keeps Astro's content store to itself: copies share node_modules, where
      // Astro keeps it, and builds of copies run at the same time.
      env: { ...userEnv(), PINGAN_ASTRO_CACHE: join(root, ".astro-cache"), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `pingan-${prefix}-`));
}

const COPIED = ["src", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"];

/**
 * A copy of the project in a temporary folder, node_modules linked, ready to build; its
 * `content/` is the fixture content unless `content` names another folder.
 */
export async function copyProject(
  prefix: string,
  { content = fixtureContent }: { content?: string } = {},
): Promise<string> {
  const root = await tempDir(prefix);
  await mkdir(root, { recursive: true });
  for (const entry of COPIED) {
    await cp(join(projectRoot, entry), join(root, entry), { recursive: true });
  }
  await cp(content, join(root, "content"), { recursive: true });
  await symlink(join(projectRoot, "node_modules"), join(root, "node_modules"), "dir");
  return root;
}
