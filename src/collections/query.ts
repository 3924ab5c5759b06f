/**
 * The pages' way into the content model: Astro's collections, read once per build, go through
 * the same model (src/content/model.ts) as the files `npm run check` and `npm run print` read,
 * so drafts, fallbacks and references follow one set of rules. Drafts are left out of
 * production builds; entries are grouped by slug across locales, and a locale without its own
 * file gets the other language's content, marked as a fallback.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from "astro:content";
import { resolveContent, type Content, type ModelEntry } from "../content/model.ts";
import { ContentProblems, errorsOf } from "../content/problems.ts";
import { collectionNames, sources } from "../content/sources.ts";
import { isPublicFigure } from "../schemas/data.ts";
import { defaultLocale, isLocale, localeCodes, type Locale } from "../i18n/locales.ts";

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

type AnyEntry = CollectionEntry<CollectionKey>;

export function splitId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf("/");
  return { locale: id.slice(0, slash) as Locale, slug: id.slice(slash + 1) };
}

function showDrafts(): boolean {
  return !import.meta.env.PROD;
}

/** An Astro entry as the model takes it. */
function modelEntry(collection: CollectionKey, entry: AnyEntry): ModelEntry<AnyEntry> {
  const source = sources[collection];
  const localized = source.shape === "pages" || source.shape === "entries";
  const { locale, slug } = localized
    ? splitId(entry.id)
    : { locale: isLocale(entry.id) ? entry.id : undefined, slug: undefined };
  return {
    collection,
    id: entry.id,
    locale,
    slug,
    file:
      entry.filePath ?? ("file" in source ? source.file : `content/${source.folder}/${entry.id}`),
    data: entry.data as Record<string, unknown>,
    body: entry.body,
    ref: entry,
  };
}

let model: Promise<Content<AnyEntry>> | undefined;

/**
 * The resolved content, made once per build. The build's content gate has already stopped on
 * every problem; one found here means Astro read a file differently, and stops the build too.
 */
export function getContent(): Promise<Content<AnyEntry>> {
  model ??= (async () => {
    const lists = await Promise.all(
      collectionNames.map(async (name) =>
        (await getCollection(name)).map((entry) => modelEntry(name, entry as AnyEntry)),
      ),
    );
    const { content, problems } = resolveContent(lists.flat(), { drafts: showDrafts() });
    const errors = errorsOf(problems);
    if (errors.length > 0) throw new ContentProblems(errors);
    return content;
  })();
  return model;
}

const groupCache = new Map<LocalizedCollection, Promise<Group<LocalizedCollection>[]>>();

async function groups<C extends LocalizedCollection>(collection: C): Promise<Group<C>[]> {
  let cached = groupCache.get(collection);
  if (!cached) {
    cached = getContent().then((content) =>
      content.pages[collection].map((group) => ({
        slug: group.slug,
        byLocale: new Map(
          [...group.byLocale].map(([locale, entry]) => [
            locale,
            entry.ref as CollectionEntry<LocalizedCollection>,
          ]),
        ),
      })),
    );
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
  const site = (await getContent()).site[locale];
  if (!site) {
    throw new Error(
      `content/data/site.yaml has no entry for "${locale}": add a "${locale}:" section with the site identity.`,
    );
  }
  return site;
}

export async function getChannels() {
  return (await getContent()).channels;
}

export async function getSlogans() {
  return (await getContent()).slogans.filter((slogan) => slogan.active);
}

export async function getLaws() {
  return (await getContent()).laws;
}

/**
 * The publicity ledger as the public page shows it: figures the office keeps to itself (tip-offs
 * received, unless marked public: true) are left out. Figures that would be counted twice
 * stopped the build already.
 */
export async function getLedger() {
  return (await getContent()).ledger.filter(isPublicFigure);
}
