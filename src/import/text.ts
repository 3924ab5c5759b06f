/**
 * Text rules that do not depend on meaning: site chrome, paragraphs and punctuation.
 */

/** Chinese characters and Chinese punctuation: the context in which ASCII marks are wrong. */
const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018-\u201d\u2026\u2014`;

export interface ChromeResult {
  lines: string[];
  /** What was removed, so the command can show it: nothing is dropped silently. */
  dropped: string[];
}

// Whole lines that start a "related articles" block: everything from here on is the site's.
const RELATED = /^\s*[【[]?(相关文章|相关阅读|相关新闻|相关链接)[】\]]?\s*[:：]?/u;

const INLINE_CHROME: RegExp[] = [
  /字号\s*[:：]\s*(?:[AＡ大中小]\s*)+(?:颜色\s*[:：]?)?/gu,
  /【\s*(?:字体|字号)\s*[:：]?\s*大\s*中\s*小\s*】/gu,
  /【\s*(?:打印本页|打印|关闭窗口|关闭|返回顶部)\s*】/gu,
  /(?:浏览次数|点击数|阅读数|访问量)\s*[:：]\s*\d+/gu,
  // Share bar: 分享到 and the names of the networks after it, up to the end of the line.
  /分享到\s*[:：]?[^。！？]*$/gu,
  // Runs of ?: characters the copying site could not encode.
  /[?？]{2,}/gu,
];

// A lone ? or | with nothing but white space around it.
const LONE_MARK = /(?<=^|\s)[?|｜](?=\s|$)/gu;

export function removeChrome(lines: readonly string[]): ChromeResult {
  const dropped: string[] = [];
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (RELATED.test(line)) {
      dropped.push(...lines.slice(index).filter((rest) => rest.trim() !== ""));
      break;
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
  return { lines: kept, dropped };
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
