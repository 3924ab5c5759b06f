/**
 * Web pages, Word files (through mammoth's HTML) and text pasted with its markup become plain
 * Markdown lines. Only paragraphs, headings, lists, emphasis, links to http(s) addresses and
 * images survive; scripts, styles, meta tags, embedded frames, event attributes and links to
 * anything else are dropped and counted, so the note can say what went. Nothing the reader would
 * have seen as text is dropped here: the text of a removed link stays.
 */
import type { ChildNode, Element } from "domhandler";
import { parseDocument } from "htmlparser2";
import type { Text } from "../i18n/messages.ts";
import { t } from "./notes.ts";

export interface ImportedImage {
  data: Uint8Array;
  /** File extension for the saved copy: png, jpg, gif, webp or avif. */
  ext: string;
  alt?: string;
  /** Where it came from: the src, or "image 2" for one embedded in the file. */
  from: string;
}

export interface Removed {
  scripts: number;
  styles: number;
  meta: number;
  /** `<meta http-equiv="refresh">` targets: a page that sends readers elsewhere. */
  refresh: string[];
  events: number;
  /** Frames, objects, embeds, forms and media players. */
  embeds: number;
  comments: number;
  /** Links to anything but http(s): their address (the text stays). */
  links: string[];
  /** Images on other sites: not fetched (no network, and no third parties for readers). */
  remoteImages: string[];
  /** Images that could not be used: their source and why. */
  badImages: Text[];
}

export interface MarkupResult {
  lines: string[];
  images: ImportedImage[];
  removed: Removed;
  /** The page's `<title>`, when it has no `<h1>`. */
  pageTitle?: string;
  /** Lines that are captions (figcaption, Word's caption style). */
  captions: Set<number>;
}

export const emptyRemoved = (): Removed => ({
  scripts: 0,
  styles: 0,
  meta: 0,
  refresh: [],
  events: 0,
  embeds: 0,
  comments: 0,
  links: [],
  remoteImages: [],
  badImages: [],
});

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "center",
  "dd",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
]);
const EMBEDS = new Set([
  "iframe",
  "frame",
  "frameset",
  "object",
  "embed",
  "applet",
  "canvas",
  "audio",
  "video",
  "source",
  "track",
  "svg",
  "math",
  "button",
  "input",
  "select",
  "textarea",
  "map",
]);
const SILENT = new Set(["template", "base", "noframes"]);

/** Tags that show a pasted text carries HTML rather than a stray `<`. */
const TAGS =
  "html|head|body|meta|script|style|link|p|div|span|a|img|br|hr|h[1-6]|ul|ol|li|iframe|strong|em|b|i|table|tr|td|section|article|font|center|noscript|blockquote|figure|figcaption";
const MARKUP = new RegExp(
  String.raw`<(?:${TAGS})(?:\s+[\w:-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*\s*/?>|</(?:${TAGS})\s*>|<!--`,
  "iu",
);

export function looksLikeMarkup(text: string): boolean {
  return MARKUP.test(text);
}

const isHttp = (url: string) => /^https?:\/\//iu.test(url.trim());

export interface MarkupOptions {
  /** Line breaks in text count (text pasted with markup); in a web page they are spaces. */
  keepNewlines?: boolean;
  /** Reads an image named by a relative address, beside the imported file. */
  readLocal?: ((src: string) => Uint8Array | undefined) | undefined;
}

export function htmlToLines(html: string, options: MarkupOptions = {}): MarkupResult {
  const removed = emptyRemoved();
  const images: ImportedImage[] = [];
  const lines: string[] = [];
  const captions = new Set<number>();
  let buffer = "";
  let pageTitle: string | undefined;
  let sawH1 = false;
  const lists: { ordered: boolean; count: number }[] = [];

  const flush = () => {
    const line = tidy(buffer);
    if (line !== "") lines.push(line);
    buffer = "";
  };

  const addImage = (src: string, alt: string | undefined) => {
    const image = imageFrom(src, alt, removed, options.readLocal, images.length);
    if (!image) return;
    images.push(image);
    flush();
    lines.push(`![${image.alt ?? ""}](image:${images.length - 1})`);
  };

  const walk = (nodes: readonly ChildNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        const data = node.data;
        if (options.keepNewlines && data.includes("\n")) {
          const [first = "", ...rest] = data.split("\n");
          buffer += first;
          for (const piece of rest) {
            flush();
            buffer += piece;
          }
        } else {
          buffer += options.keepNewlines ? data : data.replace(/[ \t\n\r\f]+/gu, " ");
        }
        continue;
      }
      if (node.type === "comment") {
        removed.comments++;
        continue;
      }
      if (node.type === "cdata" || node.type === "root") {
        walk(node.children);
        continue;
      }
      if (node.type !== "tag" && node.type !== "script" && node.type !== "style") continue;
      element(node);
    }
  };

  const element = (node: Element) => {
    const name = node.name.toLowerCase();
    removed.events += Object.keys(node.attribs).filter((a) => /^on/iu.test(a)).length;
    if (name === "script") return void removed.scripts++;
    if (name === "style") return void removed.styles++;
    if (name === "noscript") return void removed.scripts++;
    if (name === "link") {
      if (/stylesheet/iu.test(node.attribs["rel"] ?? "")) removed.styles++;
      else removed.meta++;
      return;
    }
    if (name === "meta") {
      removed.meta++;
      if (/refresh/iu.test(node.attribs["http-equiv"] ?? "")) {
        removed.refresh.push(node.attribs["content"] ?? "");
      }
      return;
    }
    if (name === "title") {
      pageTitle = tidy(textOf(node.children));
      return;
    }
    if (EMBEDS.has(name)) {
      removed.embeds++;
      return;
    }
    if (SILENT.has(name)) return;
    if (name === "br") {
      flush();
      return;
    }
    if (name === "img") {
      addImage(node.attribs["src"] ?? "", node.attribs["alt"]);
      return;
    }
    if (name === "a") {
      const href = (node.attribs["href"] ?? "").trim();
      const start = buffer.length;
      walk(node.children);
      const text = buffer.slice(start);
      if (href === "" || href.startsWith("#")) return;
      if (!isHttp(href)) {
        removed.links.push(href);
        return;
      }
      if (text.trim() !== "" && !text.includes("](image:")) {
        buffer = `${buffer.slice(0, start)}[${text.trim()}](${href.replace(/[()\s]/gu, encodeURIComponent)})`;
      }
      return;
    }
    if (name === "strong" || name === "b" || name === "em" || name === "i") {
      const mark = name === "strong" || name === "b" ? "**" : "*";
      const start = buffer.length;
      walk(node.children);
      const text = buffer.slice(start);
      if (text.trim() !== "" && !text.includes("\n")) {
        buffer = `${buffer.slice(0, start)}${mark}${text.trim()}${mark}`;
      }
      return;
    }
    if (!BLOCK.has(name)) {
      walk(node.children);
      return;
    }
    flush();
    if (name === "ul" || name === "ol") {
      lists.push({ ordered: name === "ol", count: 0 });
      walk(node.children);
      lists.pop();
      flush();
      return;
    }
    if (name === "li") {
      const list = lists.at(-1);
      if (list) list.count++;
      buffer = list?.ordered ? `${list.count}. ` : "- ";
      walk(node.children);
      flush();
      return;
    }
    const heading = /^h([1-6])$/u.exec(name);
    if (heading) {
      const level = Number(heading[1]);
      // The first h1 is the headline: a plain first line, as in a copied text.
      if (level === 1 && !sawH1 && lines.length === 0) {
        sawH1 = true;
      } else {
        buffer = `${"#".repeat(Math.max(2, level))} `;
      }
      walk(node.children);
      flush();
      return;
    }
    const caption = name === "figcaption" || /\bcaption\b/iu.test(node.attribs["class"] ?? "");
    walk(node.children);
    if (caption && tidy(buffer) !== "") captions.add(lines.length);
    flush();
  };

  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  walk(document.children);
  flush();
  const result: MarkupResult = { lines, images, removed, captions };
  if (!sawH1 && pageTitle) result.pageTitle = pageTitle;
  captionsAsAlt(result);
  return result;
}

function textOf(nodes: readonly ChildNode[]): string {
  return nodes
    .map((node) =>
      node.type === "text" ? node.data : "children" in node ? textOf(node.children) : "",
    )
    .join("");
}

/** Collapses spaces; a list marker or heading mark alone is no line. */
function tidy(line: string): string {
  const cleaned = line
    .replace(/[ \t\u00a0]+/gu, (space) => (space.includes("\u00a0") ? " " : space))
    .trim();
  return /^(?:[-#]+|\d+\.)$/u.test(cleaned) ? "" : cleaned;
}

// A caption under a picture: figcaption or Word's caption style, or a line that reads like one.
const CAPTION_LIKE = /^(?:图为|图：|图:|▲|△|[（(]图)/u;

/** An image without alt text takes the caption below it (which stays in the text). */
function captionsAsAlt(result: MarkupResult): void {
  result.lines.forEach((line, index) => {
    const match = /^!\[\]\(image:(\d+)\)$/u.exec(line);
    const next = result.lines[index + 1];
    if (!match || next === undefined) return;
    const caption = result.captions.has(index + 1) || CAPTION_LIKE.test(next);
    if (!caption || [...next].length > 120) return;
    const alt = next.replace(/^(?:▲|△)\s*/u, "").replace(/[[\]*]/gu, "");
    const image = result.images[Number(match[1])];
    if (!image) return;
    image.alt = alt;
    result.lines[index] = `![${alt}](image:${match[1]})`;
  });
}

const MAGIC: { ext: string; test: (b: Uint8Array) => boolean }[] = [
  { ext: "png", test: (b) => b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 },
  { ext: "jpg", test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: "gif", test: (b) => b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 },
  {
    ext: "webp",
    test: (b) => ascii(b, 0, 4) === "RIFF" && ascii(b, 8, 12) === "WEBP",
  },
  { ext: "avif", test: (b) => ascii(b, 4, 12) === "ftypavif" },
];
const ascii = (b: Uint8Array, from: number, to: number) =>
  String.fromCharCode(...b.subarray(from, to));

/** The kind of image the bytes hold, if it is one the site can show (checked like a cover). */
export function imageKind(data: Uint8Array): string | undefined {
  return MAGIC.find((magic) => magic.test(data))?.ext;
}

function imageFrom(
  src: string,
  alt: string | undefined,
  removed: Removed,
  readLocal: MarkupOptions["readLocal"],
  index: number,
): ImportedImage | undefined {
  const trimmed = src.trim();
  const embedded = trimmed.startsWith("data:");
  const from = embedded ? `image ${index + 1}` : trimmed;
  let data: Uint8Array | undefined;
  if (trimmed === "") {
    removed.badImages.push(
      t(`“${alt ?? ""}”：图片没有地址`, `“${alt ?? ""}”: the image has no address`),
    );
    return undefined;
  }
  if (isHttp(trimmed) || trimmed.startsWith("//")) {
    removed.remoteImages.push(trimmed);
    return undefined;
  }
  const uri = /^data:([^;,]*)(;base64)?,(.*)$/su.exec(trimmed);
  if (uri) {
    data = uri[2]
      ? Buffer.from(uri[3] ?? "", "base64")
      : Buffer.from(decodeURIComponent(uri[3] ?? ""));
  } else if (/^[a-z][a-z0-9+.-]*:/iu.test(trimmed)) {
    removed.badImages.push(t(`${trimmed}：不是图片地址`, `${trimmed}: not an image address`));
    return undefined;
  } else {
    data = readLocal?.(trimmed);
    if (!data) {
      removed.badImages.push(
        t(
          `${trimmed}：导入的文件旁边没有这个图片文件`,
          `${trimmed}: no such file beside the imported one`,
        ),
      );
      return undefined;
    }
  }
  const ext = imageKind(data);
  if (!ext) {
    const type = uri?.[1] || "?";
    const which = embedded ? `第 ${index + 1} 张内嵌图片` : trimmed;
    removed.badImages.push(
      t(
        `${which}：网页不能显示的图片格式（${type}）；请另存为 PNG 或 JPEG 后手动加入`,
        `${embedded ? `embedded image ${index + 1}` : trimmed}: a format web pages cannot show (${type}); save it as PNG or JPEG and add it by hand`,
      ),
    );
    return undefined;
  }
  const cleanAlt = alt?.replace(/[[\]\n]/gu, " ").trim();
  return { data, ext, from, ...(cleanAlt ? { alt: cleanAlt } : {}) };
}

const MD_LINK =
  /(!?)\[([^\]\n]*)\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\)[^()\s<>]*)*)>?(?:\s+["'][^"'\n]*["'])?\s*\)/gu;

/**
 * Markdown links and images in plain text (a .md file, or text inside a page): links to
 * anything but http(s) lose their address and keep their text; images become imported ones.
 */
export function markdownLinks(
  lines: readonly string[],
  result: Pick<MarkupResult, "images" | "removed">,
  readLocal?: MarkupOptions["readLocal"],
): string[] {
  return lines.map((line) =>
    line.replace(MD_LINK, (whole, bang: string, text: string, url: string) => {
      if (bang === "!") {
        if (/^image:\d+$/u.test(url)) return whole;
        const image = imageFrom(url, text, result.removed, readLocal, result.images.length);
        if (!image) return "";
        result.images.push(image);
        return `![${image.alt ?? ""}](image:${result.images.length - 1})`;
      }
      if (isHttp(url)) return whole;
      result.removed.links.push(url);
      return text;
    }),
  );
}
