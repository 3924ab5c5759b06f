/**
 * The site's Pagefind index, one section (language) at a time as the pages render: each section
 * has a thread and Pagefind process of its own (site-index-worker.ts), and its index is written
 * as soon as its last page is in, while Astro renders the next (docs/build-performance.md).
 * Pagefind writes each language on its own, so the sections' files are those one index over the
 * whole site would have; only `pagefind-entry.json` is merged here.
 *
 * The search page relies on Pagefind 1.6.0's Chinese index, which holds every overlapping
 * character pair (src/search/README.md): an index written by any other version is refused.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import type { Worker } from "node:worker_threads";
import { startThread } from "../build/threads.ts";
import { writePairsEntry } from "./pairs-index.ts";

export const PAGEFIND_VERSION = "1.6.0";

/**
 * Word positions per index chunk (Pagefind's default is 20,000): smaller chunks, fewer bytes per
 * query (docs/build-performance.md). Set through an environment variable that Pagefind 1.6.0
 * reads but does not document; tests/search.e2e.test.ts checks that it still takes effect.
 */
export const INDEX_CHUNK_SIZE = 2000;

/** Pagefind's folders of files named per language, which every section writes into. */
export const SHARED_FOLDERS = ["fragment", "index", "filter"] as const;

/** Files Pagefind writes for its own UIs; our search page uses only the JS API. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pagefind's list of languages, which the sections' indexes are merged by. */
export const ENTRY = "pagefind-entry.json";

export type ToSectionIndex =
  | { type: "add"; pages: { url: string; html: string }[] }
  | { type: "write"; shared: string };

/** Pages per message to a section's thread: one message each would cost more than the copy. */
const BATCH = 32;

export interface SectionWritten {
  pages: number;
  pagefindMs: number;
  pairsMs: number;
  /**
   * The section's top-level files by name (Pagefind's entry and scripts, and its language's
   * metadata), which site-index.ts merges; the rest are written.
   */
  files: Record<string, Uint8Array>;
  /** Pair index folder per Chinese language. */
  pairs: Record<string, string>;
}

export type SectionReply = { written: SectionWritten } | { error: string };

export interface SectionSummary extends SectionWritten {
  section: string;
  /** When its write started and ended, in ms from `startSiteIndex`. */
  from: number;
  to: number;
}

export interface SiteIndex {
  /** Queues one rendered page of `section` at its path under the site root (no base). */
  add(section: string, url: string, html: string): void;
  /** Every page of `section` is in: its index is written now, beside the rest of the build. */
  close(section: string): void;
  /** Closes what is still open, waits for every section and completes `<outDir>/pagefind`. */
  finish(): Promise<SectionSummary[]>;
}

interface Section {
  worker: Worker;
  reply: Promise<SectionReply>;
  /** Pages not yet sent. */
  batch: { url: string; html: string }[];
  summary?: Promise<SectionSummary>;
}

/** The merged `pagefind-entry.json`: every section's languages, in Pagefind's (sorted) order. */
export function mergeEntries(entries: { section: string; json: string }[]): string {
  const languages = new Map<string, { section: string; value: unknown }>();
  let first: Record<string, unknown> | undefined;
  for (const { section, json } of entries) {
    const entry = JSON.parse(json) as Record<string, unknown> & {
      languages: Record<string, unknown>;
    };
    first ??= entry;
    for (const [language, value] of Object.entries(entry.languages)) {
      const other = languages.get(language);
      if (other) {
        throw new Error(
          `Search index: pages of both "${other.section}" and "${section}" have <html lang> ` +
            `"${language}". Each locale's pages must carry its own lang (src/i18n/locales.ts).`,
        );
      }
      languages.set(language, { section, value });
    }
  }
  if (!first) throw new Error("Search index: the site has no sections");
  const sorted = [...languages.keys()].sort().map((key) => [key, languages.get(key)?.value]);
  return JSON.stringify({ ...first, languages: Object.fromEntries(sorted) });
}

/** The thread's reply, or what stopped it. */
function replyOf(worker: Worker): Promise<SectionReply> {
  return new Promise<SectionReply>((done) => {
    worker.once("message", done);
    worker.once("error", (error) => done({ error: error.stack ?? error.message }));
    worker.once("exit", (code) => done({ error: `its thread stopped (exit code ${code})` }));
  });
}

export function startSiteIndex(sections: readonly string[], outDir: string): SiteIndex {
  const started = performance.now();
  const shared = join(outDir, "pagefind");
  const running = new Map<string, Section>();
  for (const [at, name] of sections.entries()) {
    const worker = startThread(new URL("./site-index-worker.ts", import.meta.url), {
      data: { commonPositions: INDEX_CHUNK_SIZE },
      // The first section's index is written while the others render and takes longest: the
      // later sections' threads and Pagefind processes give way to it (src/build/priority.ts).
      background: at > 0,
      // Pagefind's process is started by the thread's `createIndex` and inherits this.
      env: { ...process.env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) },
    });
    // A build that fails before `finish` must be free to exit.
    worker.unref();
    running.set(name, { worker, reply: replyOf(worker), batch: [] });
  }
  const section = (name: string): Section => {
    const found = running.get(name);
    if (!found)
      throw new Error(`Search index: no section "${name}" (sections: ${sections.join(", ")})`);
    return found;
  };

  const send = (entry: Section) => {
    if (entry.batch.length === 0) return;
    entry.worker.postMessage({ type: "add", pages: entry.batch } satisfies ToSectionIndex);
    entry.batch = [];
  };
  const close = (name: string) => {
    const entry = section(name);
    if (entry.summary) return;
    send(entry);
    const from = performance.now() - started;
    entry.worker.postMessage({ type: "write", shared } satisfies ToSectionIndex);
    entry.summary = entry.reply.then(async (reply) => {
      await entry.worker.terminate();
      if ("error" in reply) throw new Error(`Search index, section "${name}": ${reply.error}`);
      return { ...reply.written, section: name, from, to: performance.now() - started };
    });
    // Awaited in `finish`; until then a failure must not go unhandled.
    entry.summary.catch(() => undefined);
  };

  return {
    add(name, url, html) {
      const entry = section(name);
      entry.batch.push({ url, html });
      if (entry.batch.length >= BATCH) send(entry);
    },
    close,
    async finish() {
      for (const name of sections) {
        close(name);
        section(name).worker.ref();
      }
      const summaries: SectionSummary[] = [];
      for (const name of sections)
        summaries.push(await (section(name).summary as Promise<SectionSummary>));
      await mergeSections(summaries, shared);
      return summaries;
    },
  };
}

/** Writes the sections' top-level files into `shared`, with one entry listing every language. */
async function mergeSections(written: SectionSummary[], shared: string): Promise<void> {
  const text = (file: Uint8Array | undefined) => Buffer.from(file ?? "").toString("utf8");
  const entry = mergeEntries(
    written.map(({ section, files }) => ({ section, json: text(files[ENTRY]) })),
  );
  const kept = new Map<string, Uint8Array>();
  for (const { files } of written) {
    for (const [name, content] of Object.entries(files)) {
      // Files of the section's language are its own; Pagefind's scripts are the same in every
      // section, and one copy is kept.
      if (name === ENTRY || UNUSED.test(name) || kept.has(name)) continue;
      kept.set(name, content);
    }
  }
  for (const [name, content] of kept) {
    await mkdir(dirname(join(shared, name)), { recursive: true });
    await writeFile(join(shared, name), content);
  }
  await writeFile(join(shared, ENTRY), entry);
  const folders: Record<string, string> = {};
  for (const summary of written) Object.assign(folders, summary.pairs);
  await writePairsEntry(shared, folders);
  const script = text(kept.get("pagefind.js"));
  const version = /pagefind_version\s*=\s*"([^"]+)"/.exec(script)?.[1];
  if (version !== PAGEFIND_VERSION) {
    throw new Error(
      `Search index: Pagefind ${version ?? "(unknown)"} wrote the index, but search needs exactly ` +
        `${PAGEFIND_VERSION}. Run npm ci; on a platform without a ${PAGEFIND_VERSION} binary in the ` +
        "registry, build on Linux.",
    );
  }
}
