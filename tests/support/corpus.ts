/**
 * A synthetic but realistic corpus: bulletins whose paragraphs are sentences drawn (with a
 * seeded generator, so runs repeat) from the shipped sample content, plus a unique case number
 * and name on each page, so queries find one page, many pages or none.
 */
import { readdirSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function bodies(contentDir: string, locale: string): string[] {
  const texts: string[] = [];
  for (const collection of ["bulletins", "explainers", "qa", "guides", "pages"]) {
    const dir = join(contentDir, collection, locale);
    for (const file of readdirSync(dir)) {
      const raw = readFileSync(join(dir, file), "utf8");
      texts.push(raw.replace(/^---[\s\S]*?---/, ""));
    }
  }
  return texts;
}

/** Plain sentences from the sample content, without Markdown or MDX markup. */
export function sentences(contentDir: string, locale: "zh-cn" | "en"): string[] {
  const split = locale === "en" ? /(?<=[.!?])\s+/ : /(?<=[。！？；])/;
  return bodies(contentDir, locale)
    .flatMap((body) =>
      body
        .replace(/<[^>]+>/g, "")
        .replace(/^#+ .*$/gm, "")
        .replace(/^\s*(?:[-*]|\d+\.)\s+/gm, "")
        .replace(/[*_`>]/g, "")
        .split(/\n+/),
    )
    .flatMap((line) => line.split(split))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= (locale === "en" ? 30 : 12));
}

const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";

export interface CorpusOptions {
  contentDir: string;
  /** Bulletins per locale. */
  pages: { "zh-cn": number; en: number };
  /** Characters (zh) or words (en) of body text per page, roughly. */
  length: { "zh-cn": number; en: number };
  seed?: number;
}

/** Writes generated bulletins into `<contentDir>/bulletins/<locale>/gen-<n>.md`. */
export async function writeCorpus(options: CorpusOptions): Promise<void> {
  const next = random(options.seed ?? 20261122);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  for (const locale of ["zh-cn", "en"] as const) {
    const pool = sentences(options.contentDir, locale);
    const dir = join(options.contentDir, "bulletins", locale);
    await mkdir(dir, { recursive: true });
    for (let n = 1; n <= options.pages[locale]; n++) {
      const paragraphs: string[] = [];
      let size = 0;
      while (size < options.length[locale]) {
        const paragraph: string[] = [];
        for (let s = 0; s < 3 + Math.floor(next() * 3); s++) paragraph.push(pick(pool));
        const text = paragraph.join(locale === "en" ? " " : "");
        paragraphs.push(text);
        size += locale === "en" ? text.split(/\s+/).length : text.length;
      }
      const year = 2019 + (n % 7);
      const date = `${year}-${String((n % 12) + 1).padStart(2, "0")}-${String((n % 27) + 1).padStart(2, "0")}`;
      const person = `${SURNAMES[n % SURNAMES.length] ?? "王"}某${n}`;
      const title =
        locale === "en"
          ? `Bulletin ${n}: ${pick(pool).split(/\s+/).slice(0, 6).join(" ")}`
          : `第${n}期工作动态：${pick(pool).slice(0, 14)}`;
      const lead =
        locale === "en"
          ? `Case number PA-${100000 + n} concerns ${person}.`
          : `线索编号${100000 + n}，涉及${person}。`;
      await writeFile(
        join(dir, `gen-${n}.md`),
        [
          "---",
          `title: ${JSON.stringify(title)}`,
          `date: ${date}`,
          `place: ${JSON.stringify(locale === "en" ? "Sample Town" : "示例镇")}`,
          `source: ${JSON.stringify(locale === "en" ? "Generated test corpus" : "测试语料")}`,
          `summary: ${JSON.stringify(lead)}`,
          "---",
          "",
          lead,
          "",
          ...paragraphs.flatMap((p) => [p, ""]),
        ].join("\n"),
      );
    }
  }
}
