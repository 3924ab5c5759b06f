/**
 * The 明白纸 leaflet: A4, printed on both sides. Each side has a heading band and its sections
 * flowed into two columns at the largest size that fits (never under 10.5 pt, 五号, the size
 * of official documents); the back ends with the channels, the local reward rules and a QR code.
 */
import { fittedBlock, flowElement, flowFit, type FlowBlock } from "../layout.ts";
import { mm } from "../paper.ts";
import type { LeafletSpec, Section } from "../spec.ts";
import {
  at,
  canvasOf,
  mix,
  channelBlocks,
  footBand,
  topBand,
  palette,
  qrBlock,
  schemeColours,
  sheet,
  type PrintFonts,
  type PrintPage,
} from "./common.ts";

/**
 * A section as flow blocks, with the channels (see `channelBlocks`) or the reward rules where
 * it asks for them.
 */
export function sectionBlocks(
  section: Section,
  extra: { channels?: FlowBlock[]; rewards?: string[]; rewardsNote?: string },
): FlowBlock[] {
  const shown =
    section.show === "channels"
      ? (extra.channels ?? [])
      : section.show === "rewards"
        ? (extra.rewards ?? []).map((text) => ({ kind: "item" as const, text }))
        : [];
  const note = section.show === "rewards" && extra.rewardsNote ? [extra.rewardsNote] : [];
  return [
    ...(section.heading ? [{ kind: "heading" as const, text: section.heading }] : []),
    ...section.paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    ...section.items.map((text) => ({ kind: "item" as const, text })),
    ...shown,
    ...note.map((text) => ({ kind: "paragraph" as const, text })),
  ];
}

export function leafletPages(spec: LeafletSpec, fonts: PrintFonts): PrintPage[] {
  const c = canvasOf(spec, 210);
  const s = c.scale;
  const b = c.bleed;
  const colours = schemeColours(spec.scheme, spec.red);
  const margin = mm(13) * s;
  const bandH = mm(30) * s;
  const footH = mm(9) * s;
  const inner = c.trimW - 2 * margin;
  const channels = channelBlocks(spec.channels, spec.lang);
  const rewards = spec.rewards ? spec.rewards.rules : [];
  const rewardsNote = spec.rewards?.source;

  return spec.pages.map((page, index) => {
    const last = index === spec.pages.length - 1;
    const field = `pages[${index}]`;
    const band = topBand(
      spec,
      c,
      { height: bandH, padding: `${b}px ${b + margin}px 0`, rule: mm(1.5) * s },
      [
        fittedBlock(
          page.heading,
          {
            file: spec.file,
            field: `${field}.heading`,
            where: `the heading band of the A4 leaflet's page ${index + 1}`,
            metrics: fonts.bold,
            width: inner,
            height: bandH * 0.62,
            minSize: 18 * s,
            maxSize: 34 * s,
            maxLines: 1,
            lineHeight: 1.25,
          },
          { fontWeight: 700 },
        ),
        fittedBlock(
          spec.siteName,
          {
            file: spec.file,
            field: "site name",
            where: "the leaflet's heading band",
            metrics: fonts.regular,
            width: inner,
            height: 11 * s * 1.3,
            minSize: 8 * s,
            maxSize: 11 * s,
            maxLines: 1,
            lineHeight: 1.3,
          },
          { color: mix(colours.onBand, colours.band, 0.9) },
        ),
      ],
    );

    const qrSize = mm(30) * s;
    const captionH = 10 * s * 1.3 * 2;
    const top = b + bandH + margin * 0.7;
    const bottom = b + c.trimH - footH - margin * 0.6;
    const flowOptions = {
      file: spec.file,
      field: `${field}.sections`,
      where: `page ${index + 1} of the A4 leaflet`,
      width: inner,
      height: bottom - top,
      // On the back, the QR code takes the foot of the right column.
      lastColumnHeight: last ? bottom - top - qrSize - captionH - margin * 0.4 : undefined,
      columns: 2,
      columnGap: margin * 0.8,
      minSize: 10.5 * s,
      maxSize: 14 * s,
      headingScale: 1.25,
      lineHeight: 1.5,
      regular: fonts.regular,
      bold: fonts.bold,
    };
    const blocks = page.sections.flatMap((section) =>
      sectionBlocks(section, { channels, rewards, ...(rewardsNote ? { rewardsNote } : {}) }),
    );
    const flow = flowFit(blocks, flowOptions);
    const body = at(
      { x: b + margin, y: top, width: inner, height: flowOptions.height },
      {},
      flowElement(flow, flowOptions, {
        text: palette.text.rgb,
        heading: colours.accent,
        bullet: colours.accent,
      }),
    );

    const elements = [band, body];
    const qr = [];
    if (last) {
      const block = qrBlock(spec, spec.qr, fonts, {
        x: b + c.trimW - margin - qrSize,
        y: bottom - qrSize - captionH,
        size: qrSize,
        captionHeight: captionH,
        captionSize: 10 * s,
      });
      elements.push(...block.elements);
      qr.push(block.overlay);
    }
    elements.push(
      footBand(spec, c, fonts, {
        height: footH,
        margin,
        minSize: 9 * s,
        maxSize: 10 * s,
        where: "the leaflet",
        page: spec.pages.length > 1 ? `${index + 1}/${spec.pages.length}` : undefined,
      }),
    );
    return { element: sheet(c, spec.lang, elements), qr };
  });
}
