/**
 * Translation status: which pages have no translation, and which translations were made from
 * an older version of the page than the one there now.
 */
import { defaultLocale, localeCodes, type Locale } from "../i18n/locales.ts";

export interface EntrySummary {
  collection: string;
  locale: Locale;
  slug: string;
  file: string;
  draft: boolean;
  /** When the page last changed: `updated`, else `date`, as an ISO day. */
  changed?: string | undefined;
  translatedFrom?: string | undefined;
}

export interface TranslationStatus {
  missing: { original: EntrySummary; locale: Locale }[];
  /** Translation files that are drafts (stubs made by `npm run new`): not shown yet. */
  drafts: { original: EntrySummary; translation: EntrySummary }[];
  outdated: { original: EntrySummary; translation: EntrySummary }[];
  /**
   * Translations that do not say which version they were made from: compared by their own
   * `updated`/`date` instead, and listed once so the field gets added.
   */
  undated: EntrySummary[];
}

export function translationStatus(entries: readonly EntrySummary[]): TranslationStatus {
  const status: TranslationStatus = { missing: [], drafts: [], outdated: [], undated: [] };
  const byKey = new Map(
    entries.map((entry) => [`${entry.collection}/${entry.locale}/${entry.slug}`, entry]),
  );
  for (const original of entries) {
    if (original.locale !== defaultLocale || original.draft) continue;
    for (const locale of localeCodes) {
      if (locale === defaultLocale) continue;
      const translation = byKey.get(`${original.collection}/${locale}/${original.slug}`);
      if (!translation) status.missing.push({ original, locale });
      else if (translation.draft) status.drafts.push({ original, translation });
      else {
        if (!translation.translatedFrom) status.undated.push(translation);
        const from = translation.translatedFrom ?? translation.changed;
        if (original.changed && from && from < original.changed) {
          status.outdated.push({ original, translation });
        }
      }
    }
  }
  return status;
}

/** An ISO day from a parsed `day` field (a Date) or undefined. */
export function isoDay(value: unknown): string | undefined {
  return value instanceof Date && !Number.isNaN(value.getTime())
    ? value.toISOString().slice(0, 10)
    : undefined;
}
