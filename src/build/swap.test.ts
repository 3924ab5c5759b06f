import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { readdir, rename, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { say, type Text } from "../i18n/messages.ts";
import { acquireLock } from "./lock.ts";
import { failedBuildState, runStaged, type FolderOps } from "./swap.ts";

/**
 * Folders in memory: each holds the build that made it (or "partial" while a build writes it).
 * After every operation the test checks that a complete build is in dist or dist.previous.
 */
class Model implements FolderOps {
  folders = new Map<string, string>();
  log: string[] = [];
  /** Called after every operation (the invariant check), and may throw to "kill" the build. */
  after: (op: string) => void = () => undefined;

  private step(op: string) {
    this.log.push(op);
    this.after(op);
  }
  async exists(path: string) {
    return this.folders.has(path);
  }
  async rename(from: string, to: string) {
    const value = this.folders.get(from);
    if (value === undefined) throw Object.assign(new Error(`ENOENT ${from}`), { code: "ENOENT" });
    if (this.folders.has(to))
      throw Object.assign(new Error(`ENOTEMPTY ${to}`), { code: "ENOTEMPTY" });
    this.folders.delete(from);
    this.folders.set(to, value);
    this.step(`rename ${from} ${to}`);
  }
  async remove(path: string) {
    if (this.folders.delete(path)) this.step(`remove ${path}`);
  }
  async removeBeside(path: string) {
    await this.remove(path);
  }
  async list(dir: string) {
    return [...this.folders.keys()]
      .filter((p) => p.startsWith(`${dir}/`))
      .map((p) => p.slice(dir.length + 1));
  }
  async lock() {
    return { release: async () => undefined };
  }
  /** A build rendering: the staging folder appears partial, then complete. */
  render(name: string, fail = false) {
    return async (staging: string) => {
      this.folders.set(staging, "partial");
      this.step(`render ${staging}`);
      if (fail) throw new Error("the build failed");
      this.folders.set(staging, name);
    };
  }
}

const complete = (value: string | undefined) => value !== undefined && value !== "partial";

describe("staging and swapping the output folder", () => {
  const final = "/p/dist";
  let model: Model;
  beforeEach(() => {
    model = new Model();
    model.after = () => {
      const held = [model.folders.get(final), model.folders.get(`${final}.previous`)];
      // Once a first build finished, one complete build is always in place.
      if (model.log.some((op) => op.startsWith(`rename ${final}.staging ${final}`))) {
        expect(held.some(complete), model.log.join("\n")).toBe(true);
      }
    };
  });

  it("keeps a complete build in dist/ or dist.previous/ at every step of three builds", async () => {
    await runStaged(final, model.render("one"), model);
    await runStaged(final, model.render("two"), model);
    await runStaged(final, model.render("three"), model);
    expect(model.folders.get(final)).toBe("three");
    expect(model.folders.get(`${final}.previous`)).toBe("two");
    expect([...model.folders.keys()].sort()).toEqual([final, `${final}.previous`]);
  });

  it("leaves dist/ as it was when a build fails, and no staging folder", async () => {
    await runStaged(final, model.render("one"), model);
    await runStaged(final, model.render("two"), model);
    await expect(runStaged(final, model.render("three", true), model)).rejects.toThrow(/failed/);
    expect(model.folders.get(final)).toBe("two");
    expect(model.folders.has(`${final}.staging`)).toBe(false);
    const state = await failedBuildState(final, model);
    expect(say(state, "en")).toBe("Build failed; the previous dist/ is unchanged.");
  });

  it("restores dist/ first after a build killed between its two renames, even if the next fails", async () => {
    await runStaged(final, model.render("one"), model);
    // Killed right after dist → dist.previous: nothing else runs, no clean-up.
    const killed = new Error("killed");
    model.after = (op) => {
      if (op === `rename ${final} ${final}.previous`) throw killed;
    };
    await expect(runStaged(final, model.render("two"), model)).rejects.toBe(killed);
    expect(model.folders.has(final)).toBe(false);
    expect(model.folders.get(`${final}.previous`)).toBe("one");
    expect(model.folders.get(`${final}.staging`)).toBe("two");
    expect(say(await failedBuildState(final, model), "en")).toMatch(
      /there is no dist\/, the previous build is in dist\.previous\//,
    );

    model.after = () => undefined;
    const notes: Text[] = [];
    await expect(
      runStaged(final, model.render("three", true), model, { note: (t) => notes.push(t) }),
    ).rejects.toThrow(/failed/);
    expect(model.folders.get(final)).toBe("one");
    expect([...model.folders.keys()]).toEqual([final]);
    expect(say(notes[0] as Text, "en")).toMatch(/dist\.previous\/ has been restored as dist\//);
    expect(say(await failedBuildState(final, model), "en")).toBe(
      "Build failed; the previous dist/ is unchanged.",
    );
  });

  it("puts dist/ back when the second rename fails", async () => {
    await runStaged(final, model.render("one"), model);
    const broken = new Model();
    broken.folders = model.folders;
    broken.rename = async function (from, to) {
      if (from.endsWith(".staging")) throw Object.assign(new Error("ENOSPC"), { code: "ENOSPC" });
      return Model.prototype.rename.call(this, from, to);
    };
    await expect(runStaged(final, broken.render("two"), broken)).rejects.toThrow("ENOSPC");
    expect(model.folders.get(final)).toBe("one");
  });

  it("deletes an old dist.previous/ only under another name, and finishes a cut-off deletion", async () => {
    await runStaged(final, model.render("one"), model);
    await runStaged(final, model.render("two"), model, {}, "t2");
    model.folders.set(`${final}.deleting-old`, "partial");
    await runStaged(final, model.render("three"), model, {}, "t3");
    expect(model.log).toContain(`rename ${final}.previous ${final}.deleting-t3`);
    expect(model.log).not.toContain(`remove ${final}.previous`);
    expect([...model.folders.keys()].sort()).toEqual([final, `${final}.previous`]);
  });

  it("runs the check beside the build after the restore; a failed check clears and swaps nothing", async () => {
    await runStaged(final, model.render("one"), model);
    await runStaged(final, model.render("two"), model);
    // As a build killed between its renames leaves it.
    model.folders.set(`${final}.staging`, "three");
    model.folders.delete(final);
    const check = async () => {
      expect(model.folders.get(final), "restored first").toBe("one");
      throw new Error("content has errors");
    };
    await expect(runStaged(final, model.render("three"), model, { check })).rejects.toThrow(
      /content/,
    );
    expect([...model.folders.keys()]).toEqual([final]);
    expect(model.log.filter((op) => op.includes(".deleting-"))).toEqual([]);
  });

  it("reports the check's error when the render fails on the same content", async () => {
    await runStaged(final, model.render("one"), model);
    const check = () =>
      new Promise<void>((_, fail) => setTimeout(() => fail(new Error("content has errors")), 10));
    await expect(runStaged(final, model.render("two", true), model, { check })).rejects.toThrow(
      /content has errors/,
    );
    expect([...model.folders.keys()]).toEqual([final]);
  });

  it("says so when there has never been a build", async () => {
    await expect(runStaged(final, model.render("one", true), model)).rejects.toThrow();
    expect(say(await failedBuildState(final, model), "en")).toBe(
      "Build failed; there is no dist/ yet (no earlier build finished).",
    );
  });
});

describe("the output folder's lock, on disk", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "pingan-lock-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const disk = (): FolderOps => ({
    exists: async (path) => {
      try {
        await stat(path);
        return true;
      } catch {
        return false;
      }
    },
    rename: (from, to) => rename(from, to),
    remove: (path) => rm(path, { recursive: true, force: true }),
    removeBeside: (path) => rm(path, { recursive: true, force: true }),
    list: (path) => readdir(path),
    lock: (path, folder) => acquireLock(path, folder),
  });

  /** A build that writes a file, taking `ms` about it. */
  const render = (name: string, ms: number) => async (staging: string) => {
    mkdirSync(staging, { recursive: true });
    await new Promise((done) => setTimeout(done, ms));
    writeFileSync(join(staging, "index.html"), name);
  };

  it("lets one of two builds at once run, and refuses the other naming the running one", async () => {
    const final = join(dir, "dist");
    const results = await Promise.allSettled([
      runStaged(final, render("a", 200), disk()),
      runStaged(final, render("b", 200), disk()),
    ]);
    const done = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    const reason = (refused[0] as PromiseRejectedResult).reason as Error;
    expect(reason.name).toBe("BuildLockedError");
    expect(reason.message).toContain(`进程 ${process.pid}`);
    expect(reason.message).toContain(`${final}.lock`);
    expect(existsSync(join(final, "index.html"))).toBe(true);
    expect(existsSync(`${final}.lock`), "the lock is released").toBe(false);
    expect(existsSync(`${final}.staging`)).toBe(false);
    // Once the first has finished, the next build runs.
    await runStaged(final, render("c", 0), disk());
    expect(readFileSync(join(final, "index.html"), "utf8")).toBe("c");
  });

  it("takes over the lock of a build that is gone, with a note", async () => {
    const path = join(dir, "dist.lock");
    // PID 2^22 + 1 is above Linux's pid_max: no such process.
    const gone = { pid: 4194305, started: "2026-01-01T00:00:00.000Z", host: "" };
    const { hostname } = await import("node:os");
    gone.host = hostname();
    writeFileSync(path, JSON.stringify(gone));
    const held = await acquireLock(path, "dist");
    expect(held.tookOver?.pid).toBe(4194305);
    expect(JSON.parse(readFileSync(path, "utf8")).pid).toBe(process.pid);
    await held.release();
    expect(existsSync(path)).toBe(false);
  });

  it("fails on a folder it cannot write with the file-system error, before building", async () => {
    const final = join(dir, "missing-parent", "x", "dist");
    let rendered = false;
    await expect(
      runStaged(
        final,
        async () => {
          rendered = true;
        },
        disk(),
      ),
    ).rejects.toMatchObject({ code: "ENOENT" });
    expect(rendered).toBe(false);
  });
});
