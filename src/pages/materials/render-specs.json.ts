/**
 * The hand-over from the pages to the PDF stage: every material resolved, as JSON. The print
 * integration (src/build/integrations/print-materials.ts) reads it after the pages are built,
 * draws the PDFs and previews, and deletes it.
 */
import type { APIRoute } from "astro";
import { getMaterials } from "../../collections/materials.ts";

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(await getMaterials(site)), {
    headers: { "Content-Type": "application/json" },
  });
