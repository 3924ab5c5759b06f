import { describe, expect, it } from "vitest";
import type { ArticleSource } from "../staff/source.ts";
import { blocks, broadcastScript, shortLines, type BroadcastStrings } from "./script.ts";

const zhStrings: BroadcastStrings = {
  open: (title) => `各位群众，现在播报一则消息：${title}。`,
  section: (heading) => `下面是：${heading}。`,
  note: (title) => `提示：${title}。`,
  source: (source) => `消息来源：${source}。`,
  close: "播报完毕。",
};

const source: ArticleSource = {
  locale: "zh-cn",
  title: "港西镇扎实推进扫黑除恶专项斗争",
  meta: [{ label: "发布日期", value: "2019年6月30日" }],
  bodyHtml: [
    "<p>截至目前，张贴各类宣传标语450条，制作宣传横幅120条、宣传板180张，安排宣传车进社区、进农村、进园区共计200余次，发放各类宣传明白纸6800份。</p>",
    '<h2 id="x">举报方式</h2>',
    '<aside class="aside"><p class="aside__title"><strong>提醒</strong></p>请上<a href="https://www.12337.gov.cn">12337平台</a>举报。</aside>',
    "<ul><li>紧急情况拨打110</li><li>纪检监察举报12388</li></ul>",
    '<img src="/a.png" alt="图">',
  ].join("\n"),
  facts: [{ label: "法律依据", html: "<ul><li>《刑法》第294条</li></ul>" }],
  url: "https://pingan.example.org/bulletins/x/",
  siteName: "示例县",
  source: "荣成市新闻中心",
};

describe("the broadcast script", () => {
  it("reads the rendered HTML as headings, notes and paragraphs, skipping images", () => {
    expect(blocks(source.bodyHtml)).toEqual([
      { kind: "text", text: expect.stringMatching(/^截至目前/) },
      { kind: "heading", text: "举报方式" },
      { kind: "note", text: "提醒" },
      { kind: "text", text: "请上12337平台举报。" },
      { kind: "text", text: "紧急情况拨打110" },
      { kind: "text", text: "纪检监察举报12388" },
    ]);
  });

  it("keeps short sentences whole and breaks long ones after commas", () => {
    expect(shortLines("各位群众。请注意！", "zh-cn")).toEqual(["各位群众。", "请注意！"]);
    const lines = shortLines(
      "截至目前，张贴各类宣传标语四百五十条，制作宣传横幅一百二十条、宣传板一百八十张，安排宣传车进社区、进农村、进园区共计二百余次。",
      "zh-cn",
    );
    expect(lines.join("")).toBe(
      "截至目前，张贴各类宣传标语四百五十条，制作宣传横幅一百二十条、宣传板一百八十张，安排宣传车进社区、进农村、进园区共计二百余次。",
    );
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(28);
    expect(
      shortLines(
        "Gangs were rooted out. When we all speak up, report what we see, keep records and call the police, gangs have nowhere to hide.",
        "en",
      ),
    ).toEqual([
      "Gangs were rooted out.",
      "When we all speak up, report what we see, keep records and call the police,",
      "gangs have nowhere to hide.",
    ]);
  });

  it("announces the title and headings, says figures as words, and has no markup", () => {
    const script = broadcastScript(source, zhStrings);
    expect(script.split("\n\n")[0]).toBe(
      "各位群众，现在播报一则消息：\n港西镇扎实推进扫黑除恶专项斗争。",
    );
    expect(script).toContain("张贴各类宣传标语四百五十条，");
    expect(script).toContain("发放各类宣传明白纸六千八百份。");
    expect(script).toContain("下面是：举报方式。");
    expect(script).toContain("提示：提醒。\n\n请上一二三三七平台举报。");
    expect(script).toContain("紧急情况拨打一一零。");
    expect(script).toContain("下面是：法律依据。\n\n《刑法》第二百九十四条。");
    expect(script.endsWith("消息来源：荣成市新闻中心。\n\n播报完毕。\n")).toBe(true);
    expect(script).not.toMatch(/[<>]|\d/);
  });
});
