/**
 * `npm run import`: one file in (text, Markdown, web page or Word), one entry (with its images
 * and, for a bulletin, a ledger proposal beside it) out. Node-only. Every refusal comes before
 * anything is written, and writing is all or nothing (files.ts): nothing typed is lost.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import type { Locale } from "../i18n/locales.ts";
import { cleanArticle, type CleanArticle } from "./clean.ts";
import { InputError } from "./decode.ts";
import { findDuplicate } from "./duplicates.ts";
import { plannedFolders, writeAll, type PlannedFile } from "./files.ts";
import { t, type Note } from "./notes.ts";
import { PLACEHOLDER, PLACEHOLDER_EN } from "./placeholders.ts";
import { datedSlug, titleSlug } from "./slug.ts";
import { formatOf, markupNotes, readSource, type Format } from "./source.ts";
import {
  bulletinMarkdown,
  COLLECTIONS,
  ledgerYaml,
  otherEntryMarkdown,
  type EntryKind,
  type LedgerProposal,
} from "./write.ts";

export interface ImportOptions {
  input: Uint8Array;
  /** The file name (or "standard input"), for messages. */
  inputName: string;
  /** Read from standard input: plain text, whatever the name. */
  stdin?: boolean;
  locale: Locale;
  /** What to make; a bulletin unless told. */
  kind?: EntryKind;
  /** Where to write; content/<collection>/<locale>/ under `root` unless told. */
  outDir?: string | undefined;
  /** The project: its content/ is searched for duplicates. Default: the working folder. */
  root?: string;
  force: boolean;
  today: string;
  /** Reads an image a text or page names by a relative address. */
  readLocal?: (src: string) => Uint8Array | undefined;
}

export interface ImportOutcome {
  article: CleanArticle;
  /** Notes about reading the file (encoding, markup), then the article's own. */
  notes: Note[];
  slug: string;
  kind: EntryKind;
  format: Format;
  readAs: string;
  /** The entry's path: printed last. */
  bulletinPath: string;
  ledgerPath?: string;
  imagePaths: string[];
}

// The national campaign began in January 2018; "截至目前" (so far) figures count from then.
const CAMPAIGN_START = "2018-01-01";
/** Text above this asks for --force: no news report is this long, and every build pays for it. */
export const MAX_TEXT_BYTES = 200 * 1024;
/** Dropping more than this share of the text asks for --force. */
export const MAX_DROPPED = 0.05;

export async function importArticle(options: ImportOptions): Promise<ImportOutcome> {
  const kind = options.kind ?? "bulletin";
  const name = options.inputName;
  const format = formatOf(name, options.stdin ?? false);
  const collection = COLLECTIONS[kind];
  const root = options.root ?? ".";
  const outDir = options.outDir ?? join(root, "content", collection, options.locale);
  // A folder that cannot be written is refused before the file is even read.
  const folders = plannedFolders(outDir);
  const source = await readSource(options.input, name, format, options.readLocal);
  const notes: Note[] = [
    {
      level: "info",
      text: t(`读取为 ${source.readAs}`, `read as ${source.readAs}`),
    },
    ...source.notes,
    ...markupNotes(source.removed),
  ];

  const textBytes = Buffer.byteLength(source.lines.join("\n"));
  if (textBytes > MAX_TEXT_BYTES && !options.force) {
    const kb = Math.round(textBytes / 1024);
    throw new InputError(
      t(
        `${name} 有 ${kb} KB 文字，超过一篇稿件的上限 200 KB：这么长的不会是一篇新闻，多半是整本文件或多篇合在一起，而且每次生成网站都要为它付出时间（一个 20 MB 的文件曾让生成用了 645 秒）。什么也没有写入；请只导入一篇文章，或拆分后分别导入；确实要导入整篇，请加 --force。`,
        `${name} holds ${kb} KB of text, over the 200 KB a bulletin may have: no news report is that long (it is likely a whole document or several articles), and every build of the site pays for it (a 20 MB file once made a build take 645 s). Nothing was written; import one article, or split it and import the parts; to import it whole anyway, add --force.`,
      ),
    );
  }

  const article = cleanArticle(source.lines.join("\n"), {
    today: options.today,
    simplify: options.locale === "zh-cn",
  });
  notes.push(...article.notes);
  if (article.paragraphs.length === 0) {
    throw new InputError(
      t(
        `${name} 只有标题，没有正文：没有可导入的内容。`,
        `${name} has a title but no article text: nothing to import.`,
      ),
    );
  }
  const total = article.droppedChars + article.keptChars;
  if (total > 0 && article.droppedChars / total > MAX_DROPPED && !options.force) {
    const share = ((100 * article.droppedChars) / total).toFixed(1);
    const items = article.droppedItems.map((item) => `\n  “${item}”`).join("");
    throw new InputError(
      t(
        `${name}：会去掉 ${article.droppedChars} 字（全文的 ${share}%，超过 5%），其中可能有正文：${items}\n什么也没有写入；如果去掉的确实都是网站的页面元素，请加 --force。`,
        `${name}: ${article.droppedChars} characters would be dropped (${share}% of the text, over 5%), which may be article text:${items}\nNothing was written; if all of it is site chrome, add --force.`,
      ),
    );
  }

  const duplicate = findDuplicate(root, collection, article.title, article.paragraphs.join("\n"));
  if (duplicate && !options.force) {
    const why =
      duplicate.match === "title"
        ? t("标题相同", "the same title")
        : t(
            `正文 ${Math.round(duplicate.match * 100)}% 相同`,
            `${Math.round(duplicate.match * 100)}% of the text the same`,
          );
    throw new InputError(
      t(
        `${name} 已经发布过：与 ${duplicate.path} ${why["zh-cn"]}。什么也没有写入；请改那篇文章，或确认不是同一篇后加 --force 导入。`,
        `${name} is already published: ${why.en} as ${duplicate.path}. Nothing was written; edit that file instead, or if it is a different report, add --force.`,
      ),
    );
  }

  // Bulletins and explainers are dated news; guides and Q&A keep a stable address.
  const dated = kind === "bulletin" || kind === "explainer";
  const slug = dated ? datedSlug(article.date, article.title) : titleSlug(article.title);
  if (slug === "") {
    throw new InputError(
      t(
        `${name}：标题“${article.title}”中没有汉字或字母，无法取文件名。请在文件第一行写上标题后再导入。`,
        `${name}: the title “${article.title}” has no Chinese characters or letters to make a file name from. Put the headline on the first line and import again.`,
      ),
    );
  }
  const entryPath = join(outDir, `${slug}.md`);
  const ledgerPath = join(outDir, `${slug}.ledger.yaml`);
  const writesLedger = kind === "bulletin" && article.figures.length > 0;
  if (kind !== "bulletin" && article.figures.length > 0) {
    notes.push({
      level: "info",
      text: t(
        `文中有 ${article.figures.length} 个宣传数字；只有工作动态会生成台账建议，这里没有生成`,
        `the text has ${article.figures.length} publicity figures; only bulletins get a ledger proposal, so none was written`,
      ),
    });
  }
  if (kind !== "bulletin" && article.authors.length > 0) {
    notes.push({
      level: "warning",
      text: t(
        `署名 ${article.authors.map((a) => a.name).join("、")} 已从正文移出；${kind} 没有 authors 字段，如需要请写进正文`,
        `bylines ${article.authors.map((a) => a.name).join(", ")} were taken out of the text; a ${kind} has no authors field: write them into the text if wanted`,
      ),
    });
  }

  // Images: saved beside the entry; a bulletin's first is its cover.
  const images = source.images.map((image, index) => ({
    image,
    file: `${slug}-${index + 1}.${image.ext}`,
  }));
  let cover: { file: string; alt: string } | undefined;
  const paragraphs = article.paragraphs.flatMap((paragraph) => {
    const match = /^!\[([^\]]*)\]\(image:(\d+)\)$/u.exec(paragraph);
    if (!match) {
      return [
        paragraph.replace(/!\[([^\]]*)\]\(image:(\d+)\)/gu, (_, alt: string, n: string) =>
          imageRef(alt, n),
        ),
      ];
    }
    const [, alt = "", n = ""] = match;
    const file = images[Number(n)]?.file ?? "";
    if (kind === "bulletin" && cover === undefined) {
      cover = { file, alt: alt || PLACEHOLDER };
      return [];
    }
    return [imageRef(alt, n)];
  });
  function imageRef(alt: string, n: string): string {
    return `![${alt || PLACEHOLDER}](./${images[Number(n)]?.file ?? ""})`;
  }
  if (images.length > 0) {
    const missingAlt = images.filter(({ image }) => !image.alt).length;
    notes.push({
      level: missingAlt > 0 ? "warning" : "info",
      text: t(
        `保存了 ${images.length} 张图片（${images.map((i) => i.file).join("、")}）${cover ? `，第一张作为封面` : ""}${missingAlt > 0 ? `；${missingAlt} 张没有说明文字，替代文字写了“${PLACEHOLDER}”，请为看不见图片的读者描述它` : ""}`,
        `saved ${images.length} images (${images.map((i) => i.file).join(", ")})${cover ? "; the first is the cover" : ""}${missingAlt > 0 ? `; ${missingAlt} have no caption, so their alt text is “${PLACEHOLDER}”: describe them for readers who cannot see them` : ""}`,
      ),
    });
  }
  const data = { ...article, ...(cover ? { cover: `./${cover.file}`, coverAlt: cover.alt } : {}) };
  const text =
    kind === "bulletin"
      ? bulletinMarkdown(data, paragraphs)
      : otherEntryMarkdown(kind, data, paragraphs, firstLaw(root));

  const files: PlannedFile[] = [
    { path: entryPath, data: text },
    ...images.map(({ image, file }) => ({ path: join(outDir, file), data: image.data })),
  ];
  if (writesLedger) {
    files.push({
      path: ledgerPath,
      data: ledgerYaml(ledgerHeader(slug), ledgerProposals(article, `${options.locale}/${slug}`)),
    });
  }
  const targets = [...files.map((file) => file.path), join(outDir, `${slug}.mdx`)];
  const existing = targets.filter((path) => existsSync(path));
  if (existing.length > 0 && !options.force) {
    throw new InputError(
      t(
        `已经有这些文件：${existing.join("、")}。什么也没有写入；要替换请加 --force，或用 --out 写到别处。`,
        `already there: ${existing.join(", ")}. Nothing was written; use --force to replace, or --out to write elsewhere.`,
      ),
    );
  }
  writeAll(folders, files, options.force);
  return {
    article,
    notes,
    slug,
    kind,
    format,
    readAs: source.readAs,
    bulletinPath: entryPath,
    ...(writesLedger ? { ledgerPath } : {}),
    imagePaths: images.map(({ file }) => join(outDir, file)),
  };
}

/** The first law in content/data/laws.yaml: an explainer must cite one that exists. */
function firstLaw(root: string): string {
  const path = join(root, "content/data/laws.yaml");
  if (!existsSync(path)) return "criminal-law";
  const laws = parse(readFileSync(path, "utf8")) as { id?: unknown }[] | null;
  const id = Array.isArray(laws) ? laws[0]?.id : undefined;
  return typeof id === "string" ? id : "criminal-law";
}

function ledgerHeader(slug: string): string[] {
  return [
    `PROPOSAL, not content: figures read from ${slug}.md by npm run import.`,
    "Check each count, kind and period against the text, fill in the English place, then move",
    "the entries into content/data/ledger.yaml and delete this file.",
    "The period is read from the dates in the text: periodStart is the campaign start",
    "(2018-01-01) where the text says 截至/以来; 待填写 where the text gives no date.",
  ];
}

const kebab = (kind: string) => kind.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);

/** The period the figures count: from the text's dates, never today. */
export function ledgerPeriod(article: CleanArticle): { start: string; end: string } {
  const cumulative = /截至|以来/u.test(article.paragraphs.join(""));
  const dates = [...article.textDates].sort();
  const end = article.dateUncertain ? (dates.at(-1) ?? PLACEHOLDER) : article.date;
  if (end === PLACEHOLDER) return { start: cumulative ? CAMPAIGN_START : PLACEHOLDER, end };
  if (cumulative && CAMPAIGN_START < end) return { start: CAMPAIGN_START, end };
  const earliest = dates.find((date) => date <= end);
  return { start: earliest ?? end, end };
}

export function ledgerProposals(article: CleanArticle, bulletinId: string): LedgerProposal[] {
  const period = ledgerPeriod(article);
  const slug = bulletinId.slice(bulletinId.indexOf("/") + 1);
  const used = new Map<string, number>();
  return article.figures.map((figure) => {
    const base = `${slug}-${kebab(figure.kind)}`;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return {
      id: seen === 1 ? base : `${base}-${seen}`,
      periodStart: period.start,
      periodEnd: period.end,
      place: { "zh-cn": article.place, en: PLACEHOLDER_EN },
      kind: figure.kind,
      count: figure.count,
      ...(figure.atLeast ? { atLeast: true as const } : {}),
      source: `${article.title}（${article.source}）：${figure.quote}`,
      bulletin: bulletinId,
    };
  });
}
