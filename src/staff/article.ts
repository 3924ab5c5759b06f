/**
 * Builds the ArticleSource of a bulletin or explainer for the staff outputs: renders the entry's
 * Markdown or MDX body (and an explainer's statutes) to HTML with Astro's container API, and
 * makes every address absolute under the configured site and base; and lists every article
 * that gets staff files (`staffJobs`, for the `staff-articles` hand-over, src/build/handover.ts).
 */
import { getContainerRenderer } from "@astrojs/mdx/container-renderer";
import { experimental_AstroContainer } from "astro/container";
import { loadRenderers } from "astro:container";
import { render } from "astro:content";
import { getSite, localizedStaticPaths, type LocalizedEntry } from "../collections/query.ts";
import { mdxComponents } from "../components/mdx.ts";
import StatuteList from "../components/StatuteList.astro";
import { formatDate } from "../i18n/format.ts";
import { joinList, localeCodes, routePath, type Locale } from "../i18n/locales.ts";
import { absoluteUrl, langParam, localePath } from "../i18n/paths.ts";
import { useTranslations } from "../i18n/ui.ts";
import { escapeHtml } from "../html/escape.ts";
import type { StaffJob } from "./outputs.ts";
import type { ArticleSource } from "./source.ts";

export type ArticleCollection = "bulletins" | "explainers";

let container: Promise<experimental_AstroContainer> | undefined;

function getContainer(): Promise<experimental_AstroContainer> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) =>
    experimental_AstroContainer.create({ renderers }),
  );
  return container;
}

export async function articleSource(
  item: LocalizedEntry<ArticleCollection>,
  site: URL | undefined,
): Promise<ArticleSource> {
  const { locale } = item;
  const t = useTranslations(locale);
  const renderer = await getContainer();
  const { Content } = await render(item.entry);
  const bodyHtml = await renderer.renderToString(Content, { props: { components: mdxComponents } });
  const url = absoluteUrl(localePath(locale, `${item.entry.collection}/${item.slug}/`), site);
  const meta = [{ label: t("meta.published"), value: formatDate(locale, item.entry.data.date) }];
  const common = {
    locale,
    title: item.entry.data.title,
    bodyHtml,
    url,
    siteName: (await getSite(locale)).name,
    source: item.entry.data.source,
  };
  if (item.entry.collection === "bulletins") {
    const data = item.entry.data;
    const authors = joinList(
      locale,
      data.authors.map((author) => `${t(`role.${author.role}`)} ${author.name}`),
      "names",
    );
    return {
      ...common,
      meta: [
        ...meta,
        { label: t("meta.place"), value: data.place },
        { label: t("meta.source"), value: data.source },
        ...(authors ? [{ label: t("meta.authors"), value: authors }] : []),
      ],
      cover:
        data.cover && data.coverAlt
          ? { src: new URL(data.cover.src, url).href, alt: data.coverAlt }
          : undefined,
      facts: [],
    };
  }
  const data = item.entry.data;
  const statutes = await renderer.renderToString(StatuteList, {
    props: { locale, contentLocale: item.contentLocale, statutes: data.statutes },
  });
  return {
    ...common,
    meta: [
      ...meta,
      ...(data.place ? [{ label: t("meta.place"), value: data.place }] : []),
      { label: t("meta.source"), value: data.source },
    ],
    lead: data.summary,
    facts: [
      {
        label: t("explainer.charges"),
        html: escapeHtml(joinList(locale, data.charges, "clauses")),
      },
      { label: t("explainer.statutes"), html: statutes },
      { label: t("explainer.outcome"), html: escapeHtml(data.outcome) },
      { label: t("explainer.lesson"), html: escapeHtml(data.lesson) },
    ],
  };
}

/** Every bulletin and explainer with its own file in a language, for the staff files. */
export async function staffJobs(site: URL | undefined): Promise<StaffJob[]> {
  const jobs: StaffJob[] = [];
  const primary = new Map<Locale, string>();
  for (const locale of localeCodes) primary.set(locale, (await getSite(locale)).colours.primary);
  for (const collection of ["bulletins", "explainers"] as const) {
    for (const { props } of await localizedStaticPaths(collection, langParam)) {
      const { item } = props;
      if (item.isFallback) continue;
      jobs.push({
        source: await articleSource(item, site),
        primary: primary.get(item.locale) ?? "",
        // The page's folder in dist/: its path without the base and the leading slash.
        folder: routePath(item.locale, `${collection}/${item.slug}/`).slice(1),
      });
    }
  }
  return jobs;
}
