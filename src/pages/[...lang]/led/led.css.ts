/** The LED feed's CSS that depends on the slogans (src/led/feed.ts), per locale. */
import type { APIRoute } from "astro";
import { getSlogans } from "../../../collections/query.ts";
import type { Locale } from "../../../i18n/locales.ts";
import { localeStaticPaths } from "../../../i18n/paths.ts";
import { ledCss } from "../../../led/feed.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const slogans = (await getSlogans()).map((slogan) => slogan[props.locale]);
  return new Response(ledCss(slogans), {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
};
