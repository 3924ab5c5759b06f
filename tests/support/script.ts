/**
 * A staff command run as staff run it: plain Node on `scripts/<name>.ts` from a project folder
 * (`cwd`, by default this one), without colour; the exit status and everything it printed.
 */
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { projectRoot } from "./project.ts";

export function runScript(
  script: string,
  args: string[],
  { cwd = projectRoot }: { cwd?: string } = {},
): { status: number; output: string } {
  try {
    const output = execFileSync(
      process.execPath,
      [join(projectRoot, `scripts/${script}.ts`), ...args],
      {
        cwd,
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      },
    );
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string; stderr: string };
    return { status: failed.status, output: failed.stdout + failed.stderr };
  }
}
