/**
 * The endpoints beside each bulletin and explainer page (`<page>/wechat.html`,
 * `<page>/broadcast.txt`): one per slug and locale that has its own file. A fallback page shows
 * another language's text, and staff should not publish that as if it were translated.
 */
import type { APIRoute } from "astro";
import { localizedStaticPaths, type LocalizedEntry } from "../collections/query.ts";
import { langParam } from "../i18n/paths.ts";
import { articleSource, type ArticleCollection } from "./article.ts";
import type { ArticleSource } from "./source.ts";

export interface StaffOutput {
  contentType: string;
  write(source: ArticleSource): string | Promise<string>;
}

export function staffOutputRoute(collection: ArticleCollection, output: StaffOutput) {
  return {
    getStaticPaths: async () =>
      (await localizedStaticPaths(collection, langParam)).filter(
        (path) => !path.props.item.isFallback,
      ),
    GET: (async ({ props, site }) => {
      const body = await output.write(await articleSource(props.item, site));
      return new Response(body, { headers: { "Content-Type": output.contentType } });
    }) satisfies APIRoute<{ item: LocalizedEntry<ArticleCollection> }>,
  };
}
