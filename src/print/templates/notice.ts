/**
 * Reward notice (悬赏通告-style): the title large, the preamble, the local reward rules as a
 * numbered list, how to claim, the confidentiality promise, the ways to report and a QR code,
 * and the issuer and date set right as on an official notice. Everything comes from the reward
 * rules in content/data/rewards.yaml, so a new rule or amount is one edit, not a new design.
 */
import { isChinese } from "../../draw/typography.ts";
import { fittedBlock, flowElement, flowFit, type FlowBlock } from "../layout.ts";
import { mm } from "../paper.ts";
import type { NoticeSpec } from "../spec.ts";
import {
  at,
  canvasOf,
  channelLine,
  mix,
  footLine,
  palette,
  qrBlock,
  sheet,
  type PrintFonts,
  type PrintPage,
} from "./common.ts";

export function noticeBlocks(spec: NoticeSpec): FlowBlock[] {
  const zh = isChinese(spec.lang);
  const numbered = (i: number) => (zh ? `${"一二三四五六七八九十"[i] ?? i + 1}、` : `${i + 1}. `);
  return [
    { kind: "paragraph", text: spec.rewards.preamble },
    ...spec.rewards.rules.map((text, i) => ({
      kind: "strong" as const,
      text: `${numbered(i)}${text}`,
    })),
    { kind: "paragraph", text: spec.rewards.claim },
    { kind: "paragraph", text: spec.rewards.confidentiality },
    { kind: "paragraph", text: spec.rewards.source },
    { kind: "heading", text: spec.labels.channels },
    ...spec.channels.map((channel) => ({
      kind: "item" as const,
      text: channelLine(channel, spec.lang),
    })),
  ];
}

export function noticePages(spec: NoticeSpec, fonts: PrintFonts): PrintPage[] {
  const c = canvasOf(spec, 297);
  const s = c.scale;
  const b = c.bleed;
  const margin = mm(24) * s;
  const inner = c.trimW - 2 * margin;
  const frame = mm(4) * s;
  const where = spec.paper ? `the ${spec.paper} reward notice` : "the reward notice";

  const titleH = 72 * s * 1.3;
  const title = at(
    { x: b + margin, y: b + margin * 1.3, width: inner, height: titleH },
    { justifyContent: "center", color: spec.red },
    fittedBlock(
      spec.rewards.title,
      {
        file: spec.file,
        field: "rewards title",
        where: `the title of ${where}`,
        metrics: fonts.bold,
        width: inner,
        height: titleH,
        minSize: 36 * s,
        maxSize: 72 * s,
        step: 2,
        maxLines: 1,
        lineHeight: 1.3,
      },
      { fontWeight: 700, letterSpacing: isChinese(spec.lang) ? 12 * s : 0 },
    ),
  );

  const qrSize = mm(42) * s;
  const captionH = 14 * s * 1.3 * 2;
  // Room for a long issuer's name on two lines, and the date.
  const issuerH = 18 * s * 1.5 * 3 + mm(6) * s;
  const top = b + margin * 1.3 + titleH + margin * 0.6;
  const bottom = b + c.trimH - mm(32) * s;
  const flowOptions = {
    file: spec.file,
    field: "rewards",
    where,
    width: inner,
    height: bottom - top - issuerH - margin * 0.5,
    lastColumnHeight: bottom - top - Math.max(issuerH, qrSize + captionH) - margin * 0.5,
    columns: 1,
    columnGap: 0,
    minSize: 12 * s,
    maxSize: 24 * s,
    headingScale: 1.2,
    lineHeight: 1.6,
    regular: fonts.regular,
    bold: fonts.bold,
  };
  const flow = flowFit(noticeBlocks(spec), flowOptions);
  const body = at(
    { x: b + margin, y: top, width: inner, height: flowOptions.height },
    {},
    flowElement(flow, flowOptions, {
      text: palette.text.rgb,
      heading: spec.red,
      bullet: spec.red,
    }),
  );
  const qr = qrBlock(spec, spec.qr, fonts, {
    x: b + margin,
    y: bottom - qrSize - captionH,
    size: qrSize,
    captionHeight: captionH,
    captionSize: 13 * s,
  });
  // The issuer and the date, set right as on an official notice, with the seal area: the seal
  // (4.2 cm, the size of a county office's) is stamped over the issuer's name and the date, so
  // the area is drawn first, in a faint grey, and the text over it.
  const issuerW = inner - qrSize - margin;
  const issuerSize = 18 * s;
  const issuer = at(
    { x: b + c.trimW - margin - issuerW, y: bottom - issuerH, width: issuerW, height: issuerH },
    { flexDirection: "column", alignItems: "flex-end", justifyContent: "flex-end" },
    [spec.rewards.issuer, spec.rewards.date].map((line, i) =>
      fittedBlock(
        line,
        {
          file: spec.file,
          field: i === 0 ? "rewards issuer" : "rewards date",
          where: `the signature of ${where}`,
          metrics: i === 0 ? fonts.bold : fonts.regular,
          width: issuerW,
          height: issuerSize * 1.5 * (i === 0 ? 2 : 1),
          minSize: 12 * s,
          maxSize: issuerSize,
          maxLines: i === 0 ? 2 : 1,
          lineHeight: 1.5,
        },
        { alignItems: "flex-end", fontWeight: i === 0 ? 700 : 400 },
      ),
    ),
  );
  const sealD = mm(42) * s;
  const ring = mm(0.6) * s;
  const sealBox = {
    x: b + c.trimW - margin - sealD - issuerSize * 2,
    // Centred where the name's last line meets the date.
    y: bottom - issuerSize * 1.5 - sealD / 2,
    width: sealD,
    height: sealD,
  };
  const faint = mix(palette.muted.rgb, palette.paper.rgb, 0.35);
  const seal = [
    at(sealBox, { borderRadius: sealD / 2, backgroundColor: faint }),
    at(
      {
        x: sealBox.x + ring,
        y: sealBox.y + ring,
        width: sealD - 2 * ring,
        height: sealD - 2 * ring,
      },
      {
        borderRadius: sealD / 2 - ring,
        backgroundColor: palette.paper.rgb,
        alignItems: "flex-start",
        justifyContent: "center",
        paddingTop: sealD * 0.16,
        color: faint,
        fontSize: 11 * s,
      },
      spec.labels.seal,
    ),
  ];
  // A red double rule inside the trim, the look of a posted notice; the paper runs into the
  // bleed. Drawn as nested filled boxes, not CSS borders: Satori draws borders through clip
  // paths, which become soft masks in the PDF.
  const frameBox = {
    x: b + frame * 2,
    y: b + frame * 2,
    width: c.trimW - frame * 4,
    height: c.trimH - frame * 4,
  };
  const inset = (by: number) => ({
    x: frameBox.x + by,
    y: frameBox.y + by,
    width: frameBox.width - 2 * by,
    height: frameBox.height - 2 * by,
  });
  const border = [
    at(inset(0), { backgroundColor: spec.red }),
    at(inset(frame), { backgroundColor: palette.paper.rgb }),
    at(inset(frame * 2), { backgroundColor: spec.red }),
    at(inset(frame * 2 + frame / 3), { backgroundColor: palette.paper.rgb }),
  ];
  const footH = mm(9) * s;
  const foot = at(
    { x: b + margin, y: b + c.trimH - mm(29) * s, width: inner, height: footH },
    { justifyContent: "center", alignItems: "center", color: palette.muted.rgb },
    fittedBlock(
      footLine(spec),
      {
        file: spec.file,
        field: "organiser",
        where: `the foot of ${where}`,
        metrics: fonts.regular,
        width: inner,
        height: footH,
        minSize: 9 * s,
        maxSize: 10 * s,
        maxLines: 2,
        lineHeight: 1.25,
      },
      { alignItems: "center" },
    ),
  );
  return [
    {
      element: sheet(c, spec.lang, [...border, title, body, ...seal, issuer, ...qr.elements, foot]),
      qr: [qr.overlay],
    },
  ];
}
