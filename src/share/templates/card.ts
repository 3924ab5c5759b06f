/**
 * What every share-image template draws: the engine's template contract (src/draw/template.ts)
 * from card data to one element tree of a fixed size.
 */
import { div, type Element, type Style } from "../../draw/element.ts";
import type { Draw, TemplateFonts } from "../../draw/template.ts";
import {
  emWidth,
  fitText,
  isChinese,
  spaceMixed,
  type FitOptions,
  type FontMetrics,
} from "../../draw/typography.ts";

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

export interface Template {
  /** Part of the cache key and the file name suffix (`og`, `wechat`, `square`). */
  id: string;
  width: number;
  height: number;
  render: Draw<CardData, Element>;
}

export const TEXT = "#1f1f1f";
export const MUTED = "#595959";

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

/** The frame two cards share: the site's primary colour around a white, rounded panel. */
export function framedPanel(
  size: { width: number; height: number },
  data: CardData,
  panel: { frame: number; padding: number | string; radius: number },
  children: Element[],
): Element {
  return div(
    {
      width: size.width,
      height: size.height,
      display: "flex",
      padding: panel.frame,
      boxSizing: "border-box",
      backgroundColor: data.colours.primary,
      fontFamily: "Noto Sans SC",
    },
    div(
      {
        flex: 1,
        display: "flex",
        flexDirection: "column",
        padding: panel.padding,
        backgroundColor: "#ffffff",
        borderRadius: panel.radius,
      },
      children,
    ),
  );
}

/** The title in bold, as large as fits its box (within limits), centred in it vertically. */
export function titleArea(
  data: CardData,
  fonts: TemplateFonts,
  box: Pick<FitOptions, "width" | "height" | "minSize" | "maxSize" | "maxLines" | "lineHeight">,
  style: Style,
): Element {
  return div(
    { display: "flex", flexDirection: "column", justifyContent: "center", height: box.height },
    textBlock(
      { ...box, text: data.title, lang: data.lang, metrics: fonts.bold, step: 2 },
      { ...style, fontWeight: 700 },
    ),
  );
}

/** The bottom row: the site name on one line, fitted to the room the date leaves. */
export function siteAndDate(
  data: CardData,
  fonts: TemplateFonts,
  row: {
    width: number;
    height: number;
    marginTop: number;
    site: Pick<FitOptions, "metrics" | "minSize" | "maxSize" | "lineHeight">;
    siteStyle: Style;
    dateSize: number;
    /** Room kept between the site name and the date. */
    dateGap: number;
    dateStyle: Style;
  },
): Element {
  const dateWidth = data.date ? lineWidth(data.date, row.dateSize, fonts.regular) + row.dateGap : 0;
  return div(
    {
      display: "flex",
      alignItems: "center",
      justifyContent: "space-between",
      height: row.height,
      marginTop: row.marginTop,
    },
    [
      textBlock(
        {
          ...row.site,
          text: data.siteName,
          lang: data.lang,
          width: row.width - dateWidth,
          height: row.height,
          maxLines: 1,
        },
        row.siteStyle,
      ),
      ...(data.date
        ? [div({ display: "flex", fontSize: row.dateSize, ...row.dateStyle }, data.date)]
        : []),
    ],
  );
}
