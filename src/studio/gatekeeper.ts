/**
 * Nothing the build would refuse is written: a change is applied to a copy of `content/` in a
 * temporary folder and the content gate (src/content/gate.ts: the same checks as `npm run
 * check` and the build, print layout included) runs over the copy. Only errors the change
 * brings are held against it, so an office whose content already has a problem elsewhere can
 * still save (the problem stays listed under 发布).
 */
import { cp, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * The gate (and the print layout it runs) is loaded on first use: the studio answers its first
 * page in well under a second, and the gate is ready by the time anything is saved.
 */
export const runGate = async (root: string, options: GateOptions = {}): Promise<GateResult> =>
  (await import("../content/gate.ts")).runGate(root, options);
import type { GateOptions, GateResult } from "../content/gate.ts";
import { errorsOf, type Problem } from "../content/problems.ts";

export interface Change {
  /** Project-relative, forward slashes, under content/. */
  path: string;
  /** The new bytes, or null to delete the file. */
  bytes: Uint8Array | null;
}

const keyOf = (p: Problem) => `${p.file}|${p.field ?? ""}|${p.message["zh-cn"]}`;

/** Runs the gate over `content/` with the changes applied, in a throwaway copy. */
export async function gateWith(
  root: string,
  changes: readonly Change[],
  options: GateOptions = {},
): Promise<GateResult> {
  const copy = await mkdtemp(join(tmpdir(), "pingan-studio-"));
  try {
    await cp(join(root, "content"), join(copy, "content"), { recursive: true });
    for (const change of changes) {
      const target = join(copy, change.path);
      if (change.bytes === null) {
        await rm(target, { force: true });
      } else {
        await mkdir(dirname(target), { recursive: true });
        await writeFile(target, change.bytes);
      }
    }
    return await runGate(copy, options);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

export class Gatekeeper {
  private baseline: Promise<Set<string>> | undefined;

  private readonly root: string;

  constructor(root: string) {
    this.root = root;
  }

  private known(): Promise<Set<string>> {
    this.baseline ??= runGate(this.root).then(
      (result) => new Set(errorsOf(result.problems).map(keyOf)),
    );
    return this.baseline;
  }

  /** The errors the changes would bring (none: they may be written). */
  async check(changes: readonly Change[]): Promise<Problem[]> {
    const known = await this.known();
    const result = await gateWith(this.root, changes);
    const errors = errorsOf(result.problems);
    const fresh = errors.filter((p) => !known.has(keyOf(p)));
    if (fresh.length === 0) this.baseline = Promise.resolve(new Set(errors.map(keyOf)));
    return fresh;
  }

  /** After a change made another way (a restore, a merged ledger proposal). */
  forget(): void {
    this.baseline = undefined;
  }
}
