import iconv from "iconv-lite";
import { GANGXI_FIGURES } from "./fixtures/gangxi-figures.ts";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "astro/zod";
import { format } from "prettier";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { setMessageLocale } from "../i18n/messages.ts";
import { parse } from "yaml";
import { ledgerEntrySchema } from "../schemas/data.ts";
import { bulletinSchema } from "../schemas/entries.ts";
import { importArticle, type ImportOptions } from "./run.ts";

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url));
const bulletin = bulletinSchema({ image: () => z.string() } as never);

function split(markdown: string): { frontmatter: Record<string, unknown>; paragraphs: string[] } {
  const [, yaml = "", body = ""] = markdown.split(/^---$/mu);
  return {
    frontmatter: parse(yaml) as Record<string, unknown>,
    paragraphs: body
      .trim()
      .split(/\n\s*\n/u)
      .map((paragraph) => paragraph.replace(/\s+$/u, "")),
  };
}

let out: string;
let root: string;
beforeAll(() => setMessageLocale("en"));
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), "pingan-import-"));
  root = mkdtempSync(join(tmpdir(), "pingan-root-"));
});
afterEach(() => {
  rmSync(out, { recursive: true, force: true });
  rmSync(root, { recursive: true, force: true });
});

const options = (input: Uint8Array, extra: Partial<ImportOptions> = {}): ImportOptions => ({
  input,
  inputName: "seed.txt",
  locale: "zh-cn",
  outDir: out,
  root,
  force: false,
  today: "2026-01-05",
  ...extra,
});

describe.each([
  {
    seed: "000_8e7cf970b88832dd",
    slug: "2026-01-05-fu-jian-yi-geng-da-li",
    title: "福建：以更大力度推动扫黑除恶专项斗争向纵深发展",
    source: "待填写",
    authors: [
      { role: "reporter", name: "何祖谋" },
      { role: "reporter", name: "李柯" },
    ],
  },
  {
    seed: "004_d78f8aab153aedac",
    slug: "2026-01-05-gang-xi-zhen-duo-cuo-bing",
    title: "港西镇多措并举扎实推进扫黑除恶专项斗争",
    source: "荣成市新闻中心",
    authors: undefined,
  },
])("importing seed $seed", ({ seed, slug, title, source, authors }) => {
  it("gives the hand-cleaned body and the expected frontmatter", async () => {
    const outcome = await importArticle(options(fixture(`${seed}.txt`)));
    expect(outcome.bulletinPath).toBe(join(out, `${slug}.md`));
    const written = split(readFileSync(outcome.bulletinPath, "utf8"));
    const expected = split(fixture(`${seed}.expected.txt`).toString("utf8"));
    expect(written.paragraphs).toEqual(expected.paragraphs);
    expect(written.frontmatter).toMatchObject({
      title,
      source,
      dateUncertain: true,
      date: "2026-01-05",
    });
    expect(written.frontmatter["title"]).toBe(expected.frontmatter["title"]);
    expect(written.frontmatter["authors"]).toEqual(authors);
    expect(bulletin.safeParse(written.frontmatter).success).toBe(true);
  });

  it("loses no Chinese character of the article", async () => {
    const outcome = await importArticle(options(fixture(`${seed}.txt`)));
    const written = readFileSync(outcome.bulletinPath, "utf8");
    const expected = fixture(`${seed}.expected.txt`).toString("utf8").split(/^---$/mu)[2] ?? "";
    const han = (text: string) => text.match(/\p{Script=Han}/gu)?.join("") ?? "";
    expect(han(written)).toContain(han(expected));
  });
});

describe("ledger proposal", () => {
  it("proposes the Gangxi figures beside the bulletin, valid and formatted", async () => {
    const outcome = await importArticle(options(fixture("004_d78f8aab153aedac.txt")));
    expect(outcome.ledgerPath).toBe(join(out, "2026-01-05-gang-xi-zhen-duo-cuo-bing.ledger.yaml"));
    const text = readFileSync(outcome.ledgerPath ?? "", "utf8");
    expect(text).toMatch(/^# PROPOSAL, not content/u);
    expect(text).toContain("content/data/ledger.yaml");
    expect(await format(text, { parser: "yaml", printWidth: 100 })).toBe(text);
    const entries = parse(text) as Record<string, unknown>[];
    expect(entries.map((e) => [e["kind"], e["count"], e["atLeast"] ?? false])).toEqual(
      GANGXI_FIGURES,
    );
    for (const entry of entries) {
      // The text gives no full date: the period's end is left to fill in, never today.
      expect(entry["periodEnd"]).toBe("待填写");
      const parsed = ledgerEntrySchema.parse({ ...entry, periodEnd: "2019-06-30" });
      expect(parsed.bulletin).toEqual({
        collection: "bulletins",
        id: "zh-cn/2026-01-05-gang-xi-zhen-duo-cuo-bing",
      });
      expect(parsed.periodStart).toEqual(new Date("2018-01-01"));
    }
    expect(new Set(entries.map((e) => e["id"])).size).toBe(entries.length);
  });

  it("writes no proposal when the text states no figures", async () => {
    const outcome = await importArticle(options(fixture("000_8e7cf970b88832dd.txt")));
    expect(outcome.ledgerPath).toBeUndefined();
    expect(readdirSync(out)).toEqual(["2026-01-05-fu-jian-yi-geng-da-li.md"]);
  });
});

describe("refusals", () => {
  it("never overwrites without --force, and writes nothing when it refuses", async () => {
    const seed = fixture("004_d78f8aab153aedac.txt");
    const { bulletinPath } = await importArticle(options(seed));
    writeFileSync(bulletinPath, "edited by hand");
    await expect(importArticle(options(seed))).rejects.toThrow(/already there: .*\.md.*--force/u);
    expect(readFileSync(bulletinPath, "utf8")).toBe("edited by hand");
    await importArticle(options(seed, { force: true }));
    expect(readFileSync(bulletinPath, "utf8")).toMatch(/^---\ntitle: "港西镇/u);
  });

  it.each([
    ["empty", new Uint8Array(), /empty/u],
    ["a zip", new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]), /zip archive.*\.docx/u],
    ["binary", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), /binary/u],
    [
      "too short to tell GB18030 from Big5",
      new Uint8Array(iconv.encode("扫黑除恶", "gbk")),
      /candidates GB18030.*Big5/u,
    ],
    ["a title alone", new TextEncoder().encode("港西镇多措并举\n"), /no article text/u],
  ])("refuses %s input and writes nothing", async (_name, input, message) => {
    await expect(importArticle(options(input))).rejects.toThrow(message);
    expect(readdirSync(out)).toEqual([]);
  });
});
