/**
 * What every print template shares: the palette (with the CMYK each colour prints as), the
 * canvas with its bleed, the QR box and the channel list. Templates are pure functions from a
 * MaterialSpec and font metrics to Satori element trees of the canvas size, plus the QR codes to
 * draw over them (as vector paths, see qr.ts) at positions the template fixed.
 */
import { div, type Child, type Element, type Style } from "../../draw/element.ts";
import type { TemplateFonts } from "../../draw/template.ts";
import { emWidth, fallbackMetrics, isChinese } from "../../draw/typography.ts";
import { fittedBlock, type FlowBlock } from "../layout.ts";
import { canvasSize, mm } from "../paper.ts";
import type { Channel, ColourScheme, MaterialSpec, QrTarget } from "../spec.ts";

/**
 * The text and paper colours, in sRGB. The campaign red is not here: it is the site's
 * (`colours.primary` in content/data/site.yaml, which the web's CSS takes too), handed to the
 * templates as `spec.red`. The CMYK file converts every colour through the press profile
 * (src/print/colour.ts): greys and the text colour print on black ink only (the text colour as
 * 0/0/0/100), `richBlack` (for large black areas only, never text) as four-colour black. No
 * template draws with opacity: a tint is mixed here (see `mix`), so no file carries a
 * transparency group or soft mask.
 */
export const palette = {
  text: { rgb: "#1a1a1a" },
  muted: { rgb: "#4d4d4d" },
  paper: { rgb: "#ffffff" },
  richBlack: { rgb: "#000000" },
} as const satisfies Record<string, { rgb: string }>;

/** The pale wash of the campaign red behind a lead or a term's block. */
export const tintOf = (red: string): string => mix(red, palette.paper.rgb, 0.09);

/**
 * `colour` laid over `under` at `share` opacity, as one flat colour: what opacity would show,
 * without the transparency PDF/X-1a-style preflight rejects.
 */
export function mix(colour: string, under: string, share: number): string {
  const channels = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const top = channels(colour);
  const bottom = channels(under);
  return `#${top
    .map((value, i) => Math.round(value * share + (bottom[i] ?? 0) * (1 - share)))
    .map((value) => value.toString(16).padStart(2, "0"))
    .join("")}`;
}

export interface SchemeColours {
  /** The big band behind the slogan or heading, and the text on it. */
  band: string;
  onBand: string;
  /** Headings and emphasis on the paper. */
  accent: string;
}

export function schemeColours(scheme: ColourScheme, red: string): SchemeColours {
  return scheme === "white-on-red"
    ? { band: red, onBand: palette.paper.rgb, accent: red }
    : { band: palette.paper.rgb, onBand: red, accent: red };
}

/** The template fonts: Noto Sans SC, and Noto Sans for Latin-script (English) print. */
export type PrintFonts = TemplateFonts;

/** The family names Satori knows the fonts by (src/draw/fonts.ts). */
const FAMILY = { han: "Noto Sans SC", latin: "Noto Sans" } as const;

/**
 * The metrics a material's text is measured with: Noto Sans SC for Chinese; for English, Noto
 * Sans with Noto Sans SC for what it lacks, as Satori draws it (see `sheet`).
 */
export function textFonts(lang: string, fonts: PrintFonts): PrintFonts {
  if (isChinese(lang) || !fonts.latin) return fonts;
  return {
    regular: fallbackMetrics(fonts.latin.regular, fonts.regular),
    bold: fallbackMetrics(fonts.latin.bold, fonts.bold),
  };
}

/**
 * Sample values carry a Chinese sample mark (`0000-12345678（示例）`), the data being shared by
 * both languages; English print says it in English.
 */
export function sampleMarks(text: string, lang: string): string {
  if (isChinese(lang)) return text;
  const words: Record<string, string> = {
    "": "sample",
    地址: "sample address",
    金额: "sample amount",
  };
  return text.replace(/\s*（示例([^）]*)）/gu, (mark, kind: string) =>
    words[kind] ? ` (${words[kind]})` : mark,
  );
}

export interface QrOverlay {
  url: string;
  /** Top left and side, in canvas points (bleed included). */
  x: number;
  y: number;
  size: number;
}

export interface PrintPage {
  element: Element;
  qr: QrOverlay[];
}

export interface Canvas {
  width: number;
  height: number;
  bleed: number;
  /** Trim width and height in points. */
  trimW: number;
  trimH: number;
  /** Scale against the design size, so A2 is A3 enlarged, not A3 with more white. */
  scale: number;
}

export function canvasOf(spec: MaterialSpec, designWidthMm: number): Canvas {
  const size = canvasSize(spec);
  return {
    ...size,
    trimW: mm(spec.trim.widthMm),
    trimH: mm(spec.trim.heightMm),
    scale: spec.trim.widthMm / designWidthMm,
  };
}

/** An absolutely placed box on the canvas. */
export function at(
  box: { x: number; y: number; width: number; height: number },
  style: Style,
  children?: Child | Child[],
): Element {
  return div(
    {
      position: "absolute",
      left: box.x,
      top: box.y,
      width: box.width,
      height: box.height,
      display: "flex",
      boxSizing: "border-box",
      ...style,
    },
    children,
  );
}

/**
 * The page: the paper colour everywhere, bleed included, and the font. English is set in Noto
 * Sans; Satori takes what it lacks (Chinese) from Noto Sans SC, the other font it has, and
 * all of it when Noto Sans was not loaded, as `textFonts` then measures.
 */
export function sheet(canvas: Canvas, lang: string, children: Element[]): Element {
  return {
    type: "div",
    props: {
      lang,
      style: {
        position: "relative",
        display: "flex",
        width: canvas.width,
        height: canvas.height,
        backgroundColor: palette.paper.rgb,
        fontFamily: isChinese(lang) ? FAMILY.han : FAMILY.latin,
        color: palette.text.rgb,
      },
      children,
    },
  };
}

/**
 * The QR code's white box with its caption under it; the code itself is drawn later over the
 * box (see render.ts), so the returned overlay and the box share one position.
 */
export function qrBlock(
  spec: MaterialSpec,
  target: QrTarget,
  fonts: PrintFonts,
  box: { x: number; y: number; size: number; captionHeight: number; captionSize: number },
  field = "qr",
): { elements: Element[]; overlay: QrOverlay } {
  const caption = fittedBlock(
    target.caption,
    {
      file: spec.file,
      field: `${field} caption`,
      where: "the QR code's caption",
      metrics: fonts.bold,
      width: box.size,
      height: box.captionHeight,
      minSize: box.captionSize * 0.6,
      maxSize: box.captionSize,
      maxLines: 2,
      lineHeight: 1.3,
      balance: true,
    },
    { fontWeight: 700, alignItems: "center", textAlign: "center" },
  );
  return {
    elements: [
      at(
        { x: box.x, y: box.y, width: box.size, height: box.size },
        { backgroundColor: palette.paper.rgb },
      ),
      at(
        { x: box.x, y: box.y + box.size, width: box.size, height: box.captionHeight },
        { justifyContent: "center", color: palette.text.rgb },
        caption,
      ),
    ],
    overlay: { url: target.url, x: box.x, y: box.y, size: box.size },
  };
}

/**
 * A channel as one line of running text: `110报警电话：110（全天24小时）`. Sample values say
 * so themselves (`0000-12345678（示例）`), and the foot line warns while any remain.
 */
export function channelLine(channel: Channel, lang: string): string {
  const hours = channel.hours ? withHours({ ...channel, name: "" }, lang) : "";
  return `${channel.name}${isChinese(lang) ? "：" : ": "}${printedValue(channel, lang)}${hours}`;
}

/** A channel's value as printed: a web address without `https://` and the final slash. */
export function printedValue(channel: Pick<Channel, "value">, lang: string): string {
  return sampleMarks(channel.value.replace(/^https?:\/\//u, "").replace(/\/$/u, ""), lang);
}

/**
 * The channels as flow blocks: each one's name (with its hours) as a list item, and its
 * number or address under it as a `number`, set large enough to copy from.
 */
export function channelBlocks(channels: Channel[], lang: string): FlowBlock[] {
  return channels.flatMap((channel) => [
    { kind: "item" as const, text: withHours(channel, lang) },
    { kind: "number" as const, text: printedValue(channel, lang) },
  ]);
}

/** A channel's name with its hours in the language's parentheses: `110报警电话（全天24小时）`. */
export function withHours(channel: Pick<Channel, "name" | "hours">, lang: string): string {
  if (!channel.hours) return channel.name;
  return isChinese(lang)
    ? `${channel.name}（${channel.hours}）`
    : `${channel.name} (${channel.hours})`;
}

/** The small print at the foot of a material: the issuer, and a warning while samples remain. */
export function footLine(spec: MaterialSpec): string {
  const zh = isChinese(spec.lang);
  const warning = spec.samples.length > 0 ? spec.labels.sampleWarning : "";
  return [spec.organiser, warning].filter(Boolean).join(zh ? "　" : "  ·  ");
}

/**
 * The red band at the foot of a sheet, running into the bleed: the issuer, and the warning
 * while sample data remains (see footLine), in one or two lines of at least `minSize`, with
 * the page number (a leaflet's `1/2`) set apart at the right.
 */
export function footBand(
  spec: MaterialSpec,
  canvas: Canvas,
  fonts: PrintFonts,
  band: {
    height: number;
    margin: number;
    minSize: number;
    maxSize: number;
    where: string;
    page?: string | undefined;
  },
): Element {
  const b = canvas.bleed;
  const pageWidth = band.page ? emWidth(band.page, fonts.bold) * band.maxSize : 0;
  const gap = band.page ? band.maxSize * 2 : 0;
  return at(
    { x: 0, y: b + canvas.trimH - band.height, width: canvas.width, height: band.height + b },
    {
      alignItems: "center",
      justifyContent: "space-between",
      padding: `0 ${b + band.margin}px ${b}px`,
      backgroundColor: spec.red,
      color: palette.paper.rgb,
    },
    [
      fittedBlock(
        footLine(spec),
        {
          file: spec.file,
          field: "organiser",
          where: `the foot of ${band.where}`,
          metrics: fonts.regular,
          width: canvas.trimW - 2 * band.margin - pageWidth - gap,
          height: band.height * 0.9,
          minSize: band.minSize,
          maxSize: band.maxSize,
          maxLines: 2,
          lineHeight: 1.25,
        },
        {},
      ),
      ...(band.page
        ? [div({ display: "flex", fontSize: band.maxSize, fontWeight: 700 }, band.page)]
        : []),
    ],
  );
}

/**
 * The band across the top of a sheet, running into the bleed on three sides: campaign red with
 * white text, or paper with red text over a red rule (`rule` thick) in the red-on-white scheme.
 */
export function topBand(
  spec: MaterialSpec,
  canvas: Canvas,
  band: { height: number; padding: string; rule: number },
  children: Element[],
): Element {
  const colours = schemeColours(spec.scheme, spec.red);
  const height = canvas.bleed + band.height;
  return at(
    { x: 0, y: 0, width: canvas.width, height },
    {
      flexDirection: "column",
      justifyContent: "center",
      padding: band.padding,
      backgroundColor: colours.band,
      color: colours.onBand,
    },
    spec.scheme === "red-on-white"
      ? [
          div(
            {
              display: "flex",
              flexDirection: "column",
              justifyContent: "center",
              flexGrow: 1,
              marginBottom: band.rule,
            },
            children,
          ),
          // A box, not a CSS border: Satori draws borders through clip paths, which become
          // soft masks in the PDF.
          at(
            { x: 0, y: height - band.rule, width: canvas.width, height: band.rule },
            { backgroundColor: spec.red },
          ),
        ]
      : children,
  );
}
