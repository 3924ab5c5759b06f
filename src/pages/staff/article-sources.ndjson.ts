/**
 * The hand-over from the pages to the staff files: every bulletin and explainer as the WeChat
 * article and broadcast script need it, one JSON line each (JSON escapes line breaks in its
 * strings, so a line is an article), so that each staff thread parses only the lines it
 * writes. The staff-outputs integration (src/build/integrations/staff-outputs.ts) writes the
 * files from it and deletes it.
 */
import type { APIRoute } from "astro";
import { staffJobs } from "../../staff/article.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(`${(await staffJobs(site)).map((job) => JSON.stringify(job)).join("\n")}\n`, {
    headers: { "Content-Type": "application/x-ndjson" },
  });
