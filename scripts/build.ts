/**
 * npm run build [-- --site https://example.org] [-- --base /sub/path/] [-- --out DIR]
 *   [-- --lang en] [-- --release [--accept-uncertain-dates]]
 * Builds everything into dist/; on failure the previous dist/ is left untouched, and the
 * message says what is in place (checked, not assumed). Messages are in Chinese unless
 * `--lang en` (or PINGAN_LANG=en). With `--release`, sample data, example addresses and
 * unconfirmed dates stop the build (all listed at once) and dist/release.json records every
 * file; without it, the build ends with how many such things would block a release.
 *
 * package.json runs this with `--max-semi-space-size=64` (MB): the build makes short-lived
 * objects by the million, which V8's default young generation collects too often
 * (docs/build-performance.md).
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

const usage = `Usage: npm run build [-- --site https://example.org] [--base /county/] [--out dist] [--lang en]
       npm run build -- --release [--accept-uncertain-dates]`;

let out = "dist";
let blockers = 0;
try {
  useLangFromArgs();
  const { values } = parseCommandArgs({
    options: {
      site: { type: "string" },
      base: { type: "string" },
      out: { type: "string", default: "dist" },
      release: { type: "boolean", default: false },
      "accept-uncertain-dates": { type: "boolean", default: false },
    },
  });
  out = values.out;
  const started = performance.now();
  const final = await buildSite({
    root: process.cwd(),
    outDir: values.out,
    site: values.site,
    base: values.base,
    release: values.release
      ? { acceptUncertainDates: values["accept-uncertain-dates"] }
      : undefined,
    onWarnings(warnings) {
      blockers = warnings.filter((w) => w.group === "release").length;
      const others = warnings.filter((w) => w.group !== "release");
      if (others.length === 0) return;
      console.log(
        `${say({ "zh-cn": "内容提醒（不影响生成，npm run check 有详情）：", en: "Content warnings (the build goes on; npm run check has the details):" })}\n${formatProblems(others, paintFor(process.stdout))}\n`,
      );
    },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${say({ "zh-cn": `已生成到 ${final}，用时 ${seconds} 秒。`, en: `Built into ${final} in ${seconds} s.` })}`,
  );
  if (blockers > 0) {
    console.log(
      paintFor(process.stdout).yellow(
        say({
          "zh-cn": `注意：还有 ${blockers} 项示例数据、示例网址或待核对的日期，这样不能正式发布。npm run check -- --release 列出全部；改好后用 npm run build -- --release 生成发布版。`,
          en: `Note: ${blockers} sample data, example addresses or unconfirmed dates remain, so this is not ready to publish. npm run check -- --release lists them; then build the release with npm run build -- --release.`,
        }),
      ),
    );
  }
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
