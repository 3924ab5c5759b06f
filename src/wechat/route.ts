/** The `<page>/wechat.html` endpoints: the page's article in the site's colours and language. */
import { getSite } from "../collections/query.ts";
import { useTranslations } from "../i18n/ui.ts";
import type { ArticleCollection } from "../staff/article.ts";
import { staffOutputRoute } from "../staff/routes.ts";
import { wechatHtml } from "./article.ts";

export function wechatRoute(collection: ArticleCollection) {
  return staffOutputRoute(collection, {
    contentType: "text/html; charset=utf-8",
    write: async (source) => {
      const t = useTranslations(source.locale);
      const site = await getSite(source.locale);
      return wechatHtml(
        source,
        { primary: site.colours.primary },
        {
          originalLink: t("staff.originalLink", { url: source.url }),
          labelValue: (label, value) => t("punct.labelValue", { label, value }),
        },
      );
    },
  });
}
