/**
 * Banners (横幅) carry one slogan on one line. The letters are set at a fixed share of the
 * banner's height, so whether a slogan fits depends only on the banner's size and the text's
 * width in the print font: a slogan too long for its banner is an error to fix before printing,
 * never shrunk into something unreadable from the street.
 */
import type { Text } from "../i18n/messages.ts";
import { emWidth, spaceMixed, type FontMetrics } from "../draw/typography.ts";

/** Letter size as a share of the banner's height, and the margin kept at each end. */
export const BANNER_TEXT_HEIGHT = 0.62;
export const BANNER_END_MARGIN = 0.04;

export interface BannerSize {
  widthCm: number;
  heightCm: number;
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
  const fontSizeCm = size.heightCm * BANNER_TEXT_HEIGHT;
  const availableCm = size.widthCm * (1 - 2 * BANNER_END_MARGIN);
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
