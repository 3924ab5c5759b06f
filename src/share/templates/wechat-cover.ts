/**
 * The 900×383 WeChat article cover (公众号封面, 2.35:1): the title in the site's colours on its
 * primary colour, the section label as a tag above it, site name and date below.
 */
import { div } from "../../draw/element.ts";
import { siteAndDate, textBlock, titleArea, type Template } from "./card.ts";

const WIDTH = 900;
const HEIGHT = 383;
const PAD_X = 56;
const PAD_Y = 36;
const TAG = 40;
const FOOT = 32;
const GAP = 18;
const DATE_SIZE = 22;
const INNER_WIDTH = WIDTH - 2 * PAD_X;
const TITLE_HEIGHT = HEIGHT - 2 * PAD_Y - TAG - FOOT - 2 * GAP;

export const wechatCover: Template = {
  id: "wechat",
  width: WIDTH,
  height: HEIGHT,
  render(data, fonts) {
    const { primary, onPrimary } = data.colours;
    return div(
      {
        width: WIDTH,
        height: HEIGHT,
        display: "flex",
        flexDirection: "column",
        padding: `${PAD_Y}px ${PAD_X}px`,
        boxSizing: "border-box",
        backgroundColor: primary,
        color: onPrimary,
        fontFamily: "Noto Sans SC",
      },
      [
        div({ display: "flex", height: TAG, marginBottom: GAP, alignItems: "center" }, [
          ...(data.section
            ? [
                div(
                  {
                    display: "flex",
                    padding: "2px 14px",
                    borderRadius: 6,
                    backgroundColor: onPrimary,
                  },
                  textBlock(
                    {
                      text: data.section,
                      lang: data.lang,
                      metrics: fonts.bold,
                      width: INNER_WIDTH - 28,
                      height: TAG - 4,
                      minSize: 18,
                      maxSize: 24,
                      maxLines: 1,
                      lineHeight: 1.4,
                    },
                    { color: primary, fontWeight: 700 },
                  ),
                ),
              ]
            : []),
        ]),
        titleArea(
          data,
          fonts,
          {
            width: INNER_WIDTH,
            height: TITLE_HEIGHT,
            minSize: 32,
            maxSize: 60,
            maxLines: 3,
            lineHeight: 1.3,
          },
          {},
        ),
        siteAndDate(data, fonts, {
          width: INNER_WIDTH,
          height: FOOT,
          marginTop: GAP,
          site: { metrics: fonts.regular, minSize: 16, maxSize: 22, lineHeight: 1.4 },
          siteStyle: {},
          dateSize: DATE_SIZE,
          dateGap: 24,
          dateStyle: {},
        }),
      ],
    );
  },
};
