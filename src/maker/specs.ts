/**
 * The maker's two materials, resolved at build time from the site's data the way every
 * material is (src/print/materials.ts): the banner and poster a visitor starts from, with the
 * site's name and organiser, the press of print.yaml, and, for the poster, the channels and
 * short text of the site's own reporting poster in that language and a QR code to the
 * reporting guide in that language.
 */
import type { Locale } from "../i18n/locales.ts";
import { useTranslations } from "../i18n/ui.ts";
import { resolveMaterial, type MaterialSource, type ResolveContext } from "../print/materials.ts";
import type { BannerSpec, PosterSpec } from "../print/spec.ts";

/** What the maker needs of the content model: its materials and slogans. */
export interface MakerContent {
  materials: readonly MaterialSource[];
  slogans: readonly { id: string }[];
}

/** The poster to start from: the site's own poster in this language, else any poster of the site. */
function sitePoster(content: MakerContent, locale: Locale) {
  const posters = content.materials.filter((m) => m.data.kind === "poster");
  const source = posters.find((m) => m.locale === locale) ?? posters[0];
  return source?.data.kind === "poster" ? source.data : undefined;
}

export function makerSpecs(
  content: MakerContent,
  context: ResolveContext,
  locale: Locale,
): { banner: BannerSpec; poster: PosterSpec } {
  const t = useTranslations(locale);
  const slogan = { id: content.slogans[0]?.id ?? "", collection: "slogans" };
  const file = "materials/make";
  const common = {
    description: t("maker.lead"),
    scheme: "white-on-red" as const,
    cmyk: false,
    slogan,
  };
  const own = sitePoster(content, locale);
  const poster: MaterialSource = {
    id: "make-poster",
    locale,
    file,
    data: {
      ...common,
      kind: "poster",
      name: t("maker.kind.poster"),
      paper: "A3",
      bleedMm: own?.bleedMm ?? 3,
      cropMarks: own?.cropMarks ?? true,
      text: own?.text ?? "",
      channels:
        own?.channels ??
        [...context.channels.keys()].slice(0, 3).map((id) => ({ id, collection: "channels" })),
      qr: "report",
    },
  };
  const banner: MaterialSource = {
    id: "make-banner",
    locale,
    file,
    data: {
      ...common,
      kind: "banner",
      name: t("maker.kind.banner"),
      cropMarks: false,
      bleedMm: context.press.bannerBleedMm,
      widthCm: 600,
      heightCm: 70,
    },
  };
  return {
    banner: resolveMaterial(banner, context) as BannerSpec,
    poster: resolveMaterial(poster, context) as PosterSpec,
  };
}
