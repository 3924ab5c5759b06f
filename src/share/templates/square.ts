/**
 * The 1:1 thumbnail (600×600) WeChat shows for the second and later articles of a post and
 * many apps use in lists: section label, title and site name, no date (unreadable that small).
 */
import { div } from "../../draw/element.ts";
import { TEXT, framedPanel, textBlock, titleArea, type Template } from "./card.ts";

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
    return framedPanel(
      { width: SIZE, height: SIZE },
      data,
      { frame: FRAME, padding: PAD, radius: 12 },
      [
        div(
          { display: "flex", height: ROW, marginBottom: GAP, alignItems: "center" },
          line(data.section ?? "", data.colours.accent, 26),
        ),
        titleArea(
          data,
          fonts,
          {
            width: INNER,
            height: TITLE_HEIGHT,
            minSize: 30,
            maxSize: 64,
            maxLines: 5,
            lineHeight: 1.3,
          },
          { color: TEXT },
        ),
        div(
          { display: "flex", height: ROW, marginTop: GAP, alignItems: "center" },
          line(data.siteName, data.colours.primary, 22),
        ),
      ],
    );
  },
};
