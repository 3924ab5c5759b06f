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
import { errorLine, parseCommandArgs } from "../src/cli/run.ts";
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
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `\n${say({ "zh-cn": `已构建到 ${final}，用时 ${seconds} 秒。`, en: `Built into ${final} in ${seconds} s.` })}`,
  );
} catch (error) {
  let state: string;
  try {
    // Another build holds the folder (and may be mid-swap): this one touched nothing.
    state =
      error instanceof BuildLockedError
        ? say({ "zh-cn": "构建没有开始。", en: "Build not started." })
        : say(await failedBuildState(resolve(process.cwd(), out), diskOps, out));
  } catch {
    state = say({ "zh-cn": "构建失败。", en: "Build failed." });
  }
  // Expected failures (a file-system error, a refused lock, a wrong option) are one line;
  // anything else is the build's own message, made readable.
  const text = errorLine(error) ?? describeError(error);
  console.error(
    `\n${state}\n\n${text}${error instanceof Error && error.name === "UsageError" ? `\n\n${usage}` : ""}`,
  );
  process.exitCode = 1;
}
