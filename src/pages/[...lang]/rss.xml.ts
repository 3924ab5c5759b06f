/**
 * One RSS feed per locale, with the bulletins written in that language (no fallbacks). It names
 * its own address (atom:link rel="self", as feed validators ask) and its lastBuildDate is the
 * newest bulletin's date, not the clock's, so the same content builds the same feed.
 */
import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { byDateDesc, getLocalizedEntries, getSite } from "../../collections/query.ts";
import { locales, type Locale } from "../../i18n/locales.ts";
import { absoluteUrl, localePath, localeStaticPaths } from "../../i18n/paths.ts";
import { useTranslations } from "../../i18n/ui.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) => {
  const { locale } = props;
  const t = useTranslations(locale);
  const identity = await getSite(locale);
  const items = byDateDesc(await getLocalizedEntries("bulletins", locale)).filter(
    (item) => !item.isFallback,
  );
  const self = absoluteUrl(localePath(locale, "rss.xml"), site);
  const newest = items[0]?.entry.data.date;
  return rss({
    title: t("rss.title", { site: identity.name }),
    description: t("rss.description", { site: identity.name }),
    site: absoluteUrl(localePath(locale), site),
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData:
      `<language>${locales[locale].lang}</language>` +
      `<atom:link href="${self}" rel="self" type="application/rss+xml"/>` +
      (newest ? `<lastBuildDate>${newest.toUTCString()}</lastBuildDate>` : ""),
    items: items.map((item) => ({
      title: item.entry.data.title,
      description: item.entry.data.summary,
      pubDate: item.entry.data.date,
      link: absoluteUrl(localePath(locale, `bulletins/${item.slug}/`), site),
      categories: item.entry.data.tags,
    })),
  });
};
