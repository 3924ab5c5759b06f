/**
 * Messages for people who run the tools: every error and warning the commands and the build
 * print exists in each locale of the locale table. The commands print the site's first locale
 * (Chinese) unless `--lang` names another; `say` picks the text for the language in force.
 */
import { defaultLocale, isLocale, localeCodes, type Locale } from "./locales.ts";

/** One message in every locale: a missing language is a type error. */
export type Text = Readonly<Record<Locale, string>>;

let current: Locale = defaultLocale;

/** The language messages are printed in (set once by a command from its `--lang`). */
export function messageLocale(): Locale {
  return current;
}

export function setMessageLocale(locale: Locale): void {
  current = locale;
}

/** The text of a message in `locale` (by default the language in force). */
export function say(text: Text, locale: Locale = current): string {
  return text[locale];
}

/**
 * `--lang en` / `--lang=en` from a command line, or `PINGAN_LANG`; the first locale otherwise.
 * An unknown code is refused with the list of known ones (in both languages, since it is not
 * known which the reader wants).
 */
export function langFromArgs(
  argv: readonly string[] = process.argv.slice(2),
  env: Record<string, string | undefined> = process.env,
): Locale {
  let value: string | undefined = env["PINGAN_LANG"];
  argv.forEach((arg, index) => {
    if (arg === "--lang") value = argv[index + 1];
    else if (arg.startsWith("--lang=")) value = arg.slice("--lang=".length);
  });
  if (value === undefined || value === "") return defaultLocale;
  const code = value.toLowerCase();
  if (isLocale(code)) return code;
  if (code === "zh" || code === "zh-hans") return "zh-cn";
  throw new Error(
    `--lang ${value}：未知的语言；可用：${localeCodes.join("、")}。 / unknown language; use one of ${localeCodes.join(", ")}.`,
  );
}

/** Reads `--lang` (see langFromArgs) and makes it the language in force; returns it. */
export function useLangFromArgs(argv?: readonly string[]): Locale {
  const locale = langFromArgs(argv);
  setMessageLocale(locale);
  return locale;
}
