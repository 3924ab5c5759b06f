/**
 * One section's search index (site-index.ts), on a thread of its own: this thread's copy of the
 * `pagefind` module starts its own Pagefind process, so each section's index is built and
 * written in a process of its own, and the pair index of a Chinese section is counted here, off
 * the thread that renders the pages.
 */
import { mkdir, readFile, symlink } from "node:fs/promises";
import { join } from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import * as pagefind from "pagefind";
import { isChinese, writeLanguagePairs } from "./pairs-index.ts";
import {
  SHARED_FOLDERS,
  type SectionWritten,
  type ToSectionIndex,
  type SectionReply,
} from "./site-index.ts";

const { commonPositions } = workerData as { commonPositions: number };

const created = pagefind.createIndex({}).then(({ index, errors }) => {
  if (errors.length > 0 || !index) {
    throw new Error(`starting Pagefind failed: ${errors.join("; ") || "no index"}`);
  }
  return index;
});
// Reported when the index is written; until then a failure must not go unhandled.
created.catch(() => undefined);

const added: Promise<string[]>[] = [];

async function add(url: string, html: string): Promise<string[]> {
  const index = await created;
  try {
    const result = await index.addHTMLFile({ url, content: html });
    return result.errors.map((error) => `${url}: ${error}`);
  } catch (error) {
    return [`${url}: ${String(error)}`];
  }
}

/**
 * Writes the section's index into `dir`, whose `fragment/`, `index/` and `filter/` are links to
 * those of the site's `pagefind/` folder (`shared`): the files named per language land there at
 * once, and the few top-level files (this section's language metadata and Pagefind's entry and
 * scripts, which every section writes) stay in `dir` for site-index.ts to merge.
 */
async function write(dir: string, shared: string): Promise<SectionWritten> {
  const index = await created;
  const errors = (await Promise.all(added)).flat();
  if (errors.length > 0) throw new Error(`reading the pages failed:\n- ${errors.join("\n- ")}`);
  await mkdir(dir, { recursive: true });
  for (const folder of SHARED_FOLDERS) {
    await mkdir(join(shared, folder), { recursive: true });
    await symlink(join(shared, folder), join(dir, folder), "junction");
  }
  const started = performance.now();
  const written = await index.writeFiles({ outputPath: dir });
  if (written.errors.length > 0) {
    throw new Error(`writing ${dir} failed:\n- ${written.errors.join("\n- ")}`);
  }
  const pagefindMs = performance.now() - started;
  const entry = await readFile(join(dir, "pagefind-entry.json"), "utf8");
  const { languages } = JSON.parse(entry) as { languages: Record<string, unknown> };
  const pairs: Record<string, string> = {};
  for (const language of Object.keys(languages).filter(isChinese)) {
    const result = await writeLanguagePairs(shared, language, commonPositions);
    if (result) pairs[language] = result.folder;
  }
  return {
    pages: added.length,
    pagefindMs,
    pairsMs: performance.now() - started - pagefindMs,
    entry,
    pairs,
  };
}

parentPort?.on("message", (message: ToSectionIndex) => {
  if (message.type === "add") {
    for (const { url, html } of message.pages) added.push(add(url, html));
    return;
  }
  write(message.dir, message.shared)
    .then(
      (written): SectionReply => ({ written }),
      (error: unknown): SectionReply => ({
        error: error instanceof Error ? error.message : String(error),
      }),
    )
    .then(async (reply) => {
      await pagefind.close();
      parentPort?.postMessage(reply);
    });
});
