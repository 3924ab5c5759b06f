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
    /** Between names (authors of a bulletin) and between clauses (charges). */
    separators: { names: "　", clauses: "；" },
    /** Characters a line of running text holds at the site's width, for sizing text boxes. */
    lineChars: 36,
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
    separators: { names: ", ", clauses: "; " },
    lineChars: 70,
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
  separators: { names: string; clauses: string };
  lineChars: number;
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

/**
 * Whether a language is Chinese, from a locale code (`zh-cn`), a BCP 47 tag (`zh-CN`,
 * `zh-Hant`) or a Pagefind language (`zh-cn`): punctuation, spacing, list separators and law
 * citations follow Chinese rules. The one test of it.
 */
export function isChinese(language: string): boolean {
  return language.split(/[-_]/u)[0]?.toLowerCase() === "zh";
}

/** Items joined as the locale writes a list of names or of clauses. */
export function joinList(
  locale: Locale,
  items: readonly string[],
  kind: keyof LocaleInfo["separators"],
): string {
  return items.join(locales[locale].separators[kind]);
}

/** A law cited with its article: 《中华人民共和国刑法》第二百九十四条, or Criminal Law, Article 294. */
export function citeLaw(locale: Locale, name: string, article: string): string {
  return isChinese(locale) ? `《${name}》${article}` : [name, article].filter(Boolean).join(", ");
}

/** The other locales, in table order (the language switch lists them). */
export function otherLocales(locale: Locale): Locale[] {
  return localeCodes.filter((code) => code !== locale);
}
