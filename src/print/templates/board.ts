/**
 * Display board (展板), e.g. 120 × 90 cm: an explainer for people standing in front of it: the
 * title on the band, the summary as a lead, a QR code to the reporting guide in the corner, and
 * the explainer's text at the largest size that fits (never under 28 pt, readable from two
 * metres). When the text has a list of defined terms ("组织特征：…", the four features of a
 * mafia-style group), the terms are what the board is about: they get a block each, two by
 * two, with the text before them in a column at the left and the rest in two columns under
 * them. Without such a list the text runs in three columns.
 */
import { breakLines, PRINT_RULES, spaceMixed } from "../../draw/typography.ts";
import type { Element } from "../../draw/element.ts";
import {
  fittedBlock,
  flowAt,
  flowElement,
  flowFit,
  flowTooLong,
  type Flow,
  type FlowBlock,
  type FlowOptions,
} from "../layout.ts";
import { mm } from "../paper.ts";
import type { BoardSpec } from "../spec.ts";

/** A defined term in a list item: up to 24 characters before a colon. */
const TERM = /^([^：:，,。.]{2,24})[：:]\s*(.+)$/su;

export interface Card {
  term: string;
  text: string;
}

/**
 * The first run of two to six list items that are all defined terms, as cards, and where it
 * lies in the blocks; undefined when there is none.
 */
export function termCards(
  blocks: FlowBlock[],
): { start: number; end: number; cards: Card[] } | undefined {
  for (let start = 0; start < blocks.length; start++) {
    let end = start;
    const cards: Card[] = [];
    for (; end < blocks.length; end++) {
      const block = blocks[end] as FlowBlock;
      const match = block.kind === "item" ? TERM.exec(block.text) : null;
      if (!match) break;
      // "Organisation: a stable group" → "Organisation" over "A stable group".
      const text = match[2] ?? "";
      cards.push({ term: match[1] ?? "", text: text.charAt(0).toUpperCase() + text.slice(1) });
    }
    if (cards.length >= 2 && cards.length <= 6) return { start, end, cards };
    start = Math.max(start, end);
  }
  return undefined;
}
import {
  at,
  canvasOf,
  mix,
  footBand,
  topBand,
  palette,
  qrBlock,
  schemeColours,
  tintOf,
  sheet,
  type PrintFonts,
  type PrintPage,
} from "./common.ts";

export function boardPages(spec: BoardSpec, fonts: PrintFonts): PrintPage[] {
  const c = canvasOf(spec, 1200);
  // Boards come in many sizes; lay out on the shorter side so a tall board is not over-scaled.
  const s = Math.min(c.scale, spec.trim.heightMm / 900);
  const b = c.bleed;
  const colours = schemeColours(spec.scheme, spec.red);
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
      backgroundColor: tintOf(spec.red),
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
  const flowColours = { text: palette.text.rgb, heading: colours.accent, bullet: colours.accent };
  const run = termCards(spec.blocks);
  const body = run
    ? cardLayout(spec, fonts, flowOptions, run, { x: b + margin, y: flowTop }, colours.accent)
    : [
        at(
          { x: b + margin, y: flowTop, width: inner, height: flowOptions.height },
          {},
          flowElement(flowFit(spec.blocks, flowOptions), flowOptions, flowColours),
        ),
      ];
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
      element: sheet(c, spec.lang, [band, lead, leadBar, ...body, ...qr.elements, foot]),
      qr: [qr.overlay],
    },
  ];
}

const CARD_PADDING = 0.8;
const TERM_SCALE = 1.4;

/**
 * The board's text with its defined terms as cards: the text before them in one column at the
 * left, the cards two by two at the top right, the text after them in two columns under the
 * cards (the last kept clear of the QR code). One body size for all of it, the largest at
 * which everything fits.
 */
function cardLayout(
  spec: BoardSpec,
  fonts: PrintFonts,
  options: FlowOptions,
  run: { start: number; end: number; cards: Card[] },
  origin: { x: number; y: number },
  accent: string,
): Element[] {
  const gap = options.columnGap;
  const leftW = (options.width - 2 * gap) / 3;
  const rightW = options.width - leftW - gap;
  const cardW = (rightW - gap) / 2;
  const rows = Math.ceil(run.cards.length / 2);
  // A heading just before the terms ("法律怎么说") heads the cards, not the end of the column.
  const heading =
    spec.blocks[run.start - 1]?.kind === "heading" ? spec.blocks[run.start - 1] : undefined;
  const before = spec.blocks.slice(0, heading ? run.start - 1 : run.start);
  const rowGap = gap * 0.5;
  const after = spec.blocks.slice(run.end);
  // The text after the cards runs in two columns under them, the second kept clear of the QR
  // code in the corner (all of it, when the code takes the column's whole height).
  const qrRoom = options.height - (options.lastColumnHeight ?? options.height);
  const leftOptions: FlowOptions = {
    ...options,
    columns: 1,
    width: leftW,
    lastColumnHeight: undefined,
  };
  const afterOptions = (height: number): FlowOptions => ({
    ...options,
    field: `${options.field} after the terms`,
    columns: 2,
    width: rightW,
    height,
    lastColumnHeight: Math.max(0, height - qrRoom),
  });

  const cardsAt = (size: number) => {
    const pad = size * CARD_PADDING;
    const inner = (cardW - 2 * pad) / size;
    const heights = run.cards.map((card) => {
      const term = breakLines(spaceMixed(card.term), inner / TERM_SCALE, fonts.bold, PRINT_RULES);
      const text = breakLines(spaceMixed(card.text), inner, fonts.regular, PRINT_RULES);
      return {
        term: term.length * size * TERM_SCALE * 1.25,
        text: text.length * size * options.lineHeight,
      };
    });
    const headingSize = size * options.headingScale;
    const headingLines = heading
      ? breakLines(spaceMixed(heading.text), rightW / headingSize, fonts.bold, PRINT_RULES).length
      : 0;
    const headingH = heading ? headingLines * headingSize * 1.25 + size * 0.6 : 0;
    const rowHeights = Array.from({ length: rows }, (_, row) =>
      Math.max(
        ...heights.slice(row * 2, row * 2 + 2).map((h) => 2 * pad + h.term + size * 0.3 + h.text),
      ),
    );
    return {
      pad,
      headingSize,
      headingH,
      rowHeights,
      total: headingH + rowHeights.reduce((a, h) => a + h, 0) + (rows - 1) * rowGap,
    };
  };

  let chosen:
    | { size: number; left: Flow; right: Flow; cards: ReturnType<typeof cardsAt> }
    | undefined;
  for (let size = options.maxSize; size >= options.minSize - 1e-6 && !chosen; size -= 0.5) {
    const cards = cardsAt(size);
    const rightH = options.height - cards.total - gap;
    if (rightH < 0) continue;
    const left = flowAt(before, size, leftOptions);
    const right = flowAt(after, size, afterOptions(rightH));
    if (left && right) chosen = { size, left, right, cards };
  }
  if (!chosen) throw flowTooLong(spec.blocks, options);
  const { size, left, right, cards } = chosen;
  const colours = { text: palette.text.rgb, heading: accent, bullet: accent };
  const rightOptions = afterOptions(options.height - cards.total - gap);
  const rightX = origin.x + leftW + gap;
  const elements: Element[] = [
    at(
      { x: origin.x, y: origin.y, width: leftW, height: options.height },
      {},
      flowElement(left, leftOptions, colours),
    ),
    at(
      { x: rightX, y: origin.y + cards.total + gap, width: rightW, height: rightOptions.height },
      {},
      flowElement(right, rightOptions, colours),
    ),
  ];
  if (heading) {
    elements.push(
      at(
        { x: rightX, y: origin.y, width: rightW, height: cards.headingH },
        { flexDirection: "column", color: accent },
        fittedBlock(
          heading.text,
          {
            file: spec.file,
            field: `${options.field} heading of the terms`,
            where: "the heading over the board's terms",
            metrics: fonts.bold,
            width: rightW,
            height: cards.headingH,
            minSize: cards.headingSize,
            maxSize: cards.headingSize,
            maxLines: 4,
            lineHeight: 1.25,
          },
          { fontWeight: 700 },
        ),
      ),
    );
  }
  let y = origin.y + cards.headingH;
  cards.rowHeights.forEach((rowHeight, row) => {
    run.cards.slice(row * 2, row * 2 + 2).forEach((card, j) => {
      const i = row * 2 + j;
      const box = { x: rightX + j * (cardW + gap), y, width: cardW, height: rowHeight };
      const inner = cardW - 2 * cards.pad;
      const fixed = {
        file: spec.file,
        where: `a term's block on the board`,
        minSize: size,
        maxLines: 20,
        height: rowHeight,
      };
      elements.push(
        at(
          box,
          { flexDirection: "column", padding: cards.pad, backgroundColor: tintOf(spec.red) },
          [
            fittedBlock(
              card.term,
              {
                ...fixed,
                field: `${options.field} term ${i + 1}`,
                metrics: fonts.bold,
                width: inner,
                maxSize: size * TERM_SCALE,
                minSize: size * TERM_SCALE,
                lineHeight: 1.25,
              },
              { fontWeight: 700, color: accent, marginBottom: size * 0.3 },
            ),
            fittedBlock(
              card.text,
              {
                ...fixed,
                field: `${options.field} term ${i + 1} text`,
                metrics: fonts.regular,
                width: inner,
                maxSize: size,
                lineHeight: options.lineHeight,
                balance: false,
              },
              { color: palette.text.rgb },
            ),
          ],
        ),
        // The accent rule along the block's top: a box, not a border (see the lead's bar).
        at({ x: box.x, y: box.y, width: cardW, height: size * 0.25 }, { backgroundColor: accent }),
      );
    });
    y += rowHeight + rowGap;
  });
  return elements;
}
