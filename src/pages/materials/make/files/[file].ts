/**
 * The banner and poster maker's files (src/maker/): the font manifest, the print fonts' slices
 * and the two ICC profiles the PDFs embed (the press of content/data/print.yaml and sRGB). One
 * set for every language, made from the same fonts and profiles `npm run print` uses. A build
 * places the slices itself (src/build/integrations/maker-files.ts); `astro dev` serves them here.
 */
import type { APIRoute } from "astro";
import { getContent } from "../../../../collections/query.ts";
import { fontManifest, fontSliceFiles, fontSliceNames } from "../../../../maker/font-slices.ts";
import { pressOf, profileBytes, srgbProfile } from "../../../../print/press.ts";

export function getStaticPaths() {
  const slices = import.meta.env.DEV ? fontSliceNames() : [];
  return ["manifest.json", "press.icc", "srgb.icc", ...slices].map((file) => ({
    params: { file },
  }));
}

async function bytesOf(file: string): Promise<{ body: Uint8Array | string; type: string }> {
  if (file === "manifest.json") {
    return { body: JSON.stringify(fontManifest()), type: "application/json" };
  }
  if (file === "press.icc") {
    return {
      body: profileBytes(pressOf((await getContent()).print)),
      type: "application/vnd.iccprofile",
    };
  }
  if (file === "srgb.icc") return { body: srgbProfile(), type: "application/vnd.iccprofile" };
  const slice = (await fontSliceFiles()).get(file);
  if (!slice) throw new Error(`No maker file ${file}`);
  return { body: slice, type: "font/ttf" };
}

export const GET: APIRoute = async ({ params }) => {
  const { body, type } = await bytesOf(String(params["file"]));
  return new Response(body as BodyInit, { headers: { "Content-Type": type } });
};
