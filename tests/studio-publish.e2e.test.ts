/**
 * Publishing from the studio on content an office has made its own: the release gate finds no
 * blocker, the release build runs (a child of the studio's own Node, no shell), and the built
 * folder can be downloaded as a .zip holding every page and dist/release.json.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asAnOffice } from "./support/office.ts";
import { copyProject } from "./support/project.ts";

const ADDRESS = /^http:\/\/127\.0\.0\.1:\d+\/s\/[\w-]+\/$/mu;

/** The environment a user's shell gives the studio (no Vitest or Vite variables). */
const userEnv = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith("VITEST") &&
        !["BASE_URL", "MODE", "DEV", "PROD", "SSR", "NODE_ENV", "TEST"].includes(key),
    ),
  );

describe("publishing from the studio", () => {
  let root = "";
  let child: ChildProcess;
  let address = "";

  beforeAll(async () => {
    root = await copyProject("studio-publish");
    asAnOffice(join(root, "content"));
    child = spawn(
      process.execPath,
      [join(root, "scripts/studio.ts"), "--port", "0", "--no-open", "--root", root],
      { cwd: root, env: userEnv(), stdio: ["ignore", "pipe", "inherit"] },
    );
    address = await new Promise<string>((resolve, reject) => {
      let out = "";
      const timer = setTimeout(() => reject(new Error(`no address: ${out}`)), 10_000);
      child.stdout?.on("data", (chunk: Buffer) => {
        out += chunk.toString();
        const match = ADDRESS.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[0]);
        }
      });
    });
  });

  afterAll(async () => {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGINT");
      await exited;
    }
    if (root) await rm(root, { recursive: true, force: true });
  });

  it("builds the release and offers it as a .zip", async () => {
    const origin = new URL(address).origin;
    const started = performance.now();
    const response = await fetch(`${address}studio/publish`, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: "{}",
    });
    const answer = (await response.json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ ok: true, blockers: [], zip: "download/site.zip" });
    console.log(`published in ${Math.round((performance.now() - started) / 1000)} s`);
    expect(existsSync(join(root, "dist/release.json"))).toBe(true);
    const zip = Buffer.from(await (await fetch(`${address}download/site.zip`)).arrayBuffer());
    expect(zip.subarray(0, 2).toString()).toBe("PK");
    expect(zip.includes(Buffer.from("release.json"))).toBe(true);
    expect(
      zip.includes(Buffer.from("zh-cn/index.html")) || zip.includes(Buffer.from("index.html")),
    ).toBe(true);
  });
});
