/**
 * Lets plain Node load the content configuration and the schemas: `astro:content` and
 * `astro/loaders` resolve to small stand-ins. Must run before anything imports the schemas,
 * so the checker is imported dynamically after calling this.
 */
import { registerHooks } from "node:module";

const standIns: Record<string, string> = {
  "astro:content": new URL("./astro-content.ts", import.meta.url).href,
  "astro/loaders": new URL("./astro-loaders.ts", import.meta.url).href,
};

export function useAstroStandIns(): void {
  registerHooks({
    resolve(specifier, context, nextResolve) {
      const url = standIns[specifier];
      return url ? { url, shortCircuit: true } : nextResolve(specifier, context);
    },
  });
}
