/**
 * The staff studio's waits, on a copy of the test fixture content: how long until it answers,
 * a save through Decap's proxy backend (content gate over a copy, write, Git commit), and a
 * poster's print preview redrawn with changed text, first after start and then warm, and the
 * page preview (Astro's dev server under the studio): its start, and a bulletin's page showing
 * a saved title, from the save's request to the page's HTML.
 */
import { cp, mkdtemp, readFile, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { wrapList } from "../studio/data-files.ts";
import { startStudio } from "../studio/server.ts";

export interface StudioFigures {
  step: string;
  runs: number;
  /** Median milliseconds. */
  ms: number;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export async function benchStudio(runs: number): Promise<StudioFigures[]> {
  const root = await mkdtemp(join(tmpdir(), "pingan-bench-studio-"));
  const project = resolve(import.meta.dirname, "../..");
  // The page preview draws with the project's own pages: a copy of the project around the
  // fixture content, node_modules linked.
  for (const entry of ["src", "public", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    await cp(join(project, entry), join(root, entry), { recursive: true });
  }
  await symlink(join(project, "node_modules"), join(root, "node_modules"), "dir");
  await cp(join(project, "tests/fixtures/content"), join(root, "content"), {
    recursive: true,
  });
  const started = performance.now();
  const studio = await startStudio({ root, port: 0 });
  const startMs = performance.now() - started;
  const origin = new URL(studio.address).origin;
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${studio.address}${path}`, {
      method: "POST",
      headers: { origin, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const json = (await response.json()) as Record<string, unknown>;
    if (!response.ok) throw new Error(String(json["error"]));
    return json;
  };
  try {
    const poster = "content/print/zh-cn/poster-report.yaml";
    const { load } = await import("js-yaml");
    const data = load(await readFile(join(root, poster), "utf8")) as Record<string, unknown>;
    const preview = async (i: number) => {
      const t = performance.now();
      const answer = await post("studio/preview", {
        path: poster,
        data: { ...data, text: `发现黑恶线索，请及时举报。（第 ${i} 稿）` },
      });
      if (!Array.isArray(answer["pages"]) || answer["pages"].length === 0) {
        throw new Error("the preview drew no page");
      }
      return performance.now() - t;
    };
    const first = await preview(0);
    const warm: number[] = [];
    for (let i = 1; i <= runs; i++) warm.push(await preview(i));
    const saves: number[] = [];
    const slogans = "content/data/slogans.yaml";
    for (let i = 1; i <= runs; i++) {
      // As Decap sends it: the list under one key (src/studio/data-files.ts).
      const text = wrapList(await readFile(join(root, slogans), "utf8"), slogans);
      const t = performance.now();
      await post("api", {
        action: "persistEntry",
        params: {
          dataFiles: [
            {
              path: slogans,
              raw: text.replace(/zh-cn: 扫黑除恶 守护平安.*$/mu, `zh-cn: 扫黑除恶 守护平安 ${i}`),
            },
          ],
          assets: [],
        },
      });
      saves.push(performance.now() - t);
    }
    // The page preview's dev server, started by the first page asked for.
    let t = performance.now();
    const page = "site/bulletins/gangxi-town-measures/";
    const html = async () => (await fetch(`${studio.address}${page}`)).text();
    if (!(await html()).includes("<main")) throw new Error("the page preview drew no page");
    const siteStart = performance.now() - t;
    const pageWarm: number[] = [];
    for (let i = 1; i <= runs; i++) {
      t = performance.now();
      await html();
      pageWarm.push(performance.now() - t);
    }
    const bulletin = "content/bulletins/zh-cn/gangxi-town-measures.md";
    const original = await readFile(join(root, bulletin), "utf8");
    const afterSave: number[] = [];
    const saveOnly: number[] = [];
    for (let i = 1; i <= runs; i++) {
      const title = `港西镇召开扫黑除恶宣传工作会（第 ${i} 稿）`;
      t = performance.now();
      await post("api", {
        action: "persistEntry",
        params: {
          dataFiles: [
            { path: bulletin, raw: original.replace(/^title: .*$/mu, `title: ${title}`) },
          ],
          assets: [],
        },
      });
      saveOnly.push(performance.now() - t);
      // The preview reloads once the save has answered; the studio holds the page until the
      // dev server has read the file.
      while (!(await html()).includes(title)) await new Promise((r) => setTimeout(r, 20));
      afterSave.push(performance.now() - t);
    }
    return [
      { step: "start (server answering)", runs: 1, ms: startMs },
      { step: "page preview: dev server start + first page", runs: 1, ms: siteStart },
      { step: "page preview: a page, warm", runs, ms: median(pageWarm) },
      { step: "page preview: save a bulletin (gate + write)", runs, ms: median(saveOnly) },
      { step: "page preview: save asked → its page shows it", runs, ms: median(afterSave) },
      { step: "poster preview, first after start", runs: 1, ms: first },
      { step: "poster preview, warm", runs, ms: median(warm) },
      { step: "save a slogan (gate + write, no Git repository)", runs, ms: median(saves) },
    ];
  } finally {
    await studio.close();
    await rm(root, { recursive: true, force: true });
  }
}
