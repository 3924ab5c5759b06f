import { describe, expect, it } from "vitest";
import { fromDecap, sameMeaning, unwrapList, withoutEmpty, wrapList } from "./data-files.ts";

const slogans = `# Slogans for walls.
# Second line.
- id: one
  zh-cn: 扫黑除恶 人人有责
  en: Everyone's duty
  category: general
- id: two
  zh-cn: 守护平安
  en: Keep safe
  category: general
  active: false
`;
const file = "content/data/slogans.yaml";

describe("list data files as Decap sees them", () => {
  it("wraps the list under one key, with switches that are on by default shown on", () => {
    expect(wrapList(slogans, file)).toContain("list:");
    expect(wrapList(slogans, file)).toMatch(/id: one[\s\S]*active: true[\s\S]*active: false/u);
  });

  it("writes back the same file when nothing changed, comments kept", () => {
    expect(unwrapList(wrapList(slogans, file), slogans, file)).toBe(slogans);
    expect(fromDecap(file, wrapList(slogans, file), slogans)).toBe(slogans);
  });

  it("changes only the line that changed", () => {
    const edited = wrapList(slogans, file).replace("守护平安", "守护一方平安");
    expect(fromDecap(file, edited, slogans)).toBe(slogans.replace("守护平安", "守护一方平安"));
  });

  it("leaves out fields Decap wrote empty", () => {
    expect(withoutEmpty({ a: "", b: "x", c: { d: "" }, e: [], f: false })).toEqual({
      b: "x",
      e: [],
      f: false,
    });
    const page = `---\ntitle: 标题\ntranslatedFrom: ""\ndraft: false\n---\n正文\n`;
    expect(fromDecap("content/bulletins/zh-cn/x.md", page, undefined)).toBe(
      `---\ntitle: 标题\ndraft: false\n---\n\n正文\n`,
    );
  });

  it("knows a file Decap only reformatted from one it changed", () => {
    const file = "content/explainers/en/a.md";
    const before = `---\ntitle: "A case"\ndate: 2025-03-18\ntranslatedFrom: 2025-03-18\n---\nText.\n`;
    const reformatted = `---\ntitle: A case\ndate: 2025-03-18\ntranslatedFrom: 2025-03-18\n---\n\nText.\n`;
    expect(sameMeaning(file, before, reformatted)).toBe(true);
    expect(sameMeaning(file, before, reformatted.replace("Text.", "Text!"))).toBe(false);
    expect(sameMeaning(file, undefined, reformatted)).toBe(false);
  });
});
