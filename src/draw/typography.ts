/**
 * Chinese and mixed-script line breaking for titles, measured with the font's own advance
 * widths so the result is the same on every machine and needs no renderer.
 *
 * Rules (after the W3C "Requirements for Chinese Text Layout"):
 * - no line starts with closing punctuation (，。、；：？！）」》 …) and none ends with opening
 *   punctuation (「《（ …): such marks stay with the character they belong to;
 * - a Latin word or a number is never split (it breaks only at spaces);
 * - a space separates Chinese from Latin letters and digits: Noto Sans SC has no thin space
 *   (U+2009), and its word space is 0.22–0.23 em, the quarter em the W3C text recommends;
 * - titles are balanced: the same number of lines as greedy filling, but as even as possible;
 * - the largest size within limits that fits the box wins; an ellipsis only when even the
 *   smallest size cannot hold the text.
 *
 * Print asks for two more rules (`PRINT_RULES`), which share images do without:
 * - a Chinese word is kept whole as a Latin one is: `Intl.Segmenter` (ICU's dictionary, also in
 *   every browser) finds the words, so "换届选举" never breaks as "换届选|举";
 * - no paragraph ends on a widow (see `isWidow`): the unit before it comes down to join it.
 */

/** What line breaking needs from a font. */
export interface FontMetrics {
  readonly unitsPerEm: number;
  /** Advance width in font units. */
  advance(codePoint: number): number;
  has(codePoint: number): boolean;
}

/**
 * The metrics of text set in `first` with characters it lacks taken from `then`, as Satori
 * does when a family does not have a glyph: English in Noto Sans with a Chinese name in
 * Noto Sans SC is measured glyph by glyph in the font that draws it.
 */
export function fallbackMetrics(first: FontMetrics, then: FontMetrics): FontMetrics {
  const scale = first.unitsPerEm / then.unitsPerEm;
  return {
    unitsPerEm: first.unitsPerEm,
    has: (codePoint) => first.has(codePoint) || then.has(codePoint),
    advance: (codePoint) =>
      first.has(codePoint) ? first.advance(codePoint) : then.advance(codePoint) * scale,
  };
}

/**
 * English typography: straight quotes become curly ones (“…”, ‘…’, and ’ as the apostrophe).
 * A quote opens after a space, an opening bracket or the start, and closes otherwise.
 */
export function curlyQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{“‘—–-])"/gu, "$1“")
    .replace(/"/gu, "”")
    .replace(/(^|[\s([{“—–-])'/gu, "$1‘")
    .replace(/'/gu, "’");
}

/** Marks that must not start a line: they close or follow what comes before them. */
export const CLOSING = new Set([..."，。、；：？！）」》』】〕〉〗”’…‥·・々ー～,.;:?!)]}%‰"]);
/** Marks that must not end a line: they open what comes after them. */
export const OPENING = new Set([..."「《（『【〔〈〖“‘([{"]);

/** The gap between Chinese and Latin text (see above). */
export const MIXED_SPACE = " ";
export const ELLIPSIS = "…";

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Characters laid out one by one, with a break opportunity on either side. */
const CJK =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef\u2014\u2026]/u;
const ALNUM = /[\p{Script=Latin}\p{Nd}]/u;

/** Whether a BCP 47 tag (`zh-CN`, `zh-Hant`, `en`) is Chinese: punctuation and spacing differ. */
export { isChinese } from "../i18n/locales.ts";

/**
 * Adds a space between Chinese characters and Latin letters or digits that touch
 * (`2019年第3季度` → `2019 年第 3 季度`); existing spacing is kept.
 */
export function spaceMixed(text: string): string {
  const chars = [...text];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i] ?? "";
    const next = chars[i + 1];
    out += char;
    if (next === undefined) continue;
    if ((HAN.test(char) && ALNUM.test(next)) || (ALNUM.test(char) && HAN.test(next))) {
      out += MIXED_SPACE;
    }
  }
  return out;
}

/** Line-breaking rules on top of the ones every text keeps (see the top of this file). */
export interface BreakRules {
  /** Keep Chinese words whole, found with `Intl.Segmenter`. */
  words?: boolean;
  /** Never end a text of two or more lines on a widow. */
  widows?: boolean;
}

/** What every printed text keeps to. */
export const PRINT_RULES: BreakRules = { words: true, widows: true };

/**
 * A last line too short to stand alone: one Chinese character (with or without its
 * punctuation: "惩。"), or one Latin word or number of at most three letters ("it.", "110").
 */
export function isWidow(line: string): boolean {
  const trimmed = line.trim();
  const letters = [...trimmed.replace(/[\p{P}\p{S}\s]/gu, "")];
  if (letters.length === 1 && HAN.test(letters[0] ?? "")) return true;
  return (
    !/\s/u.test(trimmed) &&
    letters.length > 0 &&
    letters.length <= 3 &&
    letters.every((char) => ALNUM.test(char))
  );
}

const segmenter = new Intl.Segmenter("zh", { granularity: "word" });

/**
 * The offsets (in UTF-16 units) inside a Chinese word, where a line may not break. Only words
 * with Han characters count: Latin text breaks at spaces anyway.
 */
function insideWords(text: string): Set<number> {
  const inside = new Set<number>();
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike || !HAN.test(segment)) continue;
    for (let offset = index + 1; offset < index + segment.length; offset++) inside.add(offset);
  }
  return inside;
}

/**
 * The places where consecutive `lines` of `source` break inside a Chinese or Latin word:
 * `["换届选", "举"]` → `["换届选|举"]`. Empty when every break is at a space or a word boundary.
 * The lines are matched to the source ignoring spaces (a space at a break is not drawn).
 */
export function splitWords(lines: readonly string[], source: string): string[] {
  const found: string[] = [];
  const inside = insideWords(source);
  let pos = 0;
  const skipSpaces = () => {
    while (pos < source.length && /\s/u.test(source[pos] ?? "")) pos++;
  };
  lines.forEach((line, i) => {
    for (const char of line) {
      if (/\s/u.test(char)) continue;
      skipSpaces();
      if (source.startsWith(char, pos)) pos += char.length;
    }
    const next = lines[i + 1];
    if (next === undefined || /\s/u.test(source[pos] ?? " ")) return;
    const last = [...line].at(-1) ?? "";
    const first = [...next][0] ?? "";
    if ((ALNUM.test(last) && ALNUM.test(first)) || inside.has(pos)) {
      found.push(`${[...line].slice(-3).join("")}|${[...next].slice(0, 3).join("")}`);
    }
  });
  return found;
}

/** A piece of text no line break may fall inside, with the space that precedes it. */
export interface Unit {
  text: string;
  /** The space before this unit: drawn mid-line, dropped at the start of a line. */
  space: string;
}

/**
 * Cuts text into units a line may break between: each Chinese character on its own (or, with
 * `rules.words`, each Chinese word), a Latin word or number whole (with its own punctuation),
 * closing marks glued to what precedes them and opening marks to what follows, runs of dashes
 * and ellipses together.
 */
export function units(text: string, rules: BreakRules = {}): Unit[] {
  const tokens: Unit[] = [];
  const inside = rules.words ? insideWords(text) : undefined;
  let offset = 0;
  let previousHan = false;
  let space = "";
  let word = "";
  const push = (piece: string) => {
    tokens.push({ text: piece, space });
    space = "";
  };
  const flush = () => {
    if (word) push(word);
    word = "";
  };
  for (const char of text) {
    const han = HAN.test(char);
    if (/\s/u.test(char)) {
      // Every kind of space becomes one word space: the font has no thin or narrow spaces.
      flush();
      space = " ";
    } else if (han && previousHan && inside?.has(offset)) {
      (tokens.at(-1) as Unit).text += char;
    } else if (CJK.test(char)) {
      flush();
      push(char);
    } else {
      word += char;
    }
    previousHan = han;
    offset += char.length;
  }
  flush();

  const out: Unit[] = [];
  let opening: Unit | undefined;
  for (const token of tokens) {
    let unit: Unit;
    const previous = out.at(-1);
    const first = [...token.text][0] ?? "";
    if (opening) {
      unit = { text: opening.text + token.space + token.text, space: opening.space };
      opening = undefined;
      out.push(unit);
    } else if (
      previous &&
      token.space === "" &&
      (CLOSING.has(first) || (first === "—" && previous.text.endsWith("—")))
    ) {
      previous.text += token.text;
      unit = previous;
    } else {
      unit = { ...token };
      out.push(unit);
    }
    if (OPENING.has([...unit.text].at(-1) ?? "")) opening = out.pop();
  }
  if (opening) out.push(opening);
  return out;
}

/** The width of text in em: the sum of the font's advance widths, without kerning. */
export function emWidth(text: string, metrics: FontMetrics): number {
  let total = 0;
  for (const char of text) total += metrics.advance(char.codePointAt(0) ?? 0);
  return total / metrics.unitsPerEm;
}

interface Measured extends Unit {
  width: number;
  spaceWidth: number;
}

function measure(list: Unit[], metrics: FontMetrics): Measured[] {
  return list.map((unit) => ({
    ...unit,
    width: emWidth(unit.text, metrics),
    spaceWidth: emWidth(unit.space, metrics),
  }));
}

/** Rounding slack: widths are sums of fractions of an em. */
const EPSILON = 1e-6;

interface Breaks {
  /** Index of the first unit of each line. */
  starts: number[];
  /** A unit wider than the line was placed anyway. */
  overflow: boolean;
}

function greedy(items: Measured[], width: number): Breaks {
  const starts = [0];
  let lineStart = 0;
  let lineWidth = 0;
  let overflow = false;
  items.forEach((item, i) => {
    const added = (i === lineStart ? 0 : item.spaceWidth) + item.width;
    if (i > lineStart && lineWidth + added > width + EPSILON) {
      starts.push(i);
      lineStart = i;
      lineWidth = item.width;
    } else {
      lineWidth += added;
    }
    if (item.width > width + EPSILON) overflow = true;
  });
  return { starts: items.length === 0 ? [] : starts, overflow };
}

/** The narrowest measure that keeps greedy filling at the same number of lines. */
function balanced(items: Measured[], width: number): Breaks {
  const target = greedy(items, width);
  if (target.starts.length < 2) return target;
  let low = Math.max(...items.map((item) => item.width));
  let high = width;
  for (let i = 0; i < 30 && high - low > 1e-4; i++) {
    const mid = (low + high) / 2;
    if (greedy(items, mid).starts.length <= target.starts.length) high = mid;
    else low = mid;
  }
  return greedy(items, high);
}

/**
 * With `rules.widows`, a last line that `isWidow` is joined by the unit before it, if the
 * line above keeps at least one unit and the new last line fits `width`.
 */
function mendWidow(items: Measured[], breaks: Breaks, width: number, rules: BreakRules): Breaks {
  const { starts } = breaks;
  const last = starts.at(-1);
  const previous = starts.at(-2);
  if (!rules.widows || last === undefined || previous === undefined) return breaks;
  if (!isWidow(lineTexts(items, [last])[0] ?? "") || last - previous < 2) return breaks;
  const moved = items.slice(last - 1);
  const lineWidth = moved.reduce(
    (sum, item, j) => sum + (j === 0 ? 0 : item.spaceWidth) + item.width,
    0,
  );
  if (lineWidth > width + EPSILON) return breaks;
  return { ...breaks, starts: [...starts.slice(0, -1), last - 1] };
}

function lineTexts(items: Measured[], starts: number[]): string[] {
  return starts.map((start, i) =>
    items
      .slice(start, starts[i + 1] ?? items.length)
      .map((item, j) => (j === 0 ? item.text : item.space + item.text))
      .join(""),
  );
}

/** Greedy line breaking of `text` at a measure of `width` em, following the rules above. */
export function breakLines(
  text: string,
  width: number,
  metrics: FontMetrics,
  rules: BreakRules = {},
): string[] {
  return linesBy(greedy, text, width, metrics, rules);
}

/** Like `breakLines`, but as even as possible without adding a line. */
export function balanceLines(
  text: string,
  width: number,
  metrics: FontMetrics,
  rules: BreakRules = {},
): string[] {
  return linesBy(balanced, text, width, metrics, rules);
}

function linesBy(
  breaker: (items: Measured[], width: number) => Breaks,
  ...[text, width, metrics, rules]: [string, number, FontMetrics, BreakRules]
): string[] {
  const items = measure(units(text, rules), metrics);
  return lineTexts(items, mendWidow(items, breaker(items, width), width, rules).starts);
}

export interface FitOptions {
  text: string;
  metrics: FontMetrics;
  /** The box, in pixels. */
  width: number;
  height: number;
  /** Font size limits in pixels; sizes are tried from `maxSize` down in steps of `step`. */
  minSize: number;
  maxSize: number;
  step?: number;
  maxLines: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Balance the lines (titles) or fill them greedily (running text). */
  balance?: boolean;
  /** The mark that ends cut text: `……` in Chinese, `…` in English. */
  ellipsis?: string;
  rules?: BreakRules;
}

export interface Fitted {
  size: number;
  lines: string[];
  /** Line height in pixels. */
  lineHeight: number;
  /** True when even the smallest size could not hold the text and it was cut. */
  truncated: boolean;
}

/**
 * The largest font size in [minSize, maxSize] at which `text` fits the box in at most
 * `maxLines` lines without breaking a word. Only when none does is the text cut at the
 * smallest size, ending in an ellipsis; a word longer than a whole line is then split.
 */
export function fitText(options: FitOptions): Fitted {
  const { metrics, width, height, minSize, maxSize, maxLines, lineHeight } = options;
  const step = options.step ?? 1;
  const rules = options.rules ?? {};
  const items = measure(units(options.text, rules), metrics);
  const linesAt = (size: number) =>
    Math.min(maxLines, Math.floor(height / (size * lineHeight) + EPSILON));

  for (let size = maxSize; size >= minSize - EPSILON; size -= step) {
    const allowed = linesAt(size);
    if (allowed < 1) continue;
    const filled = greedy(items, width / size);
    if (filled.overflow || filled.starts.length > allowed) continue;
    const breaks = mendWidow(
      items,
      options.balance === false ? filled : balanced(items, width / size),
      width / size,
      rules,
    );
    return {
      size,
      lines: lineTexts(items, breaks.starts),
      lineHeight: size * lineHeight,
      truncated: false,
    };
  }
  return truncate(items, options, Math.max(1, linesAt(minSize)));
}

function truncate(items: Measured[], options: FitOptions, allowed: number): Fitted {
  const { metrics, minSize: size, lineHeight } = options;
  const width = options.width / size;
  const ellipsis = options.ellipsis ?? ELLIPSIS;
  // A word wider than the line is split into characters: the one place a word may break.
  const pieces = items.flatMap((item) =>
    item.width <= width + EPSILON
      ? [item]
      : measure(
          [...item.text].map((char, i) => ({ text: char, space: i === 0 ? item.space : "" })),
          metrics,
        ),
  );
  const { starts } = greedy(pieces, width);
  const cut = starts.length > allowed;
  const kept = cut ? pieces.slice(0, starts[allowed]) : pieces;
  const keptStarts = starts.slice(0, allowed);
  if (cut) {
    const lastStart = keptStarts.at(-1) ?? 0;
    const ellipsisWidth = emWidth(ellipsis, metrics);
    const lineWidth = () =>
      kept
        .slice(lastStart)
        .reduce((sum, item, j) => sum + (j === 0 ? 0 : item.spaceWidth) + item.width, 0);
    while (kept.length > lastStart + 1 && lineWidth() + ellipsisWidth > width + EPSILON) kept.pop();
    // An ellipsis after an opening mark or a comma reads as a typo: drop those first.
    const last = kept.at(-1);
    if (last) {
      const text = [...last.text];
      while (text.length > 1 && (OPENING.has(text.at(-1) ?? "") || CLOSING.has(text.at(-1) ?? "")))
        text.pop();
      kept[kept.length - 1] = {
        ...last,
        text: text.join("") + ellipsis,
        width: emWidth(text.join("") + ellipsis, metrics),
      };
    }
  }
  return {
    size,
    lines: lineTexts(kept, keptStarts),
    lineHeight: size * lineHeight,
    truncated: cut,
  };
}
