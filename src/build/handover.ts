/**
 * What the pages hand the build steps besides themselves: data only Astro's content layer can
 * make, rendered by src/pages/build-handover/[name].json.ts and taken by the page tap. No Astro
 * import: the build's configuration loads this.
 */

/** The hand-overs, each the name of a route under `HANDOVER_DIR`. */
export const HANDOVERS = ["staff-articles", "materials"] as const;
export type Handover = (typeof HANDOVERS)[number];

/** The folder of the hand-over routes, under the site root; removed once the pages are written. */
export const HANDOVER_DIR = "build-handover";

/** The route of a hand-over, under the site root and without the base. */
export function handoverPath(name: Handover): string {
  return `/${HANDOVER_DIR}/${name}.json`;
}

/**
 * Build data a page carries for the build steps and not for its visitors: `<meta
 * name="pingan:…">` tags, read by the steps from the rendered page and left out of the file
 * written (and so of what visitors download).
 */
const BUILD_META = /<meta name="pingan:[a-z-]+" content="[^"]*">/g;

export function withoutBuildData(html: string): string {
  return html.includes('<meta name="pingan:') ? html.replace(BUILD_META, "") : html;
}
