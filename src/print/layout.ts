/**
 * Text on paper never overflows and is never cut: each box gets the largest size within its
 * limits at which the text fits, and when even the smallest does not, the material fails with
 * the file, the field and roughly how many characters too long the text is. (Share images may
 * end a title in an ellipsis; a printed leaflet may not lose a word.)
 */
import { say, type Text } from "../i18n/messages.ts";
import { div, type Element, type Style } from "../draw/element.ts";
import {
  breakLines,
  emWidth,
  fitText,
  spaceMixed,
  type FitOptions,
  type FontMetrics,
} from "../draw/typography.ts";

export class PrintFitError extends Error {
  readonly file: string;
  readonly field: string;
  /** What does not fit and the fix, in every locale. */
  readonly detail: Text;
  constructor(file: string, field: string, detail: Text) {
    super(`${file}: ${field} ${say(detail)}`);
    this.name = "PrintFitError";
    this.file = file;
    this.field = field;
    this.detail = detail;
  }
}

/** Counts as the reader sees them: a Chinese character or a Latin letter is one. */
const chars = (text: string) => [...text.replace(/\s+/gu, "")].length;

export interface FitBox extends Omit<FitOptions, "text" | "ellipsis"> {
  file: string;
  field: string;
  /** How the box is named in the error: `the A3 poster's slogan area`. */
  where: string;
}

/** One fitted block, each line its own row so Satori never re-wraps our breaks. */
export function fittedBlock(text: string, box: FitBox, style: Style): Element {
  const spaced = spaceMixed(text);
  const fitted = fitText({ ...box, text: spaced });
  if (fitted.truncated) {
    const kept = fitted.lines.join("").replace(/…+$/u, "");
    const over = Math.max(1, chars(spaced) - chars(kept));
    throw new PrintFitError(box.file, box.field, {
      "zh-cn": `大约多了 ${over} 个字，放不下（共 ${chars(spaced)} 个字，用最小的 ${Math.round(box.minSize)} 点字也放不下）：删减 ${over} 个字，或换更大的尺寸`,
      en: `is about ${over} character${over === 1 ? "" : "s"} too long for ${box.where} (${chars(spaced)} characters, even at the smallest size of ${Math.round(box.minSize)} pt): shorten it by ${over}, or choose a larger size.`,
    });
  }
  return div(
    {
      display: "flex",
      flexDirection: "column",
      fontSize: fitted.size,
      lineHeight: `${fitted.lineHeight}px`,
      ...style,
    },
    fitted.lines.map((line) => div({ display: "flex", whiteSpace: "pre" }, line)),
  );
}

/** A piece of running text in a flow: a heading, a paragraph or a list item. */
export interface FlowBlock {
  kind: "heading" | "paragraph" | "item" | "strong";
  text: string;
}

export interface FlowOptions {
  file: string;
  field: string;
  where: string;
  width: number;
  height: number;
  /** A shorter last column, to keep clear of what sits at its foot (a QR code). */
  lastColumnHeight?: number | undefined;
  columns: number;
  columnGap: number;
  /** Body size limits in points; headings are `headingScale` times the body. */
  minSize: number;
  maxSize: number;
  headingScale: number;
  lineHeight: number;
  regular: FontMetrics;
  bold: FontMetrics;
}

export interface FlowLine {
  text: string;
  kind: FlowBlock["kind"];
  /** First line of a list item: draws the bullet. */
  bullet: boolean;
  size: number;
  height: number;
  /** Space above the line (before a block). */
  gap: number;
}

export interface Flow {
  size: number;
  columns: FlowLine[][];
}

const BULLET_INDENT = 1.1;

function linesAt(blocks: FlowBlock[], size: number, options: FlowOptions, columnWidth: number) {
  const lines: FlowLine[] = [];
  let overflow = false;
  blocks.forEach((block, index) => {
    const heading = block.kind === "heading";
    const fontSize = heading ? size * options.headingScale : size;
    const metrics = heading || block.kind === "strong" ? options.bold : options.regular;
    const indent = block.kind === "item" ? BULLET_INDENT * fontSize : 0;
    const measure = (columnWidth - indent) / fontSize;
    const text = spaceMixed(block.text);
    const broken = breakLines(text, measure, metrics);
    if (broken.some((line) => emWidth(line, metrics) > measure + 1e-6)) overflow = true;
    const gap = index === 0 ? 0 : heading ? size * 0.9 : size * 0.45;
    broken.forEach((line, i) =>
      lines.push({
        text: line,
        kind: block.kind,
        bullet: block.kind === "item" && i === 0,
        size: fontSize,
        height: fontSize * options.lineHeight,
        gap: i === 0 ? gap : 0,
      }),
    );
  });
  return { lines, overflow };
}

/**
 * Fills columns line by line; a heading is never the last line of a column. Returns the
 * columns, or the lines left over when the height runs out.
 */
function pack(lines: FlowLine[], options: FlowOptions): { columns: FlowLine[][]; left: number } {
  const columns: FlowLine[][] = [[]];
  const limit = () =>
    columns.length === options.columns && options.lastColumnHeight !== undefined
      ? options.lastColumnHeight
      : options.height;
  let used = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as FlowLine;
    let column = columns.at(-1) as FlowLine[];
    const gap = column.length === 0 ? 0 : line.gap;
    const next = lines[i + 1];
    const need = gap + line.height + (line.kind === "heading" && next ? next.height : 0);
    if (used + need > limit() + 1e-6 && column.length > 0) {
      if (columns.length === options.columns) return { columns, left: lines.length - i };
      column = [];
      columns.push(column);
      used = 0;
    }
    column.push(column.length === 0 ? { ...line, gap: 0 } : line);
    used += (column.length === 1 ? 0 : line.gap) + line.height;
    if (used > limit() + 1e-6) return { columns, left: lines.length - i };
  }
  return { columns, left: 0 };
}

/** The largest body size at which all blocks fit the columns; fails naming how much is over. */
export function flowFit(blocks: FlowBlock[], options: FlowOptions): Flow {
  const columnWidth = (options.width - (options.columns - 1) * options.columnGap) / options.columns;
  for (let size = options.maxSize; size >= options.minSize - 1e-6; size -= 0.5) {
    const { lines, overflow } = linesAt(blocks, size, options, columnWidth);
    if (overflow) continue;
    const packed = pack(lines, options);
    if (packed.left === 0) return { size, columns: packed.columns };
  }
  const { lines } = linesAt(blocks, options.minSize, options, columnWidth);
  const packed = pack(lines, options);
  const leftLines = lines.slice(lines.length - packed.left);
  const over = Math.max(
    1,
    leftLines.reduce((sum, line) => sum + chars(line.text), 0),
  );
  throw new PrintFitError(options.file, options.field, {
    "zh-cn": `文字大约多了 ${over} 个字，用最小的 ${options.minSize} 点字也排不下：删减 ${over} 个字、把一节移到别处，或换更大的尺寸`,
    en: `is about ${over} characters too long for ${options.where}, even at the smallest size of ${options.minSize} pt: shorten the text by ${over} characters, move a section elsewhere, or choose a larger size.`,
  });
}

export interface FlowColours {
  text: string;
  heading: string;
  bullet: string;
}

/** The Satori tree of a fitted flow: columns side by side, every line placed as broken. */
export function flowElement(flow: Flow, options: FlowOptions, colours: FlowColours): Element {
  const columnWidth = (options.width - (options.columns - 1) * options.columnGap) / options.columns;
  return div(
    { display: "flex", width: options.width, height: options.height, gap: options.columnGap },
    flow.columns.map((column) =>
      div(
        { display: "flex", flexDirection: "column", width: columnWidth },
        column.map((line) => {
          const indent = line.kind === "item" ? BULLET_INDENT * line.size : 0;
          return div(
            {
              display: "flex",
              position: "relative",
              height: line.height,
              marginTop: line.gap,
              paddingLeft: indent,
              alignItems: "center",
              fontSize: line.size,
              fontWeight: line.kind === "heading" || line.kind === "strong" ? 700 : 400,
              color: line.kind === "heading" ? colours.heading : colours.text,
              whiteSpace: "pre",
            },
            line.bullet
              ? [
                  div({
                    position: "absolute",
                    left: line.size * 0.3,
                    top: line.height / 2 - line.size * 0.18,
                    width: line.size * 0.36,
                    height: line.size * 0.36,
                    borderRadius: line.size * 0.18,
                    backgroundColor: colours.bullet,
                  }),
                  line.text,
                ]
              : line.text,
          );
        }),
      ),
    ),
  );
}
