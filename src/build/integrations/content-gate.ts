/**
 * The content gate for Astro's own commands. `npm run build` runs the gate itself before Astro
 * starts (src/build/run.ts) and says so through PINGAN_GATE; `astro build` run directly stops
 * here on the same errors, and `astro dev` shows them in its log without stopping, so staff
 * editing with the dev server see what the build will refuse.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";

export function contentGate(): AstroIntegration {
  return {
    name: "pingan:content-gate",
    hooks: {
      "astro:config:setup": async ({ config, command, logger }) => {
        // Vitest loads this configuration too (getViteConfig); its tests run the gate themselves.
        if (process.env["PINGAN_GATE"] === "done" || process.env["VITEST"]) return;
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
    },
  };
}
