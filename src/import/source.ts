/**
 * Reading the file to import in its own format: plain text (.txt, or standard input), Markdown
 * (.md), web pages (.html/.htm) and Word files (.docx, through mammoth). Each becomes Markdown
 * lines, the images they hold, and a count of the markup that was dropped. Text that carries
 * HTML (pasted from a page with its tags) is read as a page, so nothing in it is published as
 * markup.
 */
import mammoth from "mammoth";
import { parse } from "yaml";
import { decodeInput, InputError } from "./decode.ts";
import {
  emptyRemoved,
  htmlToLines,
  looksLikeMarkup,
  markdownLinks,
  type ImportedImage,
  type MarkupOptions,
  type Removed,
} from "./markup.ts";
import { t, type Note } from "./notes.ts";

export type Format = "text" | "markdown" | "html" | "docx";

export interface Source {
  /** Markdown lines; images as `![alt](image:N)`. */
  lines: string[];
  images: ImportedImage[];
  removed: Removed;
  /** What was read: the encoding, or "Word (.docx)". */
  readAs: string;
  notes: Note[];
}

const FORMATS: Record<string, Format> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  docx: "docx",
};

/** The format a file name says, or a refusal that names what is accepted. */
export function formatOf(name: string, stdin: boolean): Format {
  if (stdin) return "text";
  const ext = /\.([^./\\]+)$/u.exec(name)?.[1]?.toLowerCase() ?? "";
  const format = FORMATS[ext];
  if (format) return format;
  if (ext === "doc" || ext === "wps" || ext === "rtf" || ext === "odt") {
    throw new InputError(
      t(
        `${name}：不能直接导入 .${ext} 文件。请在 Word 或 WPS 中“另存为”Word 文档（.docx）后导入。`,
        `${name}: .${ext} files cannot be imported. Open it in Word or WPS, "Save as" a Word document (.docx), and import that.`,
      ),
    );
  }
  if (ext === "") return "text";
  throw new InputError(
    t(
      `${name}：不认识的文件类型 .${ext}。可导入 .txt、.md、.html/.htm 和 .docx；如果它其实是文本，请把扩展名改为 .txt。`,
      `${name}: unknown file type .${ext}. Import .txt, .md, .html/.htm or .docx; if it is text, rename it to .txt.`,
    ),
  );
}

export async function readSource(
  bytes: Uint8Array,
  name: string,
  format: Format,
  readLocal?: MarkupOptions["readLocal"],
): Promise<Source> {
  if (format === "docx") return readDocx(bytes, name);
  const decoded = decodeInput(bytes, name);
  const notes: Note[] = [];
  if (format === "markdown") decoded.text = frontmatterAsLines(decoded.text, notes);
  let lines: string[];
  let images: ImportedImage[] = [];
  let removed = emptyRemoved();
  if (format === "html" || looksLikeMarkup(decoded.text)) {
    const page = htmlToLines(decoded.text, { keepNewlines: format !== "html", readLocal });
    ({ lines, images, removed } = page);
    if (format !== "html") {
      notes.push({
        level: "info",
        text: t(
          "文本中带有网页标记（HTML），按网页读取：只保留段落、标题、列表、强调、链接和图片",
          "the text carries web-page markup (HTML) and was read as a page: only paragraphs, headings, lists, emphasis, links and images are kept",
        ),
      });
    }
    if (page.pageTitle) {
      const title = page.pageTitle.split(/\s*[_|｜]\s*|\s+[-–—]\s+/u)[0] ?? page.pageTitle;
      lines.unshift(title);
      notes.push({
        level: "info",
        text: t(
          `页面没有 <h1>：标题取自 <title>“${page.pageTitle}”`,
          `the page has no <h1>: the headline is from its <title> “${page.pageTitle}”`,
        ),
      });
    }
  } else {
    lines = decoded.text.split("\n");
  }
  const result = { images, removed };
  lines = markdownLinks(lines, result, readLocal);
  return { lines, images: result.images, removed, readAs: decoded.encoding, notes };
}

async function readDocx(bytes: Uint8Array, name: string): Promise<Source> {
  let html: string;
  const notes: Note[] = [];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        styleMap: [
          "p[style-name='caption'] => p.caption:fresh",
          "p[style-name='Caption'] => p.caption:fresh",
          "p[style-name='题注'] => p.caption:fresh",
          "p[style-name='Title'] => h1:fresh",
          "p[style-name='标题'] => h1:fresh",
        ],
      },
    );
    html = result.value;
    const warnings = result.messages.filter((m) => m.type === "warning" || m.type === "error");
    if (warnings.length > 0) {
      notes.push({
        level: "info",
        text: t(
          `Word 文件中有 ${warnings.length} 处格式没有转换（只保留文字）：${warnings
            .slice(0, 3)
            .map((m) => m.message)
            .join("；")}`,
          `${warnings.length} pieces of Word formatting were not converted (their text is kept): ${warnings
            .slice(0, 3)
            .map((m) => m.message)
            .join("; ")}`,
        ),
      });
    }
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new InputError(
      t(
        `${name} 不是可读取的 Word 文件（.docx）：${why}。如果它是旧版 .doc 或 WPS 文件，请在 Word 或 WPS 中“另存为”.docx 后导入。`,
        `${name} is not a readable Word file (.docx): ${why}. If it is an old .doc or a WPS file, "Save as" .docx in Word or WPS and import that.`,
      ),
    );
  }
  const page = htmlToLines(html);
  const result = { images: page.images, removed: page.removed };
  const lines = markdownLinks(page.lines, result);
  return { lines, images: result.images, removed: page.removed, readAs: "Word (.docx)", notes };
}

const FRONTMATTER = /^---\n([\s\S]*?)\n---(?:\n|$)/u;

/**
 * A Markdown file's frontmatter as the lines a copied report has: the title first, then
 * 来源 and 发布时间, so the rest of the import reads them as it reads any report. Other fields
 * are listed in a note, since they are not carried over.
 */
function frontmatterAsLines(text: string, notes: Note[]): string {
  const match = FRONTMATTER.exec(text);
  if (!match) return text;
  let data: unknown;
  try {
    data = parse(match[1] ?? "");
  } catch {
    return text;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) return text;
  const fields = data as Record<string, unknown>;
  const value = (key: string) => {
    const found = fields[key];
    if (found instanceof Date) return found.toISOString().slice(0, 10);
    return typeof found === "string" || typeof found === "number" ? String(found) : undefined;
  };
  const title = value("title") ?? value("question");
  const source = value("source");
  const date = value("date") ?? value("updated");
  const used = new Set(["title", "question", "source", "date", "updated"]);
  const left = Object.keys(fields).filter((key) => !used.has(key));
  if (left.length > 0) {
    notes.push({
      level: "warning",
      text: t(
        `文件头中的这些字段没有沿用，请需要时重新填写：${left.join("、")}`,
        `these frontmatter fields were not carried over; fill them in again if wanted: ${left.join(", ")}`,
      ),
    });
  }
  const head = [
    ...(title ? [title] : []),
    ...(source ? [`来源：${source}`] : []),
    ...(date ? [`发布时间：${date}`] : []),
  ];
  return [...head, text.slice(match[0].length)].join("\n");
}

/** Notes on what markup was dropped, and which images could not be used. */
export function markupNotes(removed: Removed): Note[] {
  const notes: Note[] = [];
  const counts: [number, string, string][] = [
    [removed.scripts, "脚本", "scripts"],
    [removed.styles, "样式表", "style sheets"],
    [removed.meta, "meta/link 标签", "meta/link tags"],
    [removed.events, "事件属性（onclick 等）", "event attributes (onclick …)"],
    [removed.embeds, "嵌入的框架、表单或播放器", "embedded frames, forms or players"],
    [removed.comments, "HTML 注释", "HTML comments"],
  ];
  const present = counts.filter(([count]) => count > 0);
  if (present.length > 0) {
    notes.push({
      level: "info",
      text: t(
        `去掉了网页标记：${present.map(([n, zh]) => `${zh} ${n} 个`).join("，")}`,
        `dropped markup: ${present.map(([n, , en]) => `${n} ${en}`).join(", ")}`,
      ),
    });
  }
  if (removed.refresh.length > 0) {
    notes.push({
      level: "warning",
      text: t(
        `去掉了自动跳转（<meta http-equiv="refresh">）：${removed.refresh.join("；")}`,
        `dropped an automatic redirect (<meta http-equiv="refresh">): ${removed.refresh.join("; ")}`,
      ),
    });
  }
  if (removed.links.length > 0) {
    notes.push({
      level: "warning",
      text: t(
        `${removed.links.length} 个链接不是 http/https 地址，去掉了链接、保留了文字`,
        `${removed.links.length} links were not http/https addresses: the link was dropped, its text kept`,
      ),
      dropped: removed.links,
    });
  }
  if (removed.remoteImages.length > 0) {
    notes.push({
      level: "warning",
      text: t(
        `${removed.remoteImages.length} 张其他网站上的图片没有导入（导入不联网，网站也不引用第三方资源）：如需要，请下载后放在文章旁边并手动加入`,
        `${removed.remoteImages.length} images on other sites were not imported (the importer does not go online, and the site loads nothing from third parties): download them, put them beside the bulletin and add them by hand if wanted`,
      ),
      dropped: removed.remoteImages,
    });
  }
  if (removed.badImages.length > 0) {
    notes.push({
      level: "warning",
      text: t(
        `${removed.badImages.length} 张图片不能使用`,
        `${removed.badImages.length} images could not be used`,
      ),
      dropped: removed.badImages,
    });
  }
  return notes;
}
