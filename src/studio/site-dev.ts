/**
 * The page preview's renderer, run as a child of the studio (./site-preview.ts): Astro's own dev
 * server over the project, so a page is drawn by the site's real pages, layout and styles from
 * the content on disk. It listens on 127.0.0.1 under the studio's secret base path only, and
 * without hot reload (the studio reloads the preview after a save). Usage (from the studio):
 *   node src/studio/site-dev.ts <root> <port> <base>
 */
import { dev } from "astro";

const [root = ".", port = "0", base = "/"] = process.argv.slice(2);
const started = performance.now();
const server = await dev({
  root,
  base,
  // "Reloaded data from …" lines tell the studio a saved entry is in the content store.
  logLevel: "info",
  server: { host: "127.0.0.1", port: Number(port) },
  devToolbar: { enabled: false },
  vite: {
    // No hot reload (no websocket to proxy) and no cross-origin reads.
    server: { hmr: false, cors: false, strictPort: true },
    logLevel: "silent",
  },
});
// The first page compiles the layout and its styles (about 4 s here): done now, not when
// staff first open a preview.
await fetch(`http://127.0.0.1:${port}${base}`).catch(() => undefined);
console.log(`STUDIO-SITE-READY ${Math.round(performance.now() - started)}`);

const stop = () => void server.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
// The studio gone (its pipe closed): this process goes too, leaving nothing behind.
process.stdin.on("end", stop);
process.stdin.resume();
