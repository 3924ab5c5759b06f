/**
 * The print part of `npm run check`: every material is resolved and laid out as the build
 * would (layout only: fitting is pure, nothing is drawn), so a slogan too long for a poster or
 * a leaflet page that overflows shows up before anyone builds. Banners are left to the banner
 * check, which says the same thing in its own section.
 */
import { readDeploySettings } from "../../build/deploy.ts";
import { resolveMaterial } from "../../print/materials.ts";
import { drawPages } from "../../print/templates/index.ts";
import { templateFonts } from "../../render/render.ts";
import { ContentError, readPrintContent } from "../print/content.ts";
import type { Finding } from "./content.ts";

export function checkPrint(root: string): Finding[] {
  let content;
  try {
    content = readPrintContent(root, readDeploySettings(new URL(`file://${root}/`)), {
      skipBroken: true,
    });
  } catch (error) {
    // A broken data file (slogans, channels …) is reported by the schema check.
    if (error instanceof ContentError) return [];
    throw error;
  }
  const findings: Finding[] = [];
  for (const source of content.sources) {
    if (source.data.kind === "banner") continue;
    try {
      drawPages(resolveMaterial(source, content.context), templateFonts());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      findings.push({
        level: "error",
        group: "print",
        file: source.file,
        message: message.startsWith(`${source.file}: `)
          ? message.slice(source.file.length + 2)
          : message,
      });
    }
  }
  return findings;
}
