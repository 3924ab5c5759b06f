/**
 * The staff files beside each bulletin and explainer page: `<page>/wechat.html` (src/wechat/)
 * and `<page>/broadcast.txt` (src/broadcast/). The pages hand every article over as JSON
 * (src/pages/staff/article-sources.json.ts, built by `staffJobs` in article.ts); that route
 * renders first, and the build writes the files from it on worker threads while Astro renders
 * the pages (src/build/integrations/staff-outputs.ts). Written from here rather than as
 * thousands of Astro routes, each file costs only its own text.
 *
 * Only entries with their own file in a language get them: a fallback page shows another
 * language's text, and staff should not publish that as if it were translated.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import { broadcastScript } from "../broadcast/script.ts";
import { replyOf } from "../build/threads.ts";
import { useTranslations } from "../i18n/ui.ts";
import { wechatHtml } from "../wechat/article.ts";
import type { ArticleSource } from "./source.ts";

/** Where the pages hand the articles over, under the site root (the build deletes the file). */
export const STAFF_SOURCES = "staff/article-sources.json";

export interface StaffJob {
  source: ArticleSource;
  /** The site's primary colour in the article's language (WeChat headings and boxes). */
  primary: string;
  /** The page's folder under the output folder, without the base: `en/bulletins/x/`. */
  folder: string;
}

export function broadcastFile(source: ArticleSource): string {
  const t = useTranslations(source.locale);
  return broadcastScript(source, {
    open: (title) => t("staff.broadcastOpen", { title }),
    section: (heading) => t("staff.broadcastSection", { heading }),
    note: (title) => t("staff.broadcastNote", { title }),
    source: (from) => t("staff.broadcastSource", { source: from }),
    close: t("staff.broadcastClose"),
  });
}

export function wechatFile(source: ArticleSource, primary: string): string {
  const t = useTranslations(source.locale);
  return wechatHtml(
    source,
    { primary },
    {
      originalLink: t("staff.originalLink", { url: source.url }),
      labelValue: (label, value) => t("punct.labelValue", { label, value }),
    },
  );
}

/**
 * Writes both files of every job into its page's folder, made here if Astro has not yet
 * rendered the page; returns how many files it wrote.
 *
 * Synchronously: this runs on a thread of its own, and handing each file to Node's four I/O
 * threads instead costs twice the processor time (20,000 files in 10,000 new folders: 1.0 s
 * written here, 2.0 s through the pool, whose threads contend for the same folders).
 */
export function writeStaffOutputs(jobs: StaffJob[], outDir: string): number {
  let written = 0;
  for (const { source, primary, folder } of jobs) {
    const dir = join(outDir, folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "wechat.html"), wechatFile(source, primary));
    writeFileSync(join(dir, "broadcast.txt"), broadcastFile(source));
    written += 2;
  }
  return written;
}

export type StaffReply = { files: number; articles: number } | { error: string };

/** Writes the files of every `parts`th job from the hand-over, from job `part` on. */
export function writeStaffFromSources(
  sources: Uint8Array,
  outDir: string,
  part = 0,
  parts = 1,
): { files: number; articles: number } {
  const all = JSON.parse(Buffer.from(sources).toString("utf8")) as StaffJob[];
  const jobs = all.filter((_, at) => at % parts === part);
  return { files: writeStaffOutputs(jobs, outDir), articles: jobs.length };
}

/**
 * Threads for the staff files: they run at background priority (src/build/priority.ts), taking
 * only the time the pages and the search index leave, and at the end of a large build they
 * are the last work left, which one thread would do on one core while the others idle.
 */
const THREADS = Math.min(4, availableParallelism());

export interface StaffWriters {
  /**
   * Gives every thread the hand-over (each a copy): each writes every `threads`th job. Resolves
   * when all are done; the first failure stops them all.
   */
  write(sources: Uint8Array): Promise<{ files: number; articles: number }>;
}

/**
 * Starts the staff threads now, so that their modules load while Astro starts (one core is
 * idle then), and they write the files as soon as the hand-over is rendered.
 */
export function startStaffWriters(outDir: string, threads = THREADS): StaffWriters {
  const workers = Array.from(
    { length: threads },
    (_, part) =>
      new Worker(new URL("./worker.ts", import.meta.url), {
        workerData: { outDir, part, parts: threads },
      }),
  );
  // Held again in `write`.
  const replies = workers.map((worker) =>
    replyOf<StaffReply>(worker).then((reply) => {
      if ("error" in reply) throw new Error(`Staff files: ${reply.error}`);
      return reply;
    }),
  );
  for (const reply of replies) reply.catch(() => undefined);
  return {
    async write(sources) {
      for (const worker of workers) {
        worker.ref();
        worker.postMessage(sources);
      }
      try {
        const all = await Promise.all(replies);
        return {
          files: all.reduce((sum, reply) => sum + reply.files, 0),
          articles: all.reduce((sum, reply) => sum + reply.articles, 0),
        };
      } finally {
        await Promise.all(workers.map((worker) => worker.terminate()));
      }
    },
  };
}
