import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { say } from "../i18n/messages.ts";
import { UserError } from "./errors.ts";
import {
  asUserError,
  checkWritableFolder,
  describeFsError,
  fsProblem,
  FS_CODES,
  makeFolder,
  withPath,
} from "./fs-errors.ts";
import { errorLine } from "./run.ts";

const errno = (code: string, path?: string) =>
  Object.assign(new Error(`${code}: something, open '${path}'`), { code, path });

describe("file-system errors in words", () => {
  it("names the path, the problem and the fix in each language, on one line", () => {
    for (const code of FS_CODES) {
      const text = fsProblem(code, "/srv/out");
      for (const line of [text["zh-cn"], text.en]) {
        expect(line, code).toContain("/srv/out");
        expect(line, code).toContain(code);
        expect(line, code).not.toContain("\n");
      }
    }
    expect(say(fsProblem("EACCES", "/srv/out"), "en")).toBe(
      "no permission to write /srv/out (EACCES). Use a folder you can write to, or change its permissions (e.g. chmod u+w), and try again.",
    );
  });

  it("reads the code and path from the error or its cause, and leaves other errors alone", () => {
    expect(describeFsError(errno("EROFS", "/x"))?.en).toMatch(/^\/x is on a read-only file system/);
    const wrapped = new Error("outer", { cause: errno("ENOSPC", "/y") });
    expect(describeFsError(wrapped)?.en).toMatch(/the disk is full: cannot write \/y/);
    expect(describeFsError(new Error("plain"))).toBeUndefined();
    expect(describeFsError(errno("ECONNRESET", "/z"))).toBeUndefined();
    // A disk-full write names no path: the caller's is added.
    expect(describeFsError(withPath(errno("ENOSPC"), "/w"))?.en).toContain("/w");
    expect(asUserError(errno("EPERM", "/p"))).toBeInstanceOf(UserError);
    expect(errorLine(errno("EISDIR", "/d"))).toContain("/d");
    expect(errorLine(new Error("x"))).toBeUndefined();
  });
});

describe("making folders", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "pingan-fs-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("makes missing parents, and gives up at once where Node's recursive mkdir spins", async () => {
    await makeFolder(join(dir, "a/b/c"));
    expect(await readdir(join(dir, "a/b"))).toEqual(["c"]);
    await makeFolder(join(dir, "a/b/c"));
    // fs.mkdir("/proc/x", { recursive: true }) never returns on Linux.
    await expect(makeFolder("/proc/x/y")).rejects.toMatchObject({
      code: "ENOENT",
      path: "/proc/x",
    });
    writeFileSync(join(dir, "file"), "");
    await expect(makeFolder(join(dir, "file/sub"))).rejects.toMatchObject({ code: "ENOTDIR" });
  });

  it("checks that a folder can be written by writing in it, and leaves nothing behind", async () => {
    await checkWritableFolder(join(dir, "out"));
    expect(await readdir(join(dir, "out"))).toEqual([]);
    await expect(checkWritableFolder("/proc")).rejects.toMatchObject({ path: "/proc" });
  });
});
