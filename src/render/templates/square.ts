/**
 * The 1:1 thumbnail (600×600) WeChat shows for the second and later articles of a post and
 * many apps use in lists: section label, title and site name, no date (unreadable that small).
 */
import { div } from "../element.ts";
import { TEXT, textBlock, type Template } from "./card.ts";

const SIZE = 600;
const FRAME = 20;
const PAD = 40;
const ROW = 40;
const GAP = 20;
const INNER = SIZE - 2 * FRAME - 2 * PAD;
const TITLE_HEIGHT = INNER - 2 * (ROW + GAP);

export const squareThumbnail: Template = {
  id: "square",
  width: SIZE,
  height: SIZE,
  render(data, fonts) {
    const line = (text: string, color: string, maxSize: number) =>
      textBlock(
        {
          text,
          lang: data.lang,
          metrics: fonts.bold,
          width: INNER,
          height: ROW,
          minSize: 16,
          maxSize,
          maxLines: 1,
          lineHeight: 1.4,
        },
        { color, fontWeight: 700 },
      );
    return div(
      {
        width: SIZE,
        height: SIZE,
        display: "flex",
        padding: FRAME,
        boxSizing: "border-box",
        backgroundColor: data.colours.primary,
        fontFamily: "Noto Sans SC",
      },
      div(
        {
          flex: 1,
          display: "flex",
          flexDirection: "column",
          padding: PAD,
          backgroundColor: "#ffffff",
          borderRadius: 12,
        },
        [
          div(
            { display: "flex", height: ROW, marginBottom: GAP, alignItems: "center" },
            line(data.section ?? "", data.colours.accent, 26),
          ),
          div(
            {
              display: "flex",
              flexDirection: "column",
              justifyContent: "center",
              height: TITLE_HEIGHT,
            },
            textBlock(
              {
                text: data.title,
                lang: data.lang,
                metrics: fonts.bold,
                width: INNER,
                height: TITLE_HEIGHT,
                minSize: 30,
                maxSize: 64,
                step: 2,
                maxLines: 5,
                lineHeight: 1.3,
              },
              { color: TEXT, fontWeight: 700 },
            ),
          ),
          div(
            { display: "flex", height: ROW, marginTop: GAP, alignItems: "center" },
            line(data.siteName, data.colours.primary, 22),
          ),
        ],
      ),
    );
  },
};
