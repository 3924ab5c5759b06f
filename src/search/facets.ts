/**
 * The choices the search page's filters offer, read from the content when the page is built:
 * every type, and the years and places of the pages in this locale's index. Build time only
 * (it reads the content collections).
 *
 * The fields here must match what each route passes to its layout as `search`; a new kind of
 * page with a date or a place adds its collection to `indexedFields`.
 */
import { getLocalizedEntries } from "../collections/query.ts";
import { locales, type Locale } from "../i18n/locales.ts";
import { searchFilterValues, searchTypes, type SearchFields, type SearchType } from "./fields.ts";

export interface SearchFacets {
  types: readonly SearchType[];
  /** Newest first. */
  years: string[];
  /** In the locale's collation order. */
  places: string[];
}

/** Search fields of the dated or placed pages this locale's index holds (no fallbacks). */
async function indexedFields(locale: Locale): Promise<SearchFields[]> {
  const own = <T extends { isFallback: boolean }>(items: T[]) =>
    items.filter((item) => !item.isFallback);
  const [bulletins, explainers, guides, pages] = await Promise.all([
    getLocalizedEntries("bulletins", locale),
    getLocalizedEntries("explainers", locale),
    getLocalizedEntries("guides", locale),
    getLocalizedEntries("pages", locale),
  ]);
  return [
    ...own(bulletins).map(({ entry: { data } }) => ({
      type: "bulletin" as const,
      date: data.date,
      place: data.place,
    })),
    ...own(explainers).map(({ entry: { data } }) => ({
      type: "explainer" as const,
      date: data.date,
      place: data.place,
    })),
    ...own(guides).map(({ entry: { data } }) => ({ type: "guide" as const, date: data.updated })),
    ...own(pages).map(({ entry: { data } }) => ({ type: "page" as const, date: data.updated })),
  ];
}

export async function searchFacets(locale: Locale): Promise<SearchFacets> {
  const years = new Set<string>();
  const places = new Set<string>();
  for (const fields of await indexedFields(locale)) {
    const values = searchFilterValues(fields);
    if (values.year) years.add(values.year);
    if (values.place) places.add(values.place);
  }
  const collator = new Intl.Collator(locales[locale].intl);
  return {
    types: searchTypes,
    years: [...years].sort((a, b) => b.localeCompare(a)),
    places: [...places].sort(collator.compare),
  };
}
