/** The active slogans as plain text, one a line (UTF-8), for LED controllers that load files. */
import type { APIRoute } from "astro";
import { getSlogans } from "../../../collections/query.ts";
import type { Locale } from "../../../i18n/locales.ts";
import { localeStaticPaths } from "../../../i18n/paths.ts";
import { slogansText } from "../../../led/feed.ts";

export const getStaticPaths = localeStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const slogans = (await getSlogans()).map((slogan) => slogan[props.locale]);
  return new Response(slogansText(slogans), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
};
