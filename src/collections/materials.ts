/**
 * Print materials as the site and the build see them: the model's published materials (a board
 * whose explainer is a draft waits with it) resolved into the MaterialSpec its templates draw,
 * with QR codes pointing at the guide in the material's language under the configured site and
 * base.
 */
import { materialContext } from "../content/materials.ts";
import { byLocaleAndKind } from "../content/model.ts";
import { localeCodes, type Locale } from "../i18n/locales.ts";
import { basePath } from "../i18n/paths.ts";
import { resolveMaterial } from "../print/materials.ts";
import type { MaterialSpec } from "../print/spec.ts";
import { getContent } from "./query.ts";

/** Which materials exist in which locales: enough for static paths, no site address needed. */
export async function getMaterialPaths(): Promise<
  { id: string; locale: Locale; available: Locale[] }[]
> {
  const materials = (await getContent()).materials;
  return materials.map(({ id, locale }) => ({
    id,
    locale,
    available: localeCodes.filter((code) =>
      materials.some((m) => m.id === id && m.locale === code),
    ),
  }));
}

let cached: Promise<MaterialSpec[]> | undefined;

/**
 * Every published material in every locale it is written in, resolved; sorted by locale, kind
 * and id. QR codes take the site address `Astro.site` gives pages and endpoints (`--site` or
 * content/data/deploy.yaml); `import.meta.env.SITE` is not used, as an environment variable of
 * that name would override it.
 */
export function getMaterials(site: URL | undefined): Promise<MaterialSpec[]> {
  cached ??= (async () => {
    if (!site) {
      throw new Error(
        "The site address is not set: pass --site https://your.domain to the build or set it in content/data/deploy.yaml.",
      );
    }
    const content = await getContent();
    const context = materialContext(content, { site: site.origin, base: basePath() });
    const specs = content.materials.map((material) => resolveMaterial(material, context));
    // The preflight note, worked out once here for the page and handed on with the spec to the
    // PDF stage, whose manifest says the same. Loaded here: the layout engine is heavy.
    const { materialPreflight } = await import("../print/render.ts");
    const noted = await Promise.all(
      specs.map(async (spec) => ({ ...spec, preflight: await materialPreflight(spec) })),
    );
    return byLocaleAndKind(noted);
  })();
  return cached;
}
