/**
 * The hand-over from the pages to the staff files: every bulletin and explainer as the WeChat
 * article and broadcast script need it, as JSON. The staff-outputs integration
 * (src/build/integrations/staff-outputs.ts) writes the files from it and deletes it.
 */
import type { APIRoute } from "astro";
import { staffJobs } from "../../staff/article.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await staffJobs(site)), {
    headers: { "Content-Type": "application/json" },
  });
