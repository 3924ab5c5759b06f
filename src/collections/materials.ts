/**
 * Print materials as the site and the build see them: every material file resolved into the
 * MaterialSpec its templates draw (src/print/materials.ts), with QR codes pointing at the
 * absolute address of the guide in the material's language under the configured site and base.
 */
import { getCollection } from "astro:content";
import { formatDate } from "../i18n/format.ts";
import { localeCodes, type Locale } from "../i18n/locales.ts";
import { absoluteUrl, localePath } from "../i18n/paths.ts";
import {
  guideRoute,
  resolveMaterial,
  type ExplainerData,
  type MaterialSource,
  type ResolveContext,
} from "../print/materials.ts";
import { materialKinds, type MaterialSpec } from "../print/spec.ts";
import { assertContentIntegrity } from "./integrity.ts";
import { getSite, splitId } from "./query.ts";

/** Which materials exist in which locales: enough for static paths, no site address needed. */
export async function getMaterialPaths(): Promise<
  { id: string; locale: Locale; available: Locale[] }[]
> {
  const entries = (await getCollection("materials")).map((entry) => splitId(entry.id));
  return entries.map(({ locale, slug }) => ({
    id: slug,
    locale,
    available: localeCodes.filter((code) =>
      entries.some((e) => e.slug === slug && e.locale === code),
    ),
  }));
}

async function resolveContext(site: URL | undefined): Promise<ResolveContext> {
  const [slogans, channels, rewards, explainers, guides] = await Promise.all([
    getCollection("slogans"),
    getCollection("channels"),
    getCollection("rewards"),
    getCollection("explainers"),
    getCollection("guides"),
  ]);
  const sites = new Map(
    await Promise.all(localeCodes.map(async (code) => [code, await getSite(code)] as const)),
  );
  const explainerById = new Map<string, ExplainerData>(
    explainers.map((entry) => [
      entry.id,
      { title: entry.data.title, summary: entry.data.summary, body: entry.body ?? "" },
    ]),
  );
  const guideSlugs = new Set(guides.map((entry) => splitId(entry.id).slug));
  return {
    slogans: new Map(slogans.map((entry) => [entry.id, entry.data])),
    channels: new Map(channels.map((entry) => [entry.id, entry.data])),
    rewards: Object.fromEntries(rewards.map((entry) => [entry.id, entry.data])),
    explainer: (locale, slug) => explainerById.get(`${locale}/${slug}`),
    site: (locale) => {
      const data = sites.get(locale);
      return { name: data?.name ?? "", organiser: data?.organiser ?? "" };
    },
    // Every guide has a page in every locale (a fallback where untranslated).
    guideUrl: (locale, slug) =>
      guideSlugs.has(slug) ? absoluteUrl(localePath(locale, guideRoute(slug)), site) : undefined,
    formatDate,
  };
}

let cached: Promise<MaterialSpec[]> | undefined;

/**
 * Every material in every locale it is written in, resolved; sorted by locale, kind and id.
 * QR codes take the site address `Astro.site` gives pages and endpoints (`--site` or
 * content/data/deploy.yaml); `import.meta.env.SITE` is not used, as an environment variable
 * of that name would override it.
 */
export function getMaterials(site: URL | undefined): Promise<MaterialSpec[]> {
  cached ??= (async () => {
    await assertContentIntegrity();
    const [entries, context] = await Promise.all([
      getCollection("materials"),
      resolveContext(site),
    ]);
    const sources: MaterialSource[] = entries.map((entry) => {
      const { locale, slug } = splitId(entry.id);
      return {
        id: slug,
        locale,
        file: entry.filePath ?? `content/print/${entry.id}.yaml`,
        data: entry.data,
      };
    });
    return sources
      .map((source) => resolveMaterial(source, context))
      .sort(
        (a, b) =>
          localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale) ||
          materialKinds.indexOf(a.kind) - materialKinds.indexOf(b.kind) ||
          a.id.localeCompare(b.id),
      );
  })();
  return cached;
}
