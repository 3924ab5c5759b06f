/**
 * Banners (横幅) carry one slogan on one line. The letters are set at a fixed share of the
 * banner's height, so whether a slogan fits depends only on the banner's size and the text's
 * width in the print font: a slogan too long for its banner is an error to fix before printing,
 * never shrunk into something unreadable from the street.
 */
import type { Text } from "../i18n/messages.ts";
import { emWidth, isChinese, spaceMixed, type FontMetrics } from "../draw/typography.ts";

/** Letter size as a share of the banner's height, and the margin kept at each end. */
export const BANNER_TEXT_HEIGHT = 0.62;
export const BANNER_END_MARGIN = 0.04;

export interface BannerSize {
  widthCm: number;
  heightCm: number;
  /**
   * Kept clear of text along every edge for the hem and grommets (print.yaml's banner.hemCm):
   * the letters stay inside it at both ends and top and bottom.
   */
  hemCm?: number | undefined;
}

export interface BannerFit {
  fits: boolean;
  fontSizeCm: number;
  textWidthCm: number;
  availableCm: number;
  /** Full-width (Chinese) characters that fit on the line. */
  maxCharacters: number;
  /** How many full-width characters too long the text is (0 when it fits). */
  overBy: number;
}

export function bannerFit(text: string, size: BannerSize, metrics: FontMetrics): BannerFit {
  const hem = size.hemCm ?? 0;
  const fontSizeCm = Math.min(size.heightCm * BANNER_TEXT_HEIGHT, size.heightCm - 2 * hem);
  const availableCm = size.widthCm - 2 * Math.max(size.widthCm * BANNER_END_MARGIN, hem);
  const textWidthCm = emWidth(spaceMixed(text), metrics) * fontSizeCm;
  const over = textWidthCm - availableCm;
  return {
    fits: over <= 0,
    fontSizeCm,
    textWidthCm,
    availableCm,
    maxCharacters: Math.floor(availableCm / fontSizeCm),
    overBy: over <= 0 ? 0 : Math.ceil(over / fontSizeCm),
  };
}

/** The message for a slogan too long for its banner: how many fit, and by how many it is over. */
export function bannerTooLong(fit: BannerFit, size: BannerSize): Text {
  return {
    "zh-cn": `标语太长：这条 ${size.widthCm}×${size.heightCm} 厘米的横幅一行最多放 ${fit.maxCharacters} 个字，现在多了 ${fit.overBy} 个。缩短标语，或把横幅加长（widthCm）`,
    en: `is ${fit.overBy} character${fit.overBy === 1 ? "" : "s"} too long for a ${size.widthCm} × ${size.heightCm} cm banner, which holds at most ${fit.maxCharacters} characters on one line: shorten the slogan or make the banner longer (widthCm).`,
  };
}

/**
 * Banners are also drawn at this fraction of their size: large-format shops proof and quote from
 * a small file and blow it up on the RIP.
 */
export const BANNER_SCALE = 10;

/** What the scale file's slug and the material page say: `比例 1:10，实际尺寸 600×70 cm`. */
export function scaleNote(spec: {
  trim: { widthMm: number; heightMm: number };
  lang: string;
}): string {
  const w = spec.trim.widthMm / 10;
  const h = spec.trim.heightMm / 10;
  return isChinese(spec.lang)
    ? `比例 1:${BANNER_SCALE}，实际尺寸 ${w}×${h} cm`
    : `Scale 1:${BANNER_SCALE}, actual size ${w} × ${h} cm`;
}
