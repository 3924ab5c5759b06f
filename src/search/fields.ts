/** What kinds of page search knows, and the labels their filters and results show. */
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
