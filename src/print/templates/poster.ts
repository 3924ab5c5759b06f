/**
 * Poster (A3, or A2 enlarged): the slogan large on the campaign band, a short text, the ways to
 * report with their numbers large enough to copy from across a room, and a QR code to the
 * reporting guide. Everything is placed on fixed fractions of the sheet, so the layout holds
 * at any A size, and every text is fitted (or the material fails, see layout.ts).
 */
import { div } from "../../draw/element.ts";
import { fittedBlock, PrintFitError } from "../layout.ts";
import { mm } from "../paper.ts";
import type { PosterSpec } from "../spec.ts";
import {
  at,
  canvasOf,
  mix,
  footBand,
  topBand,
  withHours,
  palette,
  printedValue,
  qrBlock,
  schemeColours,
  sheet,
  type PrintFonts,
  type PrintPage,
} from "./common.ts";

export function posterPages(spec: PosterSpec, fonts: PrintFonts): PrintPage[] {
  const c = canvasOf(spec, 297);
  const s = c.scale;
  const b = c.bleed;
  const colours = schemeColours(spec.scheme, spec.red);
  const margin = mm(16) * s;
  const bandH = c.trimH * 0.42;
  const footH = mm(15) * s;
  const inner = c.trimW - 2 * margin;
  const where = spec.paper ? `an ${spec.paper} poster` : "this poster";
  const box = { file: spec.file, lineHeight: 1.25 };

  const band = topBand(
    spec,
    c,
    { height: bandH, padding: `${b + margin}px ${b + margin}px ${margin}px`, rule: mm(3) * s },
    [
      fittedBlock(
        spec.siteName,
        {
          ...box,
          field: "site name",
          where: `the top line of ${where}`,
          metrics: fonts.bold,
          width: inner,
          height: 24 * s * 1.25,
          minSize: 14 * s,
          maxSize: 24 * s,
          maxLines: 1,
        },
        { fontWeight: 700, color: mix(colours.onBand, colours.band, 0.92) },
      ),
      div({ display: "flex", flexGrow: 1, alignItems: "center" }, [
        fittedBlock(
          spec.slogan,
          {
            ...box,
            field: "slogan",
            where: `the slogan area of ${where} (at most 3 lines)`,
            metrics: fonts.bold,
            width: inner,
            height: bandH - margin * 1.5 - 24 * s * 1.25,
            minSize: 48 * s,
            maxSize: 150 * s,
            step: 2,
            maxLines: 3,
            lineHeight: 1.2,
            balance: true,
          },
          { fontWeight: 700 },
        ),
      ]),
    ],
  );

  const top = b + bandH + margin * 0.9;
  const textH = 30 * s * 1.5 * 3;
  const text = at(
    { x: b + margin, y: top, width: inner, height: textH },
    { alignItems: "flex-start" },
    fittedBlock(
      spec.text,
      {
        ...box,
        field: "text",
        where: `the text area of ${where} (at most 3 lines)`,
        metrics: fonts.regular,
        width: inner,
        height: textH,
        minSize: 18 * s,
        maxSize: 30 * s,
        maxLines: 3,
        lineHeight: 1.5,
        balance: false,
      },
      { color: palette.text.rgb },
    ),
  );

  const qrSize = mm(58) * s;
  const captionH = 22 * s * 1.3 * 2;
  const lowerTop = top + textH + margin * 0.6;
  const lowerBottom = b + c.trimH - footH - margin * 0.8;
  const qr = qrBlock(spec, spec.qr, fonts, {
    x: b + c.trimW - margin - qrSize,
    y: lowerBottom - qrSize - captionH,
    size: qrSize,
    captionHeight: captionH,
    captionSize: 20 * s,
  });

  const channelsW = inner - qrSize - margin;
  const labelH = 26 * s * 1.4;
  const perChannel = (lowerBottom - lowerTop - labelH) / Math.max(spec.channels.length, 1);
  const nameSize = Math.min(19 * s, perChannel * 0.3);
  const valueSize = Math.min(40 * s, perChannel * 0.48);
  if (valueSize < 18 * s) {
    const most = Math.floor((lowerBottom - lowerTop - labelH) / ((18 * s) / 0.48));
    throw new PrintFitError(spec.file, "channels", {
      "zh-cn": `${spec.channels.length} 个举报渠道放不下：这张海报最多列 ${most} 个，请删掉几个或换更大的纸张`,
      en: `${spec.channels.length} channels do not fit ${where}; list at most ${most}.`,
    });
  }
  const channels = at(
    { x: b + margin, y: lowerTop, width: channelsW, height: lowerBottom - lowerTop },
    { flexDirection: "column" },
    [
      div(
        {
          display: "flex",
          height: labelH,
          fontSize: 26 * s,
          fontWeight: 700,
          color: colours.accent,
        },
        spec.labels.channels,
      ),
      ...spec.channels.map((channel, i) =>
        div({ display: "flex", flexDirection: "column", height: perChannel }, [
          fittedBlock(
            withHours(channel, spec.lang),
            {
              ...box,
              field: `channels[${i}] name`,
              where: `a channel's line on ${where}`,
              metrics: fonts.regular,
              width: channelsW,
              height: nameSize * 1.35,
              minSize: Math.min(12 * s, nameSize),
              maxSize: nameSize,
              maxLines: 1,
              lineHeight: 1.35,
            },
            { color: palette.muted.rgb },
          ),
          fittedBlock(
            printedValue(channel, spec.lang),
            {
              ...box,
              field: `channels[${i}] value`,
              where: `a channel's number on ${where}`,
              metrics: fonts.bold,
              width: channelsW,
              height: valueSize * 1.25,
              minSize: Math.min(18 * s, valueSize),
              maxSize: valueSize,
              maxLines: 1,
            },
            { fontWeight: 700, color: palette.text.rgb },
          ),
        ]),
      ),
    ],
  );

  const foot = footBand(spec, c, fonts, {
    height: footH,
    margin,
    minSize: 9 * s,
    maxSize: 15 * s,
    where,
  });

  return [
    {
      element: sheet(c, spec.lang, [band, text, channels, ...qr.elements, foot]),
      qr: [qr.overlay],
    },
  ];
}
