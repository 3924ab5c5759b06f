/**
 * The 1200×630 share image (Open Graph, Twitter/X, most chat apps): a frame in the site's
 * primary colour, the section label, the title as large as fits, the site name and the date.
 */
import { div } from "../../draw/element.ts";
import {
  MUTED,
  TEXT,
  framedPanel,
  siteAndDate,
  textBlock,
  titleArea,
  type Template,
} from "./card.ts";

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
    return framedPanel(
      { width: WIDTH, height: HEIGHT },
      data,
      { frame: FRAME, padding: `${PAD_TOP}px ${PAD_X}px ${PAD_BOTTOM}px`, radius: 16 },
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
        titleArea(
          data,
          fonts,
          {
            width: INNER_WIDTH,
            height: TITLE_HEIGHT,
            minSize: 40,
            maxSize: 80,
            maxLines: 4,
            lineHeight: 1.28,
          },
          { color: TEXT },
        ),
        siteAndDate(data, fonts, {
          width: INNER_WIDTH,
          height: ROW,
          marginTop: GAP,
          site: { metrics: fonts.bold, minSize: 20, maxSize: 28, lineHeight: 1.3 },
          siteStyle: { color: data.colours.primary, fontWeight: 700 },
          dateSize: DATE_SIZE,
          dateGap: 32,
          dateStyle: { color: MUTED },
        }),
      ],
    );
  },
};
