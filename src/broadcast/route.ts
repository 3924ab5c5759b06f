/** The `<page>/broadcast.txt` endpoints: the page's broadcast script, UTF-8 plain text. */
import { useTranslations } from "../i18n/ui.ts";
import type { ArticleCollection } from "../staff/article.ts";
import { staffOutputRoute } from "../staff/routes.ts";
import { broadcastScript } from "./script.ts";

export function broadcastRoute(collection: ArticleCollection) {
  return staffOutputRoute(collection, {
    contentType: "text/plain; charset=utf-8",
    write: (source) => {
      const t = useTranslations(source.locale);
      return broadcastScript(source, {
        open: (title) => t("staff.broadcastOpen", { title }),
        section: (heading) => t("staff.broadcastSection", { heading }),
        note: (title) => t("staff.broadcastNote", { title }),
        source: (from) => t("staff.broadcastSource", { source: from }),
        close: t("staff.broadcastClose"),
      });
    },
  });
}
