/**
 * Build benchmark: the whole build of a generated corpus, stage by stage, then a rebuild after
 * editing one bulletin, next to a plain Astro site (Markdown only, no extras) built from the
 * same files in the same run, and that site indexed by stock Pagefind's CLI.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { cp, mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeCorpus } from "../../tests/support/corpus.ts";
import { listFiles } from "../../tests/support/dist.ts";
import { copyProject, projectRoot, tempDir } from "../../tests/support/project.ts";

export interface BuildFigures {
  pages: number;
  builtPages: number;
  seconds: number;
  /**
   * Stages from the build's own log. Start-up and content sync; page generation (the rest of
   * Astro's own work); what the build waited for the staff files and the search index after the
   * pages (both are mostly written beside the pages and each other, so their own durations,
   * `staffSeconds` and `indexWriteSeconds`, overlap other stages); share images; PDFs.
   */
  contentSeconds: number;
  pagesSeconds: number;
  staffWaitSeconds: number;
  staffSeconds: number;
  searchSeconds: number;
  indexWriteSeconds: number;
  imagesSeconds: number;
  imagesRendered: number;
  imagesPerSecond: number;
  /** Print materials (PDFs and previews) drawn cold, and how many a rebuild redrew. */
  pdfSeconds: number;
  pdfsDrawn: number;
  rebuildPdfsDrawn: number;
  peakMiB: number | undefined;
  outputMiB: number;
  /**
   * Site and search (everything but the share images and PDFs: Astro, the staff files and the
   * search index) of each cold build, and their median, which is compared with the plain site's.
   */
  siteSearchRuns: number[];
  siteSearchSeconds: number;
  rebuildSeconds: number;
  rebuildImagesRendered: number;
  /** The plain Astro site of the same Markdown: the median of its cold builds. */
  plainAstroSeconds: number;
  /**
   * The plain site and then stock Pagefind (its CLI) over its output: the median of the sums.
   * Search is most of what our build adds, and Pagefind's Chinese index is the longest single
   * job of it: this is the floor a site with search could reach with our tools.
   */
  plainWithPagefindSeconds: number;
}

interface Timed {
  seconds: number;
  output: string;
  peakMiB: number | undefined;
}

/**
 * Where the bench puts what it no longer needs, to be deleted once every build is timed. ext4
 * avoids reusing the inodes of files deleted in the last minutes, and creating files soon
 * after deleting tens of thousands costs several times the kernel time (10,000 files: 0.9 s
 * of system time on a quiet disk, 4.0 s just after deleting 10,000). A timed build right after
 * a deletion would pay for it, and which build that is (ours or the plain site's) would decide
 * the ratio; so nothing is deleted between timed builds, only moved aside.
 */
export class Discard {
  private count = 0;
  private readonly dir: string;

  private constructor(dir: string) {
    this.dir = dir;
  }

  static async create(): Promise<Discard> {
    return new Discard(await tempDir("bench-discarded"));
  }

  /** Moves `path` (if it exists) out of the way, on the same file system: no file is deleted. */
  async put(path: string): Promise<void> {
    if (!existsSync(path)) return;
    await rename(path, join(this.dir, String(this.count++)));
  }

  /** Deletes everything put aside: after the last timed build. */
  async empty(): Promise<void> {
    await rm(this.dir, { recursive: true, force: true });
  }
}

const GNU_TIME = "/usr/bin/time";
const SYNC = "/usr/bin/sync";

/**
 * Node's arguments in `npm run build` (package.json), so the bench times the build users run,
 * V8 flags included.
 */
export function buildCommand(scripts: Record<string, string>): string[] {
  const words = (scripts["build"] ?? "").split(/\s+/).filter(Boolean);
  if (words[0] !== "node" || !words.some((word) => word.endsWith("scripts/build.ts"))) {
    throw new Error(
      `package.json: "build" should run node scripts/build.ts, not "${words.join(" ")}"`,
    );
  }
  return words.slice(1);
}

/**
 * Runs a Node script, timing it and (where GNU time exists) taking its peak memory. Node's
 * compile cache is off: Astro's CLI turns it on (bin/astro.mjs), and the plain site's second
 * and third builds would reuse what the first compiled, its content module above all (4 to 7 s
 * at 10,000 pages), so they would not be cold.
 *
 * Before the clock starts, what earlier steps wrote is flushed to disk (`sync`, where there is
 * one): the last build's output (1.4 GB at 10,000 pages) would otherwise still be written back
 * while the next build runs, and slow whichever build came next.
 */
function timedNode(cwd: string, args: string[]): Promise<Timed> {
  if (existsSync(SYNC)) spawnSync(SYNC);
  const useTime = existsSync(GNU_TIME);
  const command = useTime ? GNU_TIME : process.execPath;
  const full = useTime ? ["-f", "PEAK_KIB=%M", process.execPath, ...args] : args;
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(command, full, {
      cwd,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: "1",
        NO_COLOR: "1",
        NODE_DISABLE_COMPILE_CACHE: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code !== 0) {
        fail(new Error(`${args.join(" ")} failed in ${cwd}:\n${output.slice(-2000)}`));
        return;
      }
      const peak = /PEAK_KIB=(\d+)/.exec(output)?.[1];
      done({
        seconds: (performance.now() - started) / 1000,
        output,
        peakMiB: peak ? Math.round(Number(peak) / 1024) : undefined,
      });
    });
  });
}

/** A number from the build's log: the pattern's `group`th capture. */
function logged(output: string, pattern: RegExp, group = 1): number {
  return Number(pattern.exec(output)?.[group] ?? 0);
}

function size(dir: string): number {
  return listFiles(dir)
    .map((file) => statSync(join(dir, file)).size)
    .reduce((a, b) => a + b, 0);
}

/**
 * Cold builds timed, of ours and of the plain site alike: the ratio is of their medians. A build
 * here moves by 10–25 % from run to run, and one run of ours against the median of three of the
 * plain site's would put all of that on our side.
 */
const COLD_RUNS = 3;

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}

/** The build's log lines of the share images and the print materials, with their times. */
const IMAGES_LINE = /social-images\] \d+ images: (\d+) rendered, \d+ from cache, in (\d+) ms/;
const PDF_LINE = /print-materials\] \d+ print materials: (\d+) drawn, \d+ from cache, in (\d+) ms/;

/** Site and search of one of our builds: all but the share images' and PDFs' steps. */
function siteAndSearch(output: string, seconds: number): number {
  return seconds - (logged(output, IMAGES_LINE, 2) + logged(output, PDF_LINE, 2)) / 1000;
}

/**
 * A plain Astro site over the same Markdown: one collection, one page template, nothing else.
 * Built cold `COLD_RUNS` times (its own caches removed before each): a build of a few seconds
 * moves by a quarter from run to run here, and the ratio would move with it.
 */
async function plainAstro(
  contentDir: string,
  dir: string,
  discard: Discard,
): Promise<{ astro: number[]; withPagefind: number[] }> {
  await mkdir(join(dir, "src/pages"), { recursive: true });
  await symlink(join(projectRoot, "node_modules"), join(dir, "node_modules"), "dir");
  await cp(join(contentDir, "bulletins"), join(dir, "content"), { recursive: true });
  await writeFile(join(dir, "package.json"), '{ "type": "module" }\n');
  await writeFile(
    join(dir, "astro.config.mjs"),
    // Its own cache folder (node_modules/ is shared with this project), removed before each
    // build, so every build renders all the Markdown again: a cold build, like ours.
    'export default { site: "https://example.org", cacheDir: "./.astro-cache" };\n',
  );
  await writeFile(
    join(dir, "src/content.config.ts"),
    [
      'import { defineCollection } from "astro:content";',
      'import { glob } from "astro/loaders";',
      'export const collections = { posts: defineCollection({ loader: glob({ pattern: "**/*.md", base: "./content" }) }) };',
      "",
    ].join("\n"),
  );
  await writeFile(
    join(dir, "src/pages/[...slug].astro"),
    [
      "---",
      'import { getCollection, render } from "astro:content";',
      "export async function getStaticPaths() {",
      '  return (await getCollection("posts")).map((post) => ({ params: { slug: post.id }, props: { post } }));',
      "}",
      "const { post } = Astro.props;",
      "const { Content } = await render(post);",
      // Pagefind picks each page's language (and Chinese word breaking) from it, as on our site.
      'const lang = post.id.startsWith("zh-cn/") ? "zh-CN" : "en";',
      "---",
      "<html lang={lang}><head><title>{post.data.title}</title></head><body><h1>{post.data.title}</h1><Content /></body></html>",
      "",
    ].join("\n"),
  );
  const astro = join(projectRoot, "node_modules/astro/bin/astro.mjs");
  const pagefind = join(projectRoot, "node_modules/pagefind/lib/runner/bin.cjs");
  const runs = { astro: [] as number[], withPagefind: [] as number[] };
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const cache of [".astro", ".astro-cache", "dist"]) await discard.put(join(dir, cache));
    const built = (await timedNode(dir, [astro, "build"])).seconds;
    const indexed = (await timedNode(dir, [pagefind, "--site", "dist"])).seconds;
    runs.astro.push(built);
    runs.withPagefind.push(built + indexed);
  }
  return runs;
}

export async function benchBuild(
  pages: number,
  log: (line: string) => void,
  discard: Discard,
): Promise<BuildFigures> {
  const root = await copyProject(`bench-build-${pages}`);
  const plain = `${root}-plain`;
  try {
    const zhPages = Math.round(pages / 2);
    await writeCorpus({
      contentDir: join(root, "content"),
      pages: { "zh-cn": zhPages, en: pages - zhPages },
      length: { "zh-cn": 1500, en: 600 },
    });
    // Images are drawn into a cache of this run's own, so the first build is really cold.
    process.env["PINGAN_IMAGE_CACHE"] = join(root, ".image-cache");
    process.env["PINGAN_PRINT_CACHE"] = join(root, ".print-cache");
    // Astro keeps the content store in node_modules/.astro (shared with this project through the
    // copy's link): without it, content is read and rendered from scratch.
    await rm(join(root, "node_modules/.astro"), { recursive: true, force: true });
    const scripts = (
      JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const build = buildCommand(scripts);
    const cold = await timedNode(root, build);
    log(`  cold build: ${cold.seconds.toFixed(1)} s`);
    const dist = join(root, "dist");
    const builtPages = listFiles(dist).filter((file) => file.endsWith(".html")).length;
    const outputMiB = Math.round((size(dist) / 1024 / 1024) * 10) / 10;
    // The other cold builds of site and search: Astro's caches and the output are gone, as
    // before the first; the share images and PDFs come from their caches, which changes no
    // step before theirs (they are drawn after the pages and the search index).
    const siteSearchRuns = [siteAndSearch(cold.output, cold.seconds)];
    while (siteSearchRuns.length < COLD_RUNS) {
      for (const cache of ["dist", ".astro"]) await discard.put(join(root, cache));
      await rm(join(root, "node_modules/.astro"), { recursive: true, force: true });
      const again = await timedNode(root, build);
      siteSearchRuns.push(siteAndSearch(again.output, again.seconds));
    }
    const siteSearchSeconds = median(siteSearchRuns);
    log(
      `  site+search, cold: ${siteSearchRuns.map((s) => s.toFixed(1)).join(", ")} s (median ${siteSearchSeconds.toFixed(1)})`,
    );

    const edited = join(root, "content/bulletins/zh-cn/gen-1.md");
    await writeFile(edited, readFileSync(edited, "utf8").replace(/^title: "/m, 'title: "（更新）'));
    const warm = await timedNode(root, build);
    log(`  rebuild after editing one bulletin: ${warm.seconds.toFixed(1)} s`);

    const plainRuns = await plainAstro(join(root, "content"), plain, discard);
    const plainSeconds = median(plainRuns.astro);
    const withPagefindSeconds = median(plainRuns.withPagefind);
    log(
      `  plain Astro .md: ${plainRuns.astro.map((s) => s.toFixed(1)).join(", ")} s (median ${plainSeconds.toFixed(1)}); ` +
        `then Pagefind's CLI: ${plainRuns.withPagefind.map((s) => s.toFixed(1)).join(", ")} s (median ${withPagefindSeconds.toFixed(1)})`,
    );

    const imagesMs = logged(cold.output, IMAGES_LINE, 2);
    const searchMs = logged(cold.output, /search-index\] indexed \d+ pages in (\d+) ms/);
    const rendered = logged(cold.output, IMAGES_LINE);
    const pdfMs = logged(cold.output, PDF_LINE, 2);
    const staffLine =
      /staff-outputs\] \d+ staff files for \d+ articles in (\d+) ms \(waited (\d+) ms\)/;
    const staffWaitMs = logged(cold.output, staffLine, 2);
    const contentSeconds = logged(cold.output, /\[types\] Generated ([\d.]+)s/);
    return {
      pages,
      builtPages,
      seconds: cold.seconds,
      contentSeconds,
      pagesSeconds:
        cold.seconds - contentSeconds - (staffWaitMs + searchMs + imagesMs + pdfMs) / 1000,
      staffWaitSeconds: staffWaitMs / 1000,
      staffSeconds: logged(cold.output, staffLine) / 1000,
      searchSeconds: searchMs / 1000,
      indexWriteSeconds: logged(cold.output, /index files written in (\d+) ms/) / 1000,
      imagesSeconds: imagesMs / 1000,
      imagesRendered: rendered,
      imagesPerSecond: imagesMs > 0 ? rendered / (imagesMs / 1000) : 0,
      pdfSeconds: pdfMs / 1000,
      pdfsDrawn: logged(cold.output, PDF_LINE),
      rebuildPdfsDrawn: logged(warm.output, PDF_LINE),
      peakMiB: cold.peakMiB,
      outputMiB,
      siteSearchRuns,
      siteSearchSeconds,
      rebuildSeconds: warm.seconds,
      rebuildImagesRendered: logged(warm.output, IMAGES_LINE),
      plainAstroSeconds: plainSeconds,
      plainWithPagefindSeconds: withPagefindSeconds,
    };
  } finally {
    delete process.env["PINGAN_IMAGE_CACHE"];
    delete process.env["PINGAN_PRINT_CACHE"];
    await discard.put(root);
    await discard.put(plain);
  }
}
