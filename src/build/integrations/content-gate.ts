/**
 * The content gate for Astro's own commands. `npm run build` runs the gate on a thread beside
 * Astro's start (src/build/run.ts) and hands its verdict over (`handOverVerdict`): Astro waits
 * for it before it builds anything. `astro build` run directly stops here on the same errors,
 * and `astro dev` shows them in its log without stopping, so staff editing with the dev server
 * see what the build will refuse.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

/** Where run.ts leaves the gate's verdict: global, as Astro loads this module apart from it. */
const GATE_VERDICT = Symbol.for("pingan.content-gate");

type Holder = { [GATE_VERDICT]?: Promise<void> | undefined };

/** Hands the gate's verdict to Astro's hooks; undefined once the build is over. */
export function handOverVerdict(verdict: Promise<void> | undefined): void {
  (globalThis as Holder)[GATE_VERDICT] = verdict;
}

const verdict = () => (globalThis as Holder)[GATE_VERDICT];

export function contentGate(): AstroIntegration {
  return {
    name: "pingan:content-gate",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        // Vitest loads this configuration too (getViteConfig); its tests run the gate themselves.
        if (verdict() || process.env["VITEST"]) return;
        if (command === "preview" || command === "sync") return;
        const [{ runGate }, { ContentProblems, errorsOf, formatProblem }] = await Promise.all([
          import("../../content/gate.ts"),
          import("../../content/problems.ts"),
        ]);
        const { problems } = await runGate(fileURLToPath(config.root));
        const errors = errorsOf(problems);
        if (errors.length === 0) return;
        if (command === "build") throw new ContentProblems(errors);
        for (const p of errors) logger.error(formatProblem(p));
      },
      // After the content sync, before any page is built.
      "astro:build:start": async () => {
        await verdict();
      },
    },
  };
}
