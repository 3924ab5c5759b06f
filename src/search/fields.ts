/**
 * What kinds of page search knows, and what a page tells the index about itself. A new kind of
 * page joins search by adding its type here (with its label) and passing `search={{ type }}`
 * to its layout; the search page's type filter lists every type.
 */
import type { UiKey } from "../i18n/ui.ts";

export const searchTypes = [
  "bulletin",
  "explainer",
  "guide",
  "qa",
  "slogans",
  "material",
  "page",
] as const;
export type SearchType = (typeof searchTypes)[number];

export const searchTypeLabel: Record<SearchType, UiKey> = {
  bulletin: "type.bulletin",
  explainer: "type.explainer",
  guide: "type.guide",
  qa: "type.qa",
  slogans: "type.slogans",
  material: "type.material",
  page: "type.page",
};

/** What a page tells the search index about itself. */
export interface SearchFields {
  type: SearchType;
  date?: Date | undefined;
  place?: string | undefined;
}

/**
 * The filters, by name: each is a Pagefind filter, a field of the search page's form and a
 * parameter of its address (`/search/?q=…&type=bulletin&year=2024`).
 */
export const searchFilterNames = ["type", "year", "place"] as const;
export type SearchFilterName = (typeof searchFilterNames)[number];

/** The value a page files under each filter; the search page's options use the same values. */
export function searchFilterValues(
  fields: SearchFields,
): Record<SearchFilterName, string | undefined> {
  return {
    type: fields.type,
    year: fields.date ? String(fields.date.getUTCFullYear()) : undefined,
    place: fields.place,
  };
}
