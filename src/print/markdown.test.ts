import { describe, expect, it } from "vitest";
import { markdownBlocks } from "./markdown.ts";

describe("markdownBlocks", () => {
  it("keeps headings, paragraphs and list items in reading order, as plain text", () => {
    const body = [
      "import Aside from '../x.astro';",
      "",
      "本案为**说明性**案例。",
      "",
      "## 法律怎么说",
      "",
      "四个特征：",
      "",
      "- 组织特征：人数较多。",
      "- 经济特征：见[刑法](https://example.org/)。",
      "",
      "只具备一部分的，",
      "不能认定。",
      "",
      '<Aside title="什么是软暴力">软暴力靠滋扰、纠缠。</Aside>',
    ].join("\n");
    expect(markdownBlocks(body)).toEqual([
      { kind: "paragraph", text: "本案为说明性案例。" },
      { kind: "heading", text: "法律怎么说" },
      { kind: "paragraph", text: "四个特征：" },
      { kind: "item", text: "组织特征：人数较多。" },
      { kind: "item", text: "经济特征：见刑法。" },
      { kind: "paragraph", text: "只具备一部分的， 不能认定。" },
      { kind: "heading", text: "什么是软暴力" },
      { kind: "paragraph", text: "软暴力靠滋扰、纠缠。" },
    ]);
  });
});
