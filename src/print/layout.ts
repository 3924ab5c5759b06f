/**
 * Text on paper never overflows and is never cut: each box gets the largest size within its
 * limits at which the text fits, and when even the smallest does not, the material fails with
 * the file, the field and roughly how many characters too long the text is. (Share images may
 * end a title in an ellipsis; a printed leaflet may not lose a word.)
 *
 * Every text is broken by our own fitter with the print rules (typography.ts: Chinese words
 * kept whole, no widow), and each line is its own row, so Satori draws exactly those lines.
 * Flows keep a list item, a heading and what follows it, and a short paragraph in one column,
 * and balance their columns. Each drawn line carries `data-block` (and the first its source
 * text), so `typesetProblems` can check the drawn page rather than the fitter's intentions.
 */
import { say, type Text } from "../i18n/messages.ts";
import { div, type Element, type Style } from "../draw/element.ts";
import {
  breakLines,
  emWidth,
  fitText,
  isWidow,
  PRINT_RULES,
  spaceMixed,
  splitWords,
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

export interface FitBox extends Omit<FitOptions, "text" | "ellipsis" | "rules"> {
  file: string;
  field: string;
  /** How the box is named in the error: `the A3 poster's slogan area`. */
  where: string;
}

/** One fitted block, each line its own row so Satori never re-wraps our breaks. */
export function fittedBlock(text: string, box: FitBox, style: Style): Element {
  const spaced = spaceMixed(text);
  const fitted = fitText({ ...box, text: spaced, rules: PRINT_RULES });
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
    fitted.lines.map((line, i) =>
      lineDiv({ display: "flex", whiteSpace: "pre" }, line, {
        block: box.field,
        source: i === 0 ? spaced : undefined,
      }),
    ),
  );
}

/** What a drawn line says about itself, for `typesetProblems`. */
interface LineTag {
  block: string;
  /** The block's text, on its first line. */
  source?: string | undefined;
  kind?: FlowBlock["kind"] | undefined;
  column?: number | undefined;
}

/** A drawn line, tagged with its text block (see the top of this file). */
function lineDiv(style: Style, children: Element["props"]["children"], tag: LineTag): Element {
  const data = Object.fromEntries(
    Object.entries(tag)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [`data-${key}`, value]),
  );
  return {
    type: "div",
    props: { style, ...(children === undefined ? {} : { children }), ...data },
  };
}

/**
 * A piece of running text in a flow: a heading, a paragraph, a list item, a bold paragraph,
 * or a number set large under the item before it (a hotline under its name).
 */
export interface FlowBlock {
  kind: "heading" | "paragraph" | "item" | "strong" | "number";
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
  /** Numbers (`kind: "number"`) are this many times the body; 1.6 unless set. */
  numberScale?: number | undefined;
  lineHeight: number;
  regular: FontMetrics;
  bold: FontMetrics;
}

export interface FlowLine {
  text: string;
  kind: FlowBlock["kind"];
  /** The block's index in the flow, and its text on the block's first line. */
  block: number;
  source?: string | undefined;
  /** First line of a list item: draws the bullet. */
  bullet: boolean;
  /** Left indent in points: list items, and a number under an item. */
  indent: number;
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
const EPSILON = 1e-6;

function linesAt(blocks: FlowBlock[], size: number, options: FlowOptions, columnWidth: number) {
  const lines: FlowLine[] = [];
  let overflow = false;
  blocks.forEach((block, index) => {
    const heading = block.kind === "heading";
    const number = block.kind === "number";
    // An address in words is a number too, but set only a little larger: at the size of a
    // phone number it would take four lines of a leaflet's column.
    const numberScale = /\p{Script=Han}/u.test(block.text.replace(/（示例[^）]*）/gu, ""))
      ? 1.15
      : (options.numberScale ?? 1.6);
    const fontSize = heading ? size * options.headingScale : number ? size * numberScale : size;
    const metrics =
      block.kind === "paragraph" || block.kind === "item" ? options.regular : options.bold;
    // A number sits under the text of the item it belongs to.
    const indent =
      block.kind === "item" || (number && blocks[index - 1]?.kind === "item")
        ? BULLET_INDENT * size
        : 0;
    const measure = (columnWidth - indent) / fontSize;
    const text = spaceMixed(block.text);
    const broken = breakLines(text, measure, metrics, PRINT_RULES);
    if (broken.some((line) => emWidth(line, metrics) > measure + EPSILON)) overflow = true;
    const gap = index === 0 ? 0 : heading ? size * 0.9 : number ? size * 0.1 : size * 0.45;
    broken.forEach((line, i) =>
      lines.push({
        text: line,
        kind: block.kind,
        block: index,
        source: i === 0 ? text : undefined,
        bullet: block.kind === "item" && i === 0,
        indent,
        size: fontSize,
        // Numbers are set tight: they are one line, and the gap above is the item's.
        height: fontSize * (number ? 1.25 : options.lineHeight),
        gap: i === 0 ? gap : 0,
      }),
    );
  });
  return { lines, overflow };
}

/**
 * Where a column may end before line `i`: between blocks, except after a heading or before a
 * number (which belongs to the item above it); inside a paragraph only with two lines on each
 * side. List items, headings and numbers are never split.
 */
function breakable(lines: FlowLine[], i: number): boolean {
  const line = lines[i];
  const previous = lines[i - 1];
  if (!line || !previous) return true;
  if (line.block !== previous.block) return previous.kind !== "heading" && line.kind !== "number";
  if (line.kind !== "paragraph") return false;
  let before = 0;
  for (let j = i - 1; j >= 0 && lines[j]?.block === line.block; j--) before++;
  let after = 0;
  for (let j = i; j < lines.length && lines[j]?.block === line.block; j++) after++;
  return before >= 2 && after >= 2;
}

/**
 * Fills columns of the given heights line by line, ending a column only where `breakable`
 * allows (or, for a block taller than a column, where it must). Returns the columns, or how
 * many lines are left over when the columns run out.
 */
function pack(lines: FlowLine[], heights: number[]): { columns: FlowLine[][]; left: number } {
  const columns: FlowLine[][] = [];
  let i = 0;
  for (const height of heights) {
    if (i >= lines.length) break;
    const start = i;
    let used = 0;
    let end = i;
    while (end < lines.length) {
      const line = lines[end] as FlowLine;
      const need = (end === start ? 0 : line.gap) + line.height;
      if (used + need > height + EPSILON) break;
      used += need;
      end++;
    }
    if (end < lines.length) {
      // Step back to the last place this column may end.
      let cut = end;
      while (cut > start && !breakable(lines, cut)) cut--;
      if (cut > start) end = cut;
    }
    if (end === start) return { columns, left: lines.length - i };
    columns.push(lines.slice(start, end).map((line, j) => (j === 0 ? { ...line, gap: 0 } : line)));
    i = end;
  }
  return { columns, left: lines.length - i };
}

/** The column heights of a flow: all full, the last one shorter when something sits at its foot. */
function heightsOf(options: FlowOptions, cap = Infinity): number[] {
  return Array.from({ length: options.columns }, (_, i) =>
    Math.min(
      cap,
      i === options.columns - 1 && options.lastColumnHeight !== undefined
        ? options.lastColumnHeight
        : options.height,
    ),
  );
}

const columnWidthOf = (options: FlowOptions) =>
  (options.width - (options.columns - 1) * options.columnGap) / options.columns;

/**
 * The flow at one body size, its columns balanced: the lowest column height at which the
 * text still fits, so the columns end level instead of one full and the last half empty.
 * Undefined when the text does not fit at this size.
 */
export function flowAt(blocks: FlowBlock[], size: number, options: FlowOptions): Flow | undefined {
  const { lines, overflow } = linesAt(blocks, size, options, columnWidthOf(options));
  if (overflow || pack(lines, heightsOf(options)).left > 0) return undefined;
  let low = 0;
  let high = options.height;
  for (let step = 0; step < 24 && high - low > 0.5; step++) {
    const mid = (low + high) / 2;
    if (pack(lines, heightsOf(options, mid)).left > 0) low = mid;
    else high = mid;
  }
  return { size, columns: pack(lines, heightsOf(options, high)).columns };
}

/** The largest body size at which all blocks fit the columns; fails naming how much is over. */
export function flowFit(blocks: FlowBlock[], options: FlowOptions): Flow {
  for (let size = options.maxSize; size >= options.minSize - EPSILON; size -= 0.5) {
    const flow = flowAt(blocks, size, options);
    if (flow) return flow;
  }
  throw flowTooLong(blocks, options);
}

/** The error for text that does not fit even at the smallest size, with how much is over. */
export function flowTooLong(blocks: FlowBlock[], options: FlowOptions): PrintFitError {
  const { lines } = linesAt(blocks, options.minSize, options, columnWidthOf(options));
  const packed = pack(lines, heightsOf(options));
  const leftLines = lines.slice(lines.length - packed.left);
  const over = Math.max(
    1,
    leftLines.reduce((sum, line) => sum + chars(line.text), 0),
  );
  return new PrintFitError(options.file, options.field, {
    "zh-cn": `文字大约多了 ${over} 个字，用最小的 ${options.minSize} 点字也排不下：删减 ${over} 个字、把一节移到别处，或换更大的尺寸`,
    en: `is about ${over} characters too long for ${options.where}, even at the smallest size of ${options.minSize} pt: shorten the text by ${over} characters, move a section elsewhere, or choose a larger size.`,
  });
}

export interface FlowColours {
  text: string;
  heading: string;
  bullet: string;
  /** Numbers set large; the heading colour unless set. */
  number?: string | undefined;
}

/** The Satori tree of a fitted flow: columns side by side, every line placed as broken. */
export function flowElement(flow: Flow, options: FlowOptions, colours: FlowColours): Element {
  const columnWidth = columnWidthOf(options);
  return div(
    { display: "flex", width: options.width, height: options.height, gap: options.columnGap },
    flow.columns.map((column, index) =>
      div(
        { display: "flex", flexDirection: "column", width: columnWidth },
        column.map((line) => {
          const colour =
            line.kind === "heading"
              ? colours.heading
              : line.kind === "number"
                ? (colours.number ?? colours.heading)
                : colours.text;
          return lineDiv(
            {
              display: "flex",
              position: "relative",
              height: line.height,
              marginTop: line.gap,
              paddingLeft: line.indent,
              alignItems: "center",
              fontSize: line.size,
              fontWeight: line.kind === "paragraph" || line.kind === "item" ? 400 : 700,
              color: colour,
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
            {
              block: `${options.field}#${line.block}`,
              source: line.source,
              kind: line.kind,
              column: index,
            },
          );
        }),
      ),
    ),
  );
}

/** A text block as drawn: its source text and its lines, each with the column it is in. */
export interface DrawnBlock {
  block: string;
  kind: string;
  source: string;
  lines: { text: string; column: number }[];
}

/** The text blocks of a page's tree, in drawing order, read from the lines' tags. */
export function drawnBlocks(element: Element): DrawnBlock[] {
  const blocks = new Map<string, DrawnBlock>();
  const walk = (node: Element | string) => {
    if (typeof node === "string") return;
    const props = node.props;
    const children = props.children === undefined ? [] : [props.children].flat();
    const key = props["data-block"];
    if (typeof key !== "string") {
      children.forEach(walk);
      return;
    }
    const text = children.filter((child) => typeof child === "string").join("");
    const entry = blocks.get(key) ?? { block: key, kind: "", source: "", lines: [] };
    blocks.set(key, entry);
    const source = props["data-source"];
    const kind = props["data-kind"];
    if (typeof source === "string") entry.source = source;
    if (typeof kind === "string") entry.kind = kind;
    const column = props["data-column"];
    entry.lines.push({ text, column: typeof column === "number" ? column : 0 });
  };
  walk(element);
  return [...blocks.values()];
}

/**
 * What breaks the print rules on a drawn page: a widow on the last line of a block of two or
 * more lines, a break inside a word, a list item or number split across columns. Each entry
 * names the block and quotes the text.
 */
export function typesetProblems(element: Element): string[] {
  const problems: string[] = [];
  for (const { block, kind, source, lines } of drawnBlocks(element)) {
    const texts = lines.map((line) => line.text);
    const last = texts.at(-1) ?? "";
    if (texts.length > 1 && isWidow(last)) problems.push(`${block}: widow "${last}"`);
    for (const split of splitWords(texts, source || texts.join(""))) {
      problems.push(`${block}: word split "${split}"`);
    }
    const columns = new Set(lines.map((line) => line.column));
    if (columns.size > 1 && kind !== "paragraph") {
      problems.push(`${block}: ${kind || "text"} split across columns "${texts.join("|")}"`);
    }
  }
  return problems;
}
