/**
 * What the maker's page hands its script (as JSON in the page): the two materials resolved from
 * the site's data at build time, ready for the visitor's text, and the few messages the script
 * shows. Types and pure functions only: the page (at build time) and the browser share them.
 */
import type { Locale } from "../i18n/locales.ts";
import { paperSizes, type PaperName } from "../print/paper.ts";
import type { BannerSpec, ColourScheme, MaterialSpec, PosterSpec } from "../print/spec.ts";

/** Banner sizes print shops stock, in centimetres: the common lengths at 70 and 90 cm high. */
export const BANNER_PRESETS: readonly (readonly [number, number])[] = [
  [300, 70],
  [600, 70],
  [800, 70],
  [1000, 90],
];

/** The banner sizes the content schema accepts (src/schemas/print.ts), in centimetres. */
export const BANNER_LIMITS = { width: [50, 5000], height: [20, 300] } as const;

export const MAKER_PAPERS: readonly PaperName[] = ["A4", "A3", "A2"];

export interface MakerStrings {
  /** `{max}`: characters that fit on one line of this banner. */
  fits: string;
  /** `{size}`, `{max}`, `{over}`. */
  tooLong: string;
  /** `{chars}`: the characters, with their code points. */
  missing: string;
  sizeRange: string;
  loading: string;
  drawing: string;
  empty: string;
  failed: string;
  /** `{name}`. */
  previewAlt: string;
}

export interface MakerConfig {
  locale: Locale;
  banner: BannerSpec;
  poster: PosterSpec;
  /** Where the fonts and profiles are (see src/maker/engine.ts). */
  files: { fonts: string; press: string; srgb: string };
  strings: MakerStrings;
}

/** What the visitor chose and typed. */
export interface MakerInput {
  kind: "banner" | "poster";
  /** The slogan (banner) or headline (poster). */
  text: string;
  /** The poster's short text. */
  body: string;
  scheme: ColourScheme;
  widthCm: number;
  heightCm: number;
  paper: PaperName;
}

/** The material to draw: the site's resolved material with the visitor's choices. */
export function makerSpec(config: MakerConfig, input: MakerInput): MaterialSpec {
  const slogan = input.text.trim();
  if (input.kind === "banner") {
    return {
      ...config.banner,
      slogan,
      scheme: input.scheme,
      name: `${config.banner.name} ${input.widthCm}×${input.heightCm} cm`,
      trim: { widthMm: input.widthCm * 10, heightMm: input.heightCm * 10 },
    };
  }
  return {
    ...config.poster,
    slogan,
    text: input.body.trim(),
    scheme: input.scheme,
    paper: input.paper,
    name: `${config.poster.name} ${input.paper}`,
    trim: { ...paperSizes[input.paper] },
  };
}

/** Whether a banner size is one the content schema would accept. */
export function bannerSizeOk(input: Pick<MakerInput, "widthCm" | "heightCm">): boolean {
  const within = (value: number, [low, high]: readonly [number, number]) =>
    Number.isFinite(value) && value >= low && value <= high;
  return within(input.widthCm, BANNER_LIMITS.width) && within(input.heightCm, BANNER_LIMITS.height);
}

/** The file names the downloads get: `banner-600x70cm.pdf`, `poster-A3-cmyk.pdf`. */
export function fileStem(input: MakerInput): string {
  return input.kind === "banner"
    ? `banner-${input.widthCm}x${input.heightCm}cm`
    : `poster-${input.paper}`;
}

/** `{name}` → value, as the site's t() fills placeholders. */
export const fill = (text: string, values: Record<string, string | number>): string =>
  text.replace(/\{(\w+)\}/gu, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
