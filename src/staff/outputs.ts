/**
 * The staff files beside each bulletin and explainer page: `<page>/wechat.html` (src/wechat/)
 * and `<page>/broadcast.txt` (src/broadcast/). The pages hand every article over as JSON
 * (src/pages/staff/article-sources.json.ts, built by `staffJobs` in article.ts), which Astro
 * renders among the first routes; a worker thread writes the files from it while Astro goes on
 * with the pages (src/build/integrations/staff-outputs.ts). Written from here rather than as
 * thousands of Astro routes, each file costs only its own text.
 *
 * Only entries with their own file in a language get them: a fallback page shows another
 * language's text, and staff should not publish that as if it were translated.
 */
import { mkdir, rm, rmdir, writeFile } from "node:fs/promises";
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
    // Written while Astro renders the pages, so the page's folder may not be there yet.
    const dir = join(outDir, folder);
    const wechat = wechatFile(source, primary);
    const broadcast = broadcastFile(source);
    inFlight.push(
      mkdir(dir, { recursive: true }).then(() =>
        Promise.all([
          writeFile(join(dir, "wechat.html"), wechat),
          writeFile(join(dir, "broadcast.txt"), broadcast),
        ]).then(() => undefined),
      ),
    );
    written += 2;
    if (inFlight.length >= 8) {
      await Promise.all(inFlight);
      inFlight = [];
    }
  }
  await Promise.all(inFlight);
  return written;
}

export type StaffReply = { files: number; articles: number } | { error: string };

/** Writes every job's files from the hand-over's JSON text. */
export async function writeStaffFromJson(
  json: string,
  outDir: string,
): Promise<{ files: number; articles: number }> {
  const jobs = JSON.parse(json) as StaffJob[];
  return { files: await writeStaffOutputs(jobs, outDir), articles: jobs.length };
}

/** `writeStaffFromJson` on a worker thread. */
export function writeStaffInWorker(
  json: string,
  outDir: string,
): Promise<{ files: number; articles: number }> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL("./worker.ts", import.meta.url), {
      workerData: { json, outDir },
    });
    worker.once("message", (reply: StaffReply) => {
      void worker.terminate();
      if ("error" in reply) fail(new Error(`Staff files: ${reply.error}`));
      else done(reply);
    });
    worker.once("error", fail);
  });
}

/** Deletes the hand-over Astro wrote into the output folder, and its then empty folder. */
export async function removeStaffSources(outDir: string): Promise<void> {
  const path = join(outDir, STAFF_SOURCES);
  await rm(path);
  await rmdir(dirname(path));
}
