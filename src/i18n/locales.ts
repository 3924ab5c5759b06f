/**
 * The one locale table. Everything that depends on language (URL prefix, `<html lang>`, date
 * and number formats, Pagefind's index split, which font the renderer picks) reads it from here.
 */
export const locales = {
  "zh-cn": {
    /** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
    lang: "zh-CN",
    /** Locale for `Intl` date and number formats. */
    intl: "zh-CN",
    /** The language's own name, shown in the language switch. */
    label: "简体中文",
    dir: "ltr",
    /** URL prefix: the primary locale lives at the site root. */
    prefix: "",
    ogLocale: "zh_CN",
    dateFormat: { year: "numeric", month: "long", day: "numeric" },
  },
  en: {
    lang: "en",
    // Day-month-year reads unambiguously to readers of English everywhere.
    intl: "en-GB",
    label: "English",
    dir: "ltr",
    prefix: "en",
    ogLocale: "en_GB",
    dateFormat: { year: "numeric", month: "long", day: "numeric" },
  },
} as const satisfies Record<string, LocaleInfo>;

export interface LocaleInfo {
  lang: string;
  intl: string;
  label: string;
  dir: "ltr" | "rtl";
  prefix: string;
  ogLocale: string;
  dateFormat: Intl.DateTimeFormatOptions;
}

export type Locale = keyof typeof locales;

export const defaultLocale: Locale = "zh-cn";

/** Locales in display order, primary first. */
export const localeCodes = Object.keys(locales) as Locale[];

export function isLocale(value: string): value is Locale {
  return Object.hasOwn(locales, value);
}

/**
 * The locale a site-relative path belongs to, by its first segment (`/en/bulletins/x/` → en);
 * every other path (`/bulletins/x/`, `/404.html`) is the primary locale's, which has no prefix.
 */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split("/")[1] ?? "";
  return (
    localeCodes.find((code) => first !== "" && locales[code].prefix === first) ?? defaultLocale
  );
}

/**
 * The path of a locale-neutral route (`bulletins/x/`) in `locale` under `base`: `/county/` +
 * `en/` + `bulletins/x/`. Pure, so code outside Vite (the print command, the check) makes the
 * same addresses as the pages.
 */
export function routePath(locale: Locale, route = "", base = "/"): string {
  const prefix = locales[locale].prefix;
  const clean = route.replace(/^\/+/u, "");
  const root = base.endsWith("/") ? base : `${base}/`;
  return `${root}${prefix ? `${prefix}/` : ""}${clean}`;
}

/** The other locales, in table order (the language switch lists them). */
export function otherLocales(locale: Locale): Locale[] {
  return localeCodes.filter((code) => code !== locale);
}
