/**
 * npm run build [-- --site https://example.org] [-- --base /sub/path/]
 * Builds everything into dist/; on failure the previous dist/ is left untouched.
 *
 * package.json runs this with `--max-semi-space-size=64` (MB): the build makes short-lived
 * strings and objects by the million (pages, index messages, staff files), and V8's default
 * young generation collects them so often that at 10,000 pages it cost about 5 s of processor
 * time more, on every thread.
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
