/**
 * npm run studio [-- --port 4567] [-- --no-open] [-- --root DIR] [-- --lang en]
 * Starts the staff studio (工作台) on this computer and opens it in the default browser; with
 * --no-open it prints the address (with its one-time token) on a line of its own. Ctrl-C stops it.
 */
import { resolve } from "node:path";
import { parseCommandArgs, runCommand } from "../src/cli/run.ts";
import { UsageError } from "../src/cli/errors.ts";
import { say, useLangFromArgs } from "../src/i18n/messages.ts";
import { openBrowser } from "../src/studio/open.ts";
import { startStudio } from "../src/studio/server.ts";

const usage = `Usage: npm run studio [-- --port 4567] [--no-open] [--root DIR] [--lang en]
  --port N     the port on 127.0.0.1 (default 4567; 0 picks a free one)
  --no-open    print the address instead of opening the browser
  --root DIR   the project folder holding content/ (default: the current folder)
  --lang en    the studio in English (default Chinese; also switchable in its page)`;

const started = performance.now();
await runCommand(usage, async () => {
  const { values } = parseCommandArgs({
    options: {
      port: { type: "string", default: "4567" },
      open: { type: "boolean", default: true },
      "no-open": { type: "boolean", default: false },
      root: { type: "string", default: "." },
      lang: { type: "string" },
    },
  });
  useLangFromArgs();
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port ${values.port}: expected a port number, e.g. 4567`);
  }
  const studio = await startStudio({ root: resolve(values.root), port });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    say({
      "zh-cn": `工作台已启动（${seconds} 秒）。在浏览器里打开这个地址（只在本机有效，关掉本窗口或按 Ctrl-C 停止）：`,
      en: `The studio is running (${seconds} s). Open this address in a browser (on this computer only; close this window or press Ctrl-C to stop):`,
    }),
  );
  console.log(studio.address);
  if (!values["no-open"]) openBrowser(studio.address);
  await new Promise<void>((done) => {
    const stop = () => {
      console.log(say({ "zh-cn": "工作台已停止。", en: "The studio has stopped." }));
      void studio.close().then(done);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
});
// Whatever was still being drawn in the background (the first preview's warm-up) is dropped.
process.exit();
