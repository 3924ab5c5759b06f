/** Dates and numbers written the way each locale's readers expect. */
import { locales, type Locale } from "./locales.ts";

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
const numberFormats = new Map<Locale, Intl.NumberFormat>();

/** Content dates are calendar days: format them in UTC so no time zone shifts the day. */
export function formatDate(locale: Locale, date: Date): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[locale].intl, {
      ...locales[locale].dateFormat,
      timeZone: "UTC",
    });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

/** `2019-08-29` for `<time datetime>` and machine-readable outputs. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatNumber(locale: Locale, value: number): string {
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locales[locale].intl);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
