/**
 * The staff files beside each bulletin and explainer page: `<page>/wechat.html` (src/wechat/)
 * and `<page>/broadcast.txt` (src/broadcast/). The pages hand every article over as JSON
 * (src/pages/staff/article-sources.json.ts, built by `staffJobs` in article.ts); the build
 * writes the files from it once the pages are done (src/build/integrations/staff-outputs.ts),
 * on a worker thread, while Pagefind writes the search index in its own process. Written from
 * here rather than as thousands of Astro routes, each file costs only its own text.
 *
 * Only entries with their own file in a language get them: a fallback page shows another
 * language's text, and staff should not publish that as if it were translated.
 */
import { readFile, rm, rmdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { broadcastScript } from "../broadcast/script.ts";
import { useTranslations } from "../i18n/ui.ts";
import { wechatHtml } from "../wechat/article.ts";
import type { ArticleSource } from "./source.ts";

/** Where the pages leave the articles for the build, under the output folder. */
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

/** Writes both files of every job into its page's folder; returns how many files it wrote. */
export async function writeStaffOutputs(jobs: StaffJob[], outDir: string): Promise<number> {
  let written = 0;
  // A few writes in flight at once, so the disk works while the next article is prepared.
  let inFlight: Promise<void>[] = [];
  for (const { source, primary, folder } of jobs) {
    inFlight.push(
      writeFile(join(outDir, folder, "wechat.html"), wechatFile(source, primary)),
      writeFile(join(outDir, folder, "broadcast.txt"), broadcastFile(source)),
    );
    written += 2;
    if (inFlight.length >= 16) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  return written;
}

export type StaffReply = { files: number; articles: number } | { error: string };

/** Reads the hand-over, deletes it (and its then empty folder) and writes every job's files. */
export async function writeStaffFromSources(
  sourcesPath: string,
  outDir: string,
): Promise<{ files: number; articles: number }> {
  const jobs = JSON.parse(await readFile(sourcesPath, "utf8")) as StaffJob[];
  await rm(sourcesPath);
  await rmdir(dirname(sourcesPath));
  return { files: await writeStaffOutputs(jobs, outDir), articles: jobs.length };
}

/** `writeStaffFromSources` on a worker thread. */
export function writeStaffInWorker(
  sourcesPath: string,
  outDir: string,
): Promise<{ files: number; articles: number }> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), {
      workerData: { sourcesPath, outDir },
    });
    worker.once("message", (reply: StaffReply) => {
      void worker.terminate();
      if ("error" in reply) fail(new Error(`Staff files: ${reply.error}`));
      else done(reply);
    });
    worker.once("error", fail);
  });
}
