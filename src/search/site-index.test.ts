import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENTRY, mergeEntries, startSiteIndex } from "./site-index.ts";

const entry = (languages: Record<string, unknown>) =>
  JSON.stringify({ version: "1.6.0", languages, include_characters: ["_"] });

describe("mergeEntries", () => {
  it("lists every section's languages in Pagefind's order, as one index over the site would", () => {
    const zh = { hash: "zh-cn_1", wasm: null, page_count: 2 };
    const en = { hash: "en_2", wasm: "en", page_count: 3 };
    const merged = mergeEntries([
      { section: "zh-cn", json: entry({ "zh-cn": zh }) },
      { section: "en", json: entry({ en }) },
      { section: "fr", json: entry({}) },
    ]);
    expect(merged).toBe(entry({ en, "zh-cn": zh }));
  });

  it("refuses a language that two sections both wrote, naming both", () => {
    expect(() =>
      mergeEntries([
        { section: "zh-cn", json: entry({ "zh-cn": {} }) },
        { section: "en", json: entry({ "zh-cn": {} }) },
      ]),
    ).toThrow(/"zh-cn" and "en" have <html lang> "zh-cn"/);
  });
});

describe("startSiteIndex", () => {
  it("indexes each section on its own thread and merges the sections' languages", async () => {
    const out = await mkdtemp(join(tmpdir(), "pingan-site-index-"));
    try {
      const index = startSiteIndex(["zh-cn", "en"], out);
      const page = (lang: string, n: number) =>
        `<!DOCTYPE html><html lang="${lang}"><head><title>${n}</title></head>` +
        `<body><main data-pagefind-body><h1>第${n}页</h1><p>扫黑除恶 page ${n}</p></main></body></html>`;
      for (let n = 0; n < 200; n++) {
        index.add("zh-cn", `/p${n}/`, page("zh-CN", n));
        index.add("en", `/en/p${n}/`, page("en", n));
      }
      const summaries = await index.finish();
      expect(summaries.map(({ section, pages }) => [section, pages])).toEqual([
        ["zh-cn", 200],
        ["en", 200],
      ]);
      const merged = JSON.parse(await readFile(join(out, "pagefind", ENTRY), "utf8")) as {
        languages: Record<string, unknown>;
      };
      expect(Object.keys(merged.languages)).toEqual(["en", "zh-cn"]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60_000);
});
