/**
 * Page addresses. A "route" is the locale-neutral part of a path (`bulletins/fujian/`); the
 * locale table adds the prefix and the configured base path comes first, so the site works
 * under any subpath (`--base /county/`).
 */
import {
  defaultLocale,
  isLocale,
  localeCodes,
  locales,
  routePath,
  type Locale,
} from "./locales.ts";

/** The configured base, always with a trailing slash (`/` or `/county/`). */
export function basePath(): string {
  const base = import.meta.env.BASE_URL;
  return base.endsWith("/") ? base : `${base}/`;
}

/** `/county/` + `assets/x.css` — for files in `public/` and other non-localized addresses. */
export function withBase(path: string): string {
  return basePath() + path.replace(/^\/+/, "");
}

/** The site-relative path of a route in a locale: `("en", "bulletins/")` → `/en/bulletins/`. */
export function localePath(locale: Locale, route = ""): string {
  return routePath(locale, route, basePath());
}

/** `params.lang` for `[...lang]` routes: undefined for the locale at the root. */
export function langParam(locale: Locale): string | undefined {
  return locales[locale].prefix || undefined;
}

/** The locale of a `[...lang]` route parameter; unknown values are a programming error. */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === "") return defaultLocale;
  const match = localeCodes.find((code) => locales[code].prefix === param);
  if (match) return match;
  if (isLocale(param)) return param;
  throw new Error(`No locale has the URL prefix "${param}" (see src/i18n/locales.ts).`);
}

/** Static paths for a page that exists once per locale. */
export function localeStaticPaths() {
  return localeCodes.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** The absolute URL of a site-relative path, for feeds, sitemaps and `hreflang`. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  if (!site) {
    throw new Error(
      "The site address is not set: pass --site https://your.domain to the build or set it in content/data/deploy.",
    );
  }
  return new URL(path, site).href;
}
