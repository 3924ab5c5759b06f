/**
 * Every collection query goes through here, so the rules live in one place: drafts are left
 * out of production builds, entries are grouped by slug across locales, and a locale without
 * its own file gets the other language's content, marked as a fallback.
 */
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { defaultLocale, localeCodes, type Locale } from "../i18n/locales.ts";
import { ledgerProblems } from "../ledger/aggregate.ts";
import { assertContentIntegrity } from "./integrity.ts";

export type LocalizedCollection = "bulletins" | "explainers" | "guides" | "qa" | "pages";

export interface LocalizedEntry<C extends LocalizedCollection> {
  entry: CollectionEntry<C>;
  slug: string;
  /** The locale of the page this entry is shown on. */
  locale: Locale;
  /** The language the content is written in: differs from `locale` on a fallback page. */
  contentLocale: Locale;
  isFallback: boolean;
  /** Locales that have their own file for this slug (the `hreflang` alternates). */
  available: Locale[];
}

interface Group<C extends LocalizedCollection> {
  slug: string;
  byLocale: Map<Locale, CollectionEntry<C>>;
}

export function splitId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf("/");
  return { locale: id.slice(0, slash) as Locale, slug: id.slice(slash + 1) };
}

const groupCache = new Map<LocalizedCollection, Promise<Group<LocalizedCollection>[]>>();

function showDrafts(): boolean {
  return !import.meta.env.PROD;
}

async function groups<C extends LocalizedCollection>(collection: C): Promise<Group<C>[]> {
  let cached = groupCache.get(collection);
  if (!cached) {
    // Every page reads a collection through here, so broken references stop the build early.
    cached = assertContentIntegrity()
      .then(() => getCollection(collection))
      .then((entries) => {
        const bySlug = new Map<string, Group<LocalizedCollection>>();
        for (const entry of entries) {
          if (entry.data.draft && !showDrafts()) continue;
          const { locale, slug } = splitId(entry.id);
          let group = bySlug.get(slug);
          if (!group) {
            group = { slug, byLocale: new Map() };
            bySlug.set(slug, group);
          }
          group.byLocale.set(locale, entry);
        }
        return [...bySlug.values()];
      });
    groupCache.set(collection, cached);
  }
  return cached as Promise<Group<C>[]>;
}

function pick<C extends LocalizedCollection>(group: Group<C>, locale: Locale): LocalizedEntry<C> {
  const available = localeCodes.filter((code) => group.byLocale.has(code));
  const own = group.byLocale.get(locale);
  const contentLocale = own
    ? locale
    : group.byLocale.has(defaultLocale)
      ? defaultLocale
      : (available[0] as Locale);
  const entry = own ?? (group.byLocale.get(contentLocale) as CollectionEntry<C>);
  return { entry, slug: group.slug, locale, contentLocale, isFallback: !own, available };
}

const localizedCache = new Map<string, Promise<LocalizedEntry<LocalizedCollection>[]>>();

/**
 * Every slug of a collection as shown in `locale`, fallbacks included. The list is made once per
 * build and shared by every page that asks (thousands of pages list or count the bulletins), so
 * it is frozen: copy it before sorting.
 */
export function getLocalizedEntries<C extends LocalizedCollection>(
  collection: C,
  locale: Locale,
): Promise<LocalizedEntry<C>[]> {
  const key = `${collection}/${locale}`;
  let cached = localizedCache.get(key);
  if (!cached) {
    cached = groups(collection).then((all) =>
      Object.freeze(all.map((group) => pick(group, locale))),
    ) as Promise<LocalizedEntry<LocalizedCollection>[]>;
    localizedCache.set(key, cached);
  }
  return cached as Promise<LocalizedEntry<C>[]>;
}

const slugCache = new Map<LocalizedCollection, Promise<Map<string, Group<LocalizedCollection>>>>();

/** One slug in `locale`, or undefined when no locale has it. */
export async function getLocalizedEntry<C extends LocalizedCollection>(
  collection: C,
  locale: Locale,
  slug: string,
): Promise<LocalizedEntry<C> | undefined> {
  let bySlug = slugCache.get(collection);
  if (!bySlug) {
    bySlug = groups(collection).then((all) => new Map(all.map((group) => [group.slug, group])));
    slugCache.set(collection, bySlug);
  }
  const group = (await bySlug).get(slug) as Group<C> | undefined;
  return group ? pick(group, locale) : undefined;
}

/** Static paths for a `[...lang]/<collection>/[slug]` route: every slug in every locale. */
export async function localizedStaticPaths<C extends LocalizedCollection>(
  collection: C,
  langParam: (locale: Locale) => string | undefined,
  filter: (slug: string) => boolean = () => true,
) {
  const all = await groups(collection);
  return localeCodes.flatMap((locale) =>
    all
      .filter((group) => filter(group.slug))
      .map((group) => ({
        params: { lang: langParam(locale), slug: group.slug },
        props: { item: pick(group, locale) },
      })),
  );
}

const newestFirst = new WeakMap<readonly object[], readonly object[]>();

/**
 * Newest first; entries without a date keep their order. The shared lists of
 * `getLocalizedEntries` are sorted once per build (the result is frozen too).
 */
export function byDateDesc<T extends { entry: { data: { date: Date } } }>(items: T[]): T[] {
  const cached = newestFirst.get(items);
  if (cached) return cached as T[];
  const sorted = [...items].sort(
    (a, b) => b.entry.data.date.getTime() - a.entry.data.date.getTime(),
  );
  if (!Object.isFrozen(items)) return sorted;
  newestFirst.set(items, Object.freeze(sorted));
  return sorted;
}

export async function getSite(locale: Locale) {
  const site = await getEntry("site", locale);
  if (!site) {
    throw new Error(
      `content/data/site.yaml has no entry for "${locale}": add a "${locale}:" section with the site identity.`,
    );
  }
  return site.data;
}

export async function getChannels() {
  const channels = await getCollection("channels");
  return channels.map((c) => c.data).sort((a, b) => a.order - b.order);
}

export async function getSlogans() {
  return (await getCollection("slogans")).map((s) => s.data).filter((s) => s.active);
}

export async function getLaws() {
  return new Map((await getCollection("laws")).map((law) => [law.id, law.data]));
}

/** The publicity ledger; figures that would be counted twice fail the build. */
export async function getLedger() {
  const rows = (await getCollection("ledger")).map((row) => row.data);
  const problems = ledgerProblems(rows);
  if (problems.length > 0) {
    throw new Error(`content/data/ledger.yaml:\n- ${problems.join("\n- ")}`);
  }
  return rows;
}
