/**
 * Text rules that do not depend on meaning: site chrome, paragraphs and punctuation.
 */

/** Chinese characters and Chinese punctuation: the context in which ASCII marks are wrong. */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014`;

export interface ChromeResult {
  lines: string[];
  /** What was removed, so the command can show it: nothing is dropped silently. */
  dropped: string[];
  /**
   * The lines of related-articles boxes: unlike a share bar or a font-size switch, these could
   * be article text, so they are what the 5 % rule weighs.
   */
  blocks: string[];
}

// A line that is only the label of a "related articles" box: 相关新闻, 【相关阅读】, 延伸阅读：
const RELATED =
  /^\s*[【[]?(?:相关文章|相关阅读|相关新闻|相关链接|相关报道|延伸阅读|推荐阅读|相關文章|相關閱讀|相關新聞|相關鏈接|相關報道)[】\]]?\s*[:：]?\s*/u;
const SENTENCE_END = /[。！？；!?;]\s*$/u;
const DATE_TAIL = /[\s(（[]*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[)）\]]?\s*$/u;

/** What a reader sees of a line: link and image syntax reduced to their text. */
export function visibleText(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/^\s*(?:[-*•·]|\d+[.、])\s+/u, "")
    .trim();
}

/** A line of a related-articles box: a short headline (perhaps a link, perhaps dated). */
function isLinkLike(line: string): boolean {
  const text = visibleText(line).replace(DATE_TAIL, "");
  const length = [...text].length;
  return length > 0 && length <= 40 && !SENTENCE_END.test(text) && !/[。！？]/u.test(text);
}

/**
 * A related-articles box at the end: its label alone on a line (or with one headline after the
 * colon), then only short link-like lines (and labelled fields such as 责任编辑) to the end.
 * A paragraph that merely starts with the word (相关新闻发布会上，…) is text.
 */
function relatedBlock(
  lines: readonly string[],
  index: number,
  isField: (line: string) => boolean,
): number | undefined {
  const line = (lines[index] ?? "").replace(/^#+\s*/u, "");
  const label = RELATED.exec(line);
  if (!label) return undefined;
  const after = line.slice(label[0].length);
  if (after.trim() !== "" && !isLinkLike(after)) return undefined;
  const footer = (text: string) => {
    FOOTER.lastIndex = 0;
    return FOOTER.test(text);
  };
  // Fields (责任编辑) and the site's footer after the box are not part of it.
  const isAfter = (text: string) => isField(text) || footer(text);
  let end = index + 1;
  while (end < lines.length && ((lines[end] ?? "").trim() === "" || isLinkLike(lines[end] ?? ""))) {
    if (isAfter(lines[end] ?? "")) break;
    end++;
  }
  const rest = lines.slice(end).filter((text) => text.trim() !== "");
  return rest.every(isAfter) ? end : undefined;
}

const FOOTER =
  /^\s*(?:版权所有|Copyright|©|\(C\)|（C）|主办单位|主办：|承办单位|网站标识码|备案号|\S{0,8}ICP备|\S{0,8}公网安备|联系我们|网站地图|关于我们).{0,80}$/giu;

const INLINE_CHROME: RegExp[] = [
  /字号\s*[:：]\s*(?:[AＡ大中小]\s*)+(?:颜色\s*[:：]?)?/gu,
  /【\s*(?:字体|字号)\s*[:：]?\s*大\s*中\s*小\s*】/gu,
  /【\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部)\s*】/gu,
  /(?:浏览次数|点击数|阅读数|访问量)\s*[:：]\s*\d+/gu,
  // The site's footer: copyright, organiser, filing numbers, site links; a whole short line.
  FOOTER,
  // Breadcrumbs: 当前位置：首页 > 街道动态 > 正文, a whole line.
  /^\s*(?:(?:当前位置|您的位置|您现在的位置|所在位置)\s*[:：]?\s*)?(?:首页|网站首页|主页)\s*[>»＞→/].{0,60}$/gu,
  // Share bar: 分享到 and the names of the networks after it, up to the end of the line.
  /分享到\s*[:：]?[^。！？]*$/gu,
  // Runs of ?: characters the copying site could not encode.
  /[?？]{2,}/gu,
];

// A lone ? or | with nothing but white space around it.
const LONE_MARK = /(?<=^|\s)[?|｜](?=\s|$)/gu;

/**
 * Site chrome out of the lines. `isField` tells labelled lines (责任编辑：…) that may follow a
 * related-articles box: they are kept for the frontmatter.
 */
export function removeChrome(
  lines: readonly string[],
  isField: (line: string) => boolean = () => false,
): ChromeResult {
  const dropped: string[] = [];
  const blocks: string[] = [];
  const kept: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    const end = relatedBlock(lines, index, isField);
    if (end !== undefined) {
      const block = lines.slice(index, end).filter((rest) => rest.trim() !== "");
      dropped.push(...block);
      blocks.push(...block);
      index = end - 1;
      continue;
    }
    let cleaned = line;
    for (const pattern of [...INLINE_CHROME, LONE_MARK]) {
      cleaned = cleaned.replace(pattern, (match) => {
        if (match.trim() !== "") dropped.push(match.trim());
        return "";
      });
    }
    kept.push(cleaned.trimEnd());
  }
  return { lines: kept, dropped, blocks };
}

export interface StrayResult {
  text: string;
  /** Question marks removed: they stood for characters lost in copying. */
  removed: number;
  /** A ? inside a word: a lost character that only a person can restore (with context). */
  inWords: string[];
}

// A ? opening a paragraph, or standing between sentences (after 。！；” and before text).
const STRAY_START = /^[?？]+\s*/u;
const STRAY_BETWEEN =
  /(?<=[。！；…”』」])\s*\?+\s*(?=\S)|(?<=[。！；])\s*？+\s*(?=[\p{Script=Han}“])/gu;
const IN_WORD = /\p{Script=Han}{0,6}(?<=\p{Script=Han})\?(?=\p{Script=Han})\p{Script=Han}{0,6}/gu;

/** Removes question marks that stand for lost characters where no reading needs them. */
export function removeStrayMarks(paragraph: string): StrayResult {
  let removed = 0;
  const text = paragraph
    .replace(STRAY_START, (match) => {
      removed += match.trim().length;
      return "";
    })
    .replace(STRAY_BETWEEN, (match) => {
      removed += match.trim().length;
      return "";
    });
  return { text, removed, inWords: text.match(IN_WORD) ?? [] };
}

// White space that separates paragraphs inside one line: after the end of a sentence, or any
// run holding an ideographic space or two or more spaces (copies that lost their newlines).
const PARAGRAPH_GAP = new RegExp(
  String.raw`(?<=[。！？…”』」）)])[ \t\u00a0\u3000]+(?=\S)|[ \t\u00a0]*\u3000[ \t\u00a0\u3000]*|[ \t\u00a0]{2,}`,
  "gu",
);

/** One paragraph per line, and lines split where the copy ran paragraphs together. */
export function splitParagraphs(lines: readonly string[]): string[] {
  return lines
    .flatMap((line) => line.split(PARAGRAPH_GAP))
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

const ASCII_MARK = new RegExp(String.raw`(?<=[${CJK}])[,:;!]|[,:;!](?=[${CJK}])`, "gu");
const FULL_WIDTH: Record<string, string> = { ",": "，", ":": "：", ";": "；", "!": "！" };

/**
 * ASCII , : ; ! next to a Chinese character become full-width. Marks between digits or Latin
 * letters (8:00, 1,000, "Hello, world") stay as they are; parentheses are left alone, as in the
 * cleaned bulletins: `成员(扩大)会议`.
 */
export function fullWidthPunctuation(text: string): string {
  return text.replace(ASCII_MARK, (mark) => FULL_WIDTH[mark] ?? mark);
}
