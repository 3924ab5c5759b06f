import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "astro/zod";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bulletinSchema, explainerSchema, guideSchema, qaSchema } from "../schemas/entries.ts";
import { setMessageLocale } from "../i18n/messages.ts";
import { scaffold, writeBoth, type Kind } from "./scaffold.ts";

const schemas: Record<Kind, z.ZodType> = {
  bulletin: bulletinSchema({ image: () => z.string() } as never),
  explainer: explainerSchema,
  qa: qaSchema,
  guide: guideSchema,
};

const frontmatter = (path: string) =>
  parse(readFileSync(path, "utf8").split(/^---$/mu)[1] ?? "") as Record<string, unknown>;

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "pingan-new-"));
  cpSync(
    new URL("../../tests/fixtures/content/data", import.meta.url),
    join(root, "content/data"),
    {
      recursive: true,
    },
  );
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("npm run new", () => {
  it.each(["bulletin", "explainer", "qa", "guide"] as const)(
    "scaffolds a valid %s and an English draft stub",
    (kind) => {
      const { primary, stub } = scaffold({
        root,
        kind,
        title: "港西镇召开扫黑除恶推进会",
        today: "2026-01-05",
      });
      const zh = frontmatter(primary);
      const en = frontmatter(stub);
      expect(schemas[kind].safeParse(zh).success).toBe(true);
      expect(schemas[kind].safeParse(en).success).toBe(true);
      expect(en["draft"]).toBe(true);
      expect(zh["draft"]).toBeUndefined();
      expect(readFileSync(stub, "utf8")).toMatch(/TODO: translate/u);
    },
  );

  it("makes a dated pinyin file name for news and a plain one for guides and Q&A", () => {
    const news = scaffold({
      root,
      kind: "bulletin",
      title: "港西镇召开推进会",
      today: "2026-01-05",
    });
    expect(news.primary).toBe(
      join(root, "content/bulletins/zh-cn/2026-01-05-gang-xi-zhen-zhao-kai-tui.md"),
    );
    expect(news.stub).toBe(
      join(root, "content/bulletins/en/2026-01-05-gang-xi-zhen-zhao-kai-tui.md"),
    );
    expect(scaffold({ root, kind: "qa", title: "什么是软暴力？", today: "2026-01-05" }).slug).toBe(
      "shen-me-shi-ruan-bao-li",
    );
  });

  it("refuses to overwrite, and writes nothing then", () => {
    const first = scaffold({ root, kind: "guide", title: "如何举报", today: "2026-01-05" });
    writeFileSync(first.primary, "edited");
    expect(() => scaffold({ root, kind: "guide", title: "如何举报", today: "2026-01-06" })).toThrow(
      /文件已经存在/u,
    );
    expect(readFileSync(first.primary, "utf8")).toBe("edited");
  });

  it("writes neither file when the English folder cannot be written, and says why in both languages", () => {
    // The English folder is a link to /proc, where no file can be made (as a read-only folder
    // would be for anyone but root, who may write through chmod).
    mkdirSync(join(root, "content/bulletins"), { recursive: true });
    symlinkSync("/proc", join(root, "content/bulletins/en"));
    let message = "";
    try {
      scaffold({ root, kind: "bulletin", title: "港西镇召开推进会", today: "2026-01-05" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(
      /content\/bulletins\/en\/2026-01-05-gang-xi-zhen-zhao-kai-tui\.md.*两个文件都没有写入。$/u,
    );
    expect(message).not.toContain(".tmp");
    expect(readdirSync(join(root, "content/bulletins/zh-cn"))).toEqual([]);
    setMessageLocale("en");
    try {
      expect(() =>
        scaffold({ root, kind: "bulletin", title: "港西镇召开推进会", today: "2026-01-05" }),
      ).toThrow(/Neither file was written\.$/u);
    } finally {
      setMessageLocale("zh-cn");
    }
  });

  it("removes the first file when the second cannot be put in place", () => {
    const files = [join(root, "a/one.md"), join(root, "b/two.md")];
    mkdirSync(join(root, "b/two.md"), { recursive: true });
    expect(() =>
      writeBoth(root, [
        [files[0] as string, "1"],
        [files[1] as string, "2"],
      ]),
    ).toThrow(/b\/two\.md/u);
    expect(readdirSync(join(root, "a"))).toEqual([]);
    expect(readdirSync(join(root, "b/two.md"))).toEqual([]);
  });

  it("refuses an empty title", () => {
    expect(() => scaffold({ root, kind: "qa", title: "  ", today: "2026-01-05" })).toThrow(
      /标题是空的/u,
    );
  });
});
