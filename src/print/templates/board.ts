/**
 * Display board (展板), e.g. 120 × 90 cm: an explainer for people standing in front of it: the
 * title on the band, the summary as a lead, the explainer's sections in three columns at the
 * largest size that fits (never under 28 pt, readable from two metres), a QR code to the
 * reporting guide in the corner.
 */
import { fittedBlock, flowElement, flowFit } from "../layout.ts";
import { mm } from "../paper.ts";
import type { BoardSpec } from "../spec.ts";
import {
  at,
  canvasOf,
  mix,
  footBand,
  topBand,
  palette,
  qrBlock,
  schemeColours,
  sheet,
  type PrintFonts,
  type PrintPage,
} from "./common.ts";

export function boardPages(spec: BoardSpec, fonts: PrintFonts): PrintPage[] {
  const c = canvasOf(spec, 1200);
  // Boards come in many sizes; lay out on the shorter side so a tall board is not over-scaled.
  const s = Math.min(c.scale, spec.trim.heightMm / 900);
  const b = c.bleed;
  const colours = schemeColours(spec.scheme);
  const margin = mm(50) * s;
  const bandH = mm(150) * s;
  const footH = mm(40) * s;
  const inner = c.trimW - 2 * margin;
  const where = `the ${spec.trim.widthMm / 10} × ${spec.trim.heightMm / 10} cm board`;

  const band = topBand(
    spec,
    c,
    { height: bandH, padding: `${b}px ${b + margin}px 0`, rule: mm(8) * s },
    [
      fittedBlock(
        spec.siteName,
        {
          file: spec.file,
          field: "site name",
          where,
          metrics: fonts.bold,
          width: inner,
          height: 40 * s * 1.3,
          minSize: 24 * s,
          maxSize: 40 * s,
          maxLines: 1,
          lineHeight: 1.3,
        },
        { fontWeight: 700, color: mix(colours.onBand, colours.band, 0.92) },
      ),
      fittedBlock(
        spec.heading,
        {
          file: spec.file,
          field: "explainer title",
          where: `the heading band of ${where}`,
          metrics: fonts.bold,
          width: inner,
          height: bandH * 0.6,
          minSize: 60 * s,
          maxSize: 120 * s,
          step: 2,
          maxLines: 2,
          lineHeight: 1.2,
        },
        { fontWeight: 700 },
      ),
    ],
  );

  const top = b + bandH + margin * 0.8;
  const leadH = 40 * s * 1.5 * 3;
  // The accent bar is a box of its own, not a CSS border: Satori draws borders through clip
  // paths, which become soft masks in the PDF.
  const bar = mm(10) * s;
  const lead = at(
    { x: b + margin, y: top, width: inner, height: leadH },
    {
      alignItems: "center",
      padding: `0 ${mm(20) * s}px 0 ${mm(20) * s + bar}px`,
      backgroundColor: palette.tint.rgb,
    },
    fittedBlock(
      spec.lead,
      {
        file: spec.file,
        field: "explainer summary",
        where: `the lead of ${where}`,
        metrics: fonts.bold,
        width: inner - mm(50) * s,
        height: leadH,
        minSize: 28 * s,
        maxSize: 40 * s,
        maxLines: 3,
        lineHeight: 1.5,
        balance: false,
      },
      { fontWeight: 700, color: palette.text.rgb },
    ),
  );

  const leadBar = at(
    { x: b + margin, y: top, width: bar, height: leadH },
    { backgroundColor: colours.accent },
  );

  const qrSize = mm(160) * s;
  const captionH = 40 * s * 1.3 * 2;
  const flowTop = top + leadH + margin * 0.7;
  const bottom = b + c.trimH - footH - margin * 0.6;
  const flowOptions = {
    file: spec.file,
    field: "explainer text",
    where,
    width: inner,
    height: bottom - flowTop,
    // The QR code takes the foot of the last column; the flow keeps clear of it.
    lastColumnHeight: bottom - flowTop - qrSize - captionH - margin * 0.4,
    columns: 3,
    columnGap: margin * 0.8,
    minSize: 28 * s,
    maxSize: 60 * s,
    headingScale: 1.3,
    lineHeight: 1.5,
    regular: fonts.regular,
    bold: fonts.bold,
  };
  const flow = flowFit(spec.blocks, flowOptions);
  const body = at(
    { x: b + margin, y: flowTop, width: inner, height: flowOptions.height },
    {},
    flowElement(flow, flowOptions, {
      text: palette.text.rgb,
      heading: colours.accent,
      bullet: colours.accent,
    }),
  );
  const qr = qrBlock(spec, spec.qr, fonts, {
    x: b + c.trimW - margin - qrSize,
    y: bottom - qrSize - captionH,
    size: qrSize,
    captionHeight: captionH,
    captionSize: 40 * s,
  });
  const foot = footBand(spec, c, fonts, {
    height: footH,
    margin,
    minSize: 16 * s,
    maxSize: 26 * s,
    where,
  });
  return [
    {
      element: sheet(c, spec.lang, [band, lead, leadBar, body, ...qr.elements, foot]),
      qr: [qr.overlay],
    },
  ];
}
