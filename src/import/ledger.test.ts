import { GANGXI_FIGURES } from "./fixtures/gangxi-figures.ts";
import { describe, expect, it } from "vitest";
import { extractFigures } from "./ledger.ts";

const brief = (text: string) => extractFigures(text).map((f) => [f.kind, f.count, f.atLeast]);

describe("ledger figures", () => {
  it("reads the Gangxi publicity figures", () => {
    const text =
      "截至目前，张贴各类宣传标语450条，制作宣传横幅120条、宣传板180张，安排宣传车进社区、进农村、进园区共计200余次，发放各类宣传明白纸6800份，发布微信公众号推送文章6期，每天滚动播放扫黑除恶播放宣传标语已达1800多个小时。通过近期摸排收到村民举报线索1起。";
    expect(brief(text)).toEqual(GANGXI_FIGURES);
  });

  it("reads other wordings: 悬挂横幅37条, 1.2万份, 横幅20个", () => {
    expect(brief("悬挂横幅37条，发放明白卡1.2万份，另挂横幅20个")).toEqual([
      ["banners", 37, false],
      ["leaflets", 12000, false],
      ["banners", 20, false],
    ]);
  });

  it("ignores numbers that are not publicity figures", () => {
    expect(
      brief(
        "对2012年以来的15起治安案件进行深排查，认真转办上级的10件交办线索，同21个村级主要负责人谈话",
      ),
    ).toEqual([]);
  });
});
