/**
 * One section's search index (site-index.ts), on a thread of its own: this thread's copy of the
 * `pagefind` module starts its own Pagefind process, and the pair index of a Chinese section is
 * counted here, off the thread that renders the pages. Pagefind hands the index over in memory
 * (`getFiles`) and this thread writes it: Pagefind's own `writeFiles`, from a hundred-odd
 * threads contending for one folder, costs more processor time for the same bytes
 * (docs/build-performance.md).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import { threadData } from "../build/threads.ts";
import { isChinese, writeLanguagePairs } from "./pairs-index.ts";
import {
  ENTRY,
  SHARED_FOLDERS,
  type SectionWritten,
  type ToSectionIndex,
  type SectionReply,
} from "./site-index.ts";

const { commonPositions } = threadData<{ commonPositions: number }>();

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
 * Writes the files of the section's language, which are named after it (those in `fragment/`,
 * `index/` and `filter/`, and its pair index), into the site's `pagefind/` folder (`shared`),
 * and returns the top-level files (Pagefind's entry and scripts, which every section has, and the
 * language's metadata) for site-index.ts to merge.
 */
async function write(shared: string): Promise<SectionWritten> {
  const index = await created;
  const errors = (await Promise.all(added)).flat();
  if (errors.length > 0) throw new Error(`reading the pages failed:\n- ${errors.join("\n- ")}`);
  const started = performance.now();
  const { files, errors: failed } = await index.getFiles();
  if (failed.length > 0) throw new Error(`writing the index failed:\n- ${failed.join("\n- ")}`);
  const own: { path: string; content: Uint8Array }[] = [];
  const top: Record<string, Uint8Array> = {};
  const fragments = new Map<string, Uint8Array>();
  for (const file of files) {
    const [folder, name] = file.path.split("/");
    if (name === undefined || !(SHARED_FOLDERS as readonly string[]).includes(folder ?? "")) {
      top[file.path] = file.content;
      continue;
    }
    own.push(file);
    if (folder === "fragment") fragments.set(name, file.content);
  }
  // Synchronously, as the staff files are (src/staff/outputs.ts): this thread has nothing else
  // to do, and Node's I/O threads would contend for the folders.
  for (const folder of SHARED_FOLDERS) mkdirSync(join(shared, folder), { recursive: true });
  for (const file of own) writeFileSync(join(shared, file.path), file.content);
  const pagefindMs = performance.now() - started;
  const entry = Buffer.from(top[ENTRY] ?? "").toString("utf8");
  if (!entry) throw new Error(`Pagefind wrote no ${ENTRY}`);
  const { languages } = JSON.parse(entry) as { languages: Record<string, unknown> };
  const pairs: Record<string, string> = {};
  for (const language of Object.keys(languages).filter(isChinese)) {
    const result = await writeLanguagePairs(shared, language, commonPositions, fragments);
    if (result) pairs[language] = result.folder;
  }
  return {
    pages: added.length,
    pagefindMs,
    pairsMs: performance.now() - started - pagefindMs,
    files: top,
    pairs,
  };
}

parentPort?.on("message", (message: ToSectionIndex) => {
  if (message.type === "add") {
    for (const { url, html } of message.pages) added.push(add(url, html));
    return;
  }
  write(message.shared)
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
