/**
 * The 1200×630 share image (Open Graph, Twitter/X, most chat apps): a frame in the site's
 * primary colour, the section label, the title as large as fits, the site name and the date.
 */
import { div } from "../element.ts";
import { MUTED, TEXT, lineWidth, textBlock, type Template } from "./card.ts";

const WIDTH = 1200;
const HEIGHT = 630;
const FRAME = 24;
const PAD_X = 72;
const PAD_TOP = 56;
const PAD_BOTTOM = 48;
const ROW = 44;
const GAP = 28;
const DATE_SIZE = 28;
const INNER_WIDTH = WIDTH - 2 * FRAME - 2 * PAD_X;
const TITLE_HEIGHT = HEIGHT - 2 * FRAME - PAD_TOP - PAD_BOTTOM - 2 * (ROW + GAP);

export const socialCard: Template = {
  id: "og",
  width: WIDTH,
  height: HEIGHT,
  render(data, fonts) {
    const dateWidth = data.date ? lineWidth(data.date, DATE_SIZE, fonts.regular) + 32 : 0;
    return div(
      {
        width: WIDTH,
        height: HEIGHT,
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
          padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`,
          backgroundColor: "#ffffff",
          borderRadius: 16,
        },
        [
          div({ display: "flex", alignItems: "center", height: ROW, marginBottom: GAP }, [
            div({ width: 10, height: 36, marginRight: 18, backgroundColor: data.colours.primary }),
            textBlock(
              {
                text: data.section ?? "",
                lang: data.lang,
                metrics: fonts.bold,
                width: INNER_WIDTH - 28,
                height: ROW,
                minSize: 24,
                maxSize: 32,
                maxLines: 1,
                lineHeight: 1.3,
              },
              { color: data.colours.accent, fontWeight: 700 },
            ),
          ]),
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
                width: INNER_WIDTH,
                height: TITLE_HEIGHT,
                minSize: 40,
                maxSize: 80,
                step: 2,
                maxLines: 4,
                lineHeight: 1.28,
              },
              { color: TEXT, fontWeight: 700 },
            ),
          ),
          div(
            {
              display: "flex",
              alignItems: "center",
              justifyContent: "space-between",
              height: ROW,
              marginTop: GAP,
            },
            [
              textBlock(
                {
                  text: data.siteName,
                  lang: data.lang,
                  metrics: fonts.bold,
                  width: INNER_WIDTH - dateWidth,
                  height: ROW,
                  minSize: 20,
                  maxSize: 28,
                  maxLines: 1,
                  lineHeight: 1.3,
                },
                { color: data.colours.primary, fontWeight: 700 },
              ),
              ...(data.date
                ? [div({ display: "flex", fontSize: DATE_SIZE, color: MUTED }, data.date)]
                : []),
            ],
          ),
        ],
      ),
    );
  },
};
