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
import { formatProblems } from "../src/cli/check/report.ts";
import { paintFor } from "../src/cli/output.ts";
import { ContentProblems } from "../src/content/problems.ts";
import { say, useLangFromArgs } from "../src/i18n/messages.ts";

const { values } = parseArgs({
  options: {
    site: { type: "string" },
    base: { type: "string" },
    out: { type: "string", default: "dist" },
    lang: { type: "string" },
  },
});
useLangFromArgs();
const paint = paintFor(process.stderr);

try {
  const started = performance.now();
  const out = await buildSite({
    root: process.cwd(),
    outDir: values.out,
    site: values.site,
    base: values.base,
    onWarnings(warnings) {
      if (warnings.length === 0) return;
      console.log(
        `${say({ "zh-cn": "内容提醒（不影响生成，npm run check 有详情）：", en: "Content warnings (the build goes on; npm run check has the details):" })}\n${formatProblems(warnings, paintFor(process.stdout))}\n`,
      );
    },
  });
  console.log(`\nBuilt into ${out} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  const unchanged = say({
    "zh-cn": `\n生成失败；原来的 ${values.out}/ 没有改动。\n\n`,
    en: `\nBuild failed; the previous ${values.out}/ is unchanged.\n\n`,
  });
  if (error instanceof ContentProblems) {
    console.error(
      `${unchanged}${say({ "zh-cn": "内容有错误（npm run check 会列出同样的错误）：", en: "The content has errors (npm run check lists the same):" })}\n${formatProblems(error.problems, paint)}`,
    );
  } else console.error(`${unchanged}${describeError(error)}`);
  process.exitCode = 1;
}
