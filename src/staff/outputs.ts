/**
 * The staff files beside each bulletin and explainer page: `<page>/wechat.html` (src/wechat/)
 * and `<page>/broadcast.txt` (src/broadcast/). The pages hand every article over as JSON lines
 * (the `staff-articles` hand-over, src/build/handover.ts, built by `staffJobs` in article.ts); it
 * renders first, and the build writes the files from it on worker threads (writers.ts) while
 * Astro renders the pages (src/build/integrations/staff-outputs.ts). Written from here rather
 * than as thousands of Astro routes, each file costs only its own text.
 *
 * Only entries with their own file in a language get them: a fallback page shows another
 * language's text, and staff should not publish that as if it were translated.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { broadcastScript } from "../broadcast/script.ts";
import { useTranslations } from "../i18n/ui.ts";
import { wechatHtml } from "../wechat/article.ts";
import type { ArticleSource } from "./source.ts";

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
 * Synchronously: this runs on a thread of its own, and Node's I/O threads would contend for
 * the same folders at twice the processor time (docs/build-performance.md).
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

/**
 * Writes the files of every `parts`th job from the hand-over (a JSON line per job), from job
 * `part` on; only those lines are parsed.
 */
export function writeStaffFromSources(
  sources: Uint8Array,
  outDir: string,
  part = 0,
  parts = 1,
): { files: number; articles: number } {
  const text = Buffer.from(sources.buffer, sources.byteOffset, sources.byteLength);
  const jobs: StaffJob[] = [];
  let start = 0;
  for (let line = 0; start < text.length; line++) {
    const newline = text.indexOf(0x0a, start);
    const end = newline === -1 ? text.length : newline;
    if (line % parts === part && end > start) {
      jobs.push(JSON.parse(text.toString("utf8", start, end)) as StaffJob);
    }
    start = end + 1;
  }
  return { files: writeStaffOutputs(jobs, outDir), articles: jobs.length };
}
