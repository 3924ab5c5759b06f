import { describe, expect, it } from "vitest";
import { integerZh, numberZh, speakZh } from "./zh.ts";

describe("Chinese numbers in words", () => {
  it("reads whole numbers the way they are said", () => {
    const cases: [number, string][] = [
      [0, "零"],
      [7, "七"],
      [10, "十"],
      [12, "十二"],
      [20, "二十"],
      [110, "一百一十"],
      [305, "三百零五"],
      [450, "四百五十"],
      [1010, "一千零一十"],
      [1800, "一千八百"],
      [2000, "两千"],
      [6800, "六千八百"],
      [10000, "一万"],
      [12000, "一万二千"],
      [100000, "十万"],
      [100001, "十万零一"],
      [1000500, "一百万零五百"],
      [20000000, "两千万"],
      [300000000, "三亿"],
    ];
    for (const [n, words] of cases) expect(integerZh(n), String(n)).toBe(words);
    expect(numberZh("3.5")).toBe("三点五");
    expect(numberZh("0.25")).toBe("零点二五");
  });
});

describe("Chinese text for the loudspeaker", () => {
  it("says seed 004's figures in words", () => {
    expect(
      speakZh(
        "张贴各类宣传标语450条，制作宣传横幅120条、宣传板180张，共计200余次，发放明白纸6800份",
      ),
    ).toBe(
      "张贴各类宣传标语四百五十条，制作宣传横幅一百二十条、宣传板一百八十张，共计二百余次，发放明白纸六千八百份",
    );
    expect(speakZh("已达1800多个小时，对2012年以来的15起治安案件")).toBe(
      "已达一千八百多个小时，对二零一二年以来的十五起治安案件",
    );
  });

  it("reads hotlines, phone numbers and years digit by digit", () => {
    expect(speakZh("请上12337平台举报，紧急情况拨打110")).toBe(
      "请上一二三三七平台举报，紧急情况拨打一一零",
    );
    expect(speakZh("举报电话：0631-7512345，手机13812345678")).toBe(
      "举报电话：零六三一七五一二三四五，手机一三八一二三四五六七八",
    );
    expect(speakZh("举报电话6512345")).toBe("举报电话六五一二三四五");
    expect(speakZh("2019年6月30日")).toBe("二零一九年六月三十日");
    expect(speakZh("2019-05-28上线")).toBe("二零一九年五月二十八日上线");
    expect(speakZh("登录www.12337.gov.cn")).toBe("登录www点一二三三七点gov点cn");
  });

  it("reads percentages, times, ranges, decimals and 两", () => {
    expect(speakZh("群众满意率达98.5%")).toBe("群众满意率达百分之九十八点五");
    expect(speakZh("接待时间8:00-20:00，12:30午休")).toBe("接待时间八点至二十点，十二点三十分午休");
    expect(speakZh("处3-7年有期徒刑")).toBe("处三至七年有期徒刑");
    expect(speakZh("第294条")).toBe("第二百九十四条");
    expect(speakZh("2名同伙，1.5万元，共6,800份")).toBe("两名同伙，一点五万元，共六千八百份");
  });
});
