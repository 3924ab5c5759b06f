/**
 * What every share-image template draws, and the contract templates keep: pure functions from
 * card data and font metrics to a Satori element tree of a fixed size.
 */
import { div, type Element, type Style } from "../element.ts";
import { emWidth, fitText, spaceMixed, type FitOptions, type FontMetrics } from "../typography.ts";

export interface CardData {
  /** BCP 47 language of the text (`zh-CN`, `en`): picks the ellipsis and is set on the tree. */
  lang: string;
  /** The section label shown above the title (`工作动态`); none on the 404 page. */
  section?: string | undefined;
  title: string;
  /** The date as the page shows it (`2019年6月30日`), for dated pages. */
  date?: string | undefined;
  siteName: string;
  colours: { primary: string; onPrimary: string; accent: string };
}

export interface TemplateFonts {
  regular: FontMetrics;
  bold: FontMetrics;
}

export interface Template {
  /** Part of the cache key and the file name suffix (`og`, `wechat`, `square`). */
  id: string;
  width: number;
  height: number;
  render(data: CardData, fonts: TemplateFonts): Element;
}

export const TEXT = "#1f1f1f";
export const MUTED = "#595959";

const isChinese = (lang: string) => /^zh\b/i.test(lang);

/** One fitted block of text: each line its own row, so Satori never re-wraps our breaks. */
export function textBlock(
  options: Omit<FitOptions, "ellipsis" | "text"> & { text: string; lang: string },
  style: Style,
): Element {
  const fitted = fitText({
    ...options,
    text: spaceMixed(options.text),
    ellipsis: isChinese(options.lang) ? "……" : "…",
  });
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

/** The width a line of text set as it is (no added spacing: dates) takes, in pixels. */
export function lineWidth(text: string, size: number, metrics: FontMetrics): number {
  return Math.ceil(emWidth(text, metrics) * size);
}
