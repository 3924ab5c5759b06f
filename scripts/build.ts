/**
 * npm run build [-- --site https://example.org] [-- --base /sub/path/]
 * Builds everything into dist/; on failure the previous dist/ is left untouched.
 */
import { parseArgs } from "node:util";
import { buildSite } from "../src/build/run.ts";
import { describeError } from "../src/build/errors.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    base: { type: "string" },
    out: { type: "string", default: "dist" },
  },
});

try {
  const started = performance.now();
  const out = await buildSite({
    root: process.cwd(),
    outDir: values.out,
    site: values.site,
    base: values.base,
  });
  console.log(`\nBuilt into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(
    `\nBuild failed; the previous ${values.out}/ is unchanged.\n\n${describeError(error)}`,
  );
  process.exitCode = 1;
}
