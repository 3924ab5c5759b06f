/** Paging rules for list pages. */
import type { Locale } from "../i18n/locales.ts";
import { getLocalizedEntries } from "./query.ts";

export const BULLETINS_PER_PAGE = 20;

export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

export async function bulletinPageCount(locale: Locale): Promise<number> {
  return pageCount((await getLocalizedEntries("bulletins", locale)).length, BULLETINS_PER_PAGE);
}

/** Page 1 is the list's own address; later pages live under `page/<n>/`. */
export function bulletinPageRoute(page: number): string {
  return page === 1 ? "bulletins/" : `bulletins/page/${page}/`;
}

/** Items grouped by calendar year, in the order given. */
export function groupByYear<T extends { entry: { data: { date: Date } } }>(
  items: T[],
): [number, T[]][] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const year = item.entry.data.date.getUTCFullYear();
    const list = years.get(year);
    if (list) list.push(item);
    else years.set(year, [item]);
  }
  return [...years];
}
