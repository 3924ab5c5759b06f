/**
 * The hand-overs from the pages to the build steps (src/build/handover.ts), taken by the page
 * tap and never part of the site:
 * - `staff-articles`: every bulletin and explainer as the WeChat article and broadcast script
 *   need it, one JSON line each (JSON escapes line breaks in its strings, so a line is an
 *   article), so that each staff thread parses only the lines it writes;
 * - `materials`: every print material resolved, for the PDF stage.
 */
import type { APIRoute, GetStaticPaths } from "astro";
import { getMaterials } from "../../collections/materials.ts";
import { HANDOVERS, type Handover } from "../../build/handover.ts";
import { staffJobs } from "../../staff/article.ts";

const produce: Record<Handover, (site: URL | undefined) => Promise<string>> = {
  "staff-articles": async (site) =>
    `${(await staffJobs(site)).map((job) => JSON.stringify(job)).join("\n")}\n`,
  materials: async (site) => JSON.stringify(await getMaterials(site)),
};

export const getStaticPaths = (() =>
  HANDOVERS.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await produce[params["name"] as Handover](site), {
    headers: { "Content-Type": "application/json" },
  });
