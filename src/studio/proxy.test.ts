import { describe, expect, it } from "vitest";
import { asDraft } from "./actions.ts";
import {
  assetBesideEntry,
  contentPath,
  describeChange,
  imagesBesideEntry,
  problemsMessage,
} from "./proxy.ts";

describe("the studio's proxy backend", () => {
  it("only touches files under content/", () => {
    expect(contentPath("content/data/slogans.yaml")).toBe("content/data/slogans.yaml");
    expect(contentPath("./content\\bulletins\\zh-cn\\a.md")).toBe("content/bulletins/zh-cn/a.md");
    for (const bad of ["package.json", "content/../package.json", "../content/x", "/etc/passwd"]) {
      expect(() => contentPath(bad)).toThrow(/content\//u);
    }
  });

  it("says in Chinese what a save changed, and in which file", () => {
    expect(
      describeChange(
        "content/bulletins/zh-cn/a.md",
        undefined,
        "---\ntitle: 示例镇召开会议\n---\n正文\n",
      ),
    ).toBe("新建 工作动态《示例镇召开会议》（content/bulletins/zh-cn/a.md）");
    expect(
      describeChange(
        "content/data/slogans.yaml",
        "- id: a\n  zh-cn: 甲\n",
        "- id: a\n  zh-cn: 乙\n- id: b\n  zh-cn: 丙\n",
      ),
    ).toBe("宣传标语：新增 b；修改 a（content/data/slogans.yaml）");
    expect(describeChange("content/print/en/poster.yaml", "kind: poster\nname: x\n", null)).toBe(
      "删除 宣传物料（content/print/en/poster.yaml）",
    );
  });

  it("names the field of a refused save in Chinese", () => {
    expect(
      problemsMessage([
        {
          level: "error",
          group: "schemas",
          file: "content/bulletins/zh-cn/a.md",
          field: "place",
          message: { "zh-cn": "是空的：请填写地点", en: "empty" },
        },
      ]),
    ).toBe(
      "没有保存，请先改正：\n工作动态 content/bulletins/zh-cn/a.md 的“地点”（place）：是空的：请填写地点",
    );
  });

  it("keeps an uploaded image beside the entry that names it, as ./name", () => {
    expect(imagesBesideEntry("---\ntitle: x\ncover: photo.jpg\ncoverAlt: y\n---\n")).toBe(
      "---\ntitle: x\ncover: ./photo.jpg\ncoverAlt: y\n---\n",
    );
    expect(imagesBesideEntry("cover: ./photo.jpg\n")).toBe("cover: ./photo.jpg\n");
    expect(imagesBesideEntry("cover: https://example.org/a.jpg\n")).toBe(
      "cover: https://example.org/a.jpg\n",
    );
    const entry = {
      path: "content/bulletins/zh-cn/a.md",
      bytes: Buffer.from("---\ncover: ./photo.jpg\n---\n"),
    };
    expect(assetBesideEntry("content/bulletins/photo.jpg", [entry])).toBe(
      "content/bulletins/zh-cn/photo.jpg",
    );
    expect(assetBesideEntry("content/bulletins/other.jpg", [entry])).toBe(
      "content/bulletins/other.jpg",
    );
  });

  it("saves an imported bulletin as a draft", () => {
    expect(asDraft("---\ntitle: x\n---\n\nbody\n")).toBe(
      "---\ntitle: x\ndraft: true\n---\n\nbody\n",
    );
    expect(asDraft("---\ntitle: x\ndraft: true\n---\n")).toBe("---\ntitle: x\ndraft: true\n---\n");
  });
});
