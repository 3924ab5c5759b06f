/**
 * npm run build [-- --site https://example.org] [-- --base /sub/path/] [-- --out DIR]
 *   [-- --lang en]
 * Builds everything into dist/; on failure the previous dist/ is left untouched, and the
 * message says what is in place (checked, not assumed). Messages are in Chinese unless
 * `--lang en` (or PINGAN_LANG=en).
 *
 * package.json runs this with `--max-semi-space-size=64` (MB): the build makes short-lived
 * strings and objects by the million (pages, index messages, staff files), and V8's default
 * young generation collects them so often that at 10,000 pages it cost about 5 s of processor
 * time more, on every thread.
 */
import { resolve } from "node:path";
import { buildSite, diskOps } from "../src/build/run.ts";
import { describeError } from "../src/build/errors.ts";
import { BuildLockedError } from "../src/build/lock.ts";
import { failedBuildState } from "../src/build/swap.ts";
import { formatProblems } from "../src/cli/check/report.ts";
import { paintFor } from "../src/cli/output.ts";
import { errorLine, parseCommandArgs } from "../src/cli/run.ts";
import { ContentProblems } from "../src/content/problems.ts";
import { say, useLangFromArgs } from "../src/i18n/messages.ts";

const usage = `Usage: npm run build [-- --site https://example.org] [--base /county/] [--out dist] [--lang en]`;

let out = "dist";
try {
  useLangFromArgs();
  const { values } = parseCommandArgs({
    options: {
      site: { type: "string" },
      base: { type: "string" },
      out: { type: "string", default: "dist" },
    },
  });
  out = values.out;
  const started = performance.now();
  const final = await buildSite({
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
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${say({ "zh-cn": `已生成到 ${final}，用时 ${seconds} 秒。`, en: `Built into ${final} in ${seconds} s.` })}`,
  );
} catch (error) {
  let state: string;
  try {
    // Another build holds the folder (and may be mid-swap): this one touched nothing.
    state =
      error instanceof BuildLockedError
        ? say({ "zh-cn": "生成没有开始。", en: "Build not started." })
        : say(await failedBuildState(resolve(process.cwd(), out), diskOps, out));
  } catch {
    state = say({ "zh-cn": "生成失败。", en: "Build failed." });
  }
  // Expected failures (a file-system error, a refused lock, a wrong option) are one line;
  // anything else is the build's own message, made readable.
  const text =
    error instanceof ContentProblems
      ? `${say({ "zh-cn": "内容有错误（npm run check 会列出同样的错误）：", en: "The content has errors (npm run check lists the same):" })}\n${formatProblems(error.problems, paintFor(process.stderr))}`
      : (errorLine(error) ?? describeError(error));
  console.error(
    `\n${state}\n\n${text}${error instanceof Error && error.name === "UsageError" ? `\n\n${usage}` : ""}`,
  );
  process.exitCode = 1;
}
