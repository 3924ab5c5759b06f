/**
 * The broadcast script: a bulletin or explainer as plain text for a village loudspeaker. The
 * title and each heading are announced, figures and abbreviations are written as they are said
 * (src/broadcast/zh.ts, en.ts), and long sentences are broken at commas into short lines the
 * announcer can read in one breath. No markup reaches the text.
 */
import type { ChildNode, Element } from "domhandler";
import { DomUtils, ElementType, parseDocument } from "htmlparser2";
import { isChinese, type Locale } from "../i18n/locales.ts";
import type { ArticleSource } from "../staff/source.ts";
import { speakEn } from "./en.ts";
import { speakZh } from "./zh.ts";

export interface BroadcastStrings {
  open: (title: string) => string;
  section: (heading: string) => string;
  note: (title: string) => string;
  source: (source: string) => string;
  close: string;
}

/** A block of the script: a heading to announce or a paragraph to read. */
type Block = { kind: "heading" | "note" | "text"; text: string };

/** Characters (Chinese) or words (English) beyond which a sentence is broken at its commas. */
const LONG = { zh: 28, en: 18 } as const;

function clean(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const CONTAINERS = new Set([
  "ul",
  "ol",
  "blockquote",
  "section",
  "div",
  "article",
  "table",
  "thead",
  "tbody",
  "dl",
]);
const BLOCKS = new Set(["p", "li", "dt", "dd", "tr", "aside", ...CONTAINERS]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
/** Elements that are not read out, with everything in them. */
const SKIPPED = new Set([
  "script",
  "style",
  "img",
  "svg",
  "figure",
  "pre",
  "code",
  "hr",
  "template",
  "noscript",
]);

/** An element that is read (skipped ones are not), as htmlparser2 names it: lower case. */
function readable(node: ChildNode): node is Element {
  return DomUtils.isTag(node) && !SKIPPED.has(node.name);
}

/** The text of nodes as read aloud: skipped elements say nothing, a line break is a space. */
function textOf(nodes: ChildNode[]): string {
  let text = "";
  for (const node of nodes) {
    if (node.type === ElementType.Text) text += node.data;
    else if (node.type === ElementType.CDATA) text += textOf(node.children);
    else if (readable(node)) text += node.name === "br" ? " " : textOf(node.children);
  }
  return text;
}

const elementChildren = (node: Element, names: ReadonlySet<string>): Element[] =>
  node.children.filter((child): child is Element => readable(child) && names.has(child.name));

const P = new Set(["p"]);
const CELLS = new Set(["th", "td"]);

/**
 * The rendered HTML as blocks, in reading order; images, code and the like are skipped. Parsed
 * with htmlparser2 and read straight from its tree: at 10,000 articles a selector library's
 * wrappers cost more than the parse.
 */
export function blocks(html: string, cellSeparator = "，"): Block[] {
  const out: Block[] = [];
  const push = (kind: Block["kind"], text: string) => {
    const cleaned = clean(text);
    if (cleaned) out.push({ kind, text: cleaned });
  };
  const walk = (nodes: ChildNode[]) => {
    // Text and inline elements between blocks read as one paragraph.
    let inline = "";
    const flush = () => {
      push("text", inline);
      inline = "";
    };
    for (const node of nodes) {
      if (node.type === ElementType.Text) {
        inline += node.data;
        continue;
      }
      if (!readable(node)) continue;
      const tag = node.name;
      if (tag === "br") {
        inline += " ";
        continue;
      }
      if (!BLOCKS.has(tag) && !HEADINGS.has(tag)) {
        inline += textOf(node.children);
        continue;
      }
      flush();
      if (HEADINGS.has(tag)) push("heading", textOf(node.children));
      else if (tag === "aside") {
        // The box's first paragraph is its title, announced as a note before the rest.
        const title = elementChildren(node, P)[0];
        push("note", title ? textOf(title.children) : "");
        walk(node.children.filter((child) => child !== title));
      } else if (CONTAINERS.has(tag)) walk(node.children);
      else if (tag === "tr") {
        push(
          "text",
          elementChildren(node, CELLS)
            .map((cell) => clean(textOf(cell.children)))
            .filter(Boolean)
            .join(cellSeparator),
        );
      } else push("text", textOf(node.children));
    }
    flush();
  };
  walk(parseDocument(html).children);
  return out;
}

const codes = (chars: string) => new Set([...chars].map((char) => char.charCodeAt(0)));
const OPENING = codes("“‘「『（(");
const CLOSING = codes("”’」』）)");
const STRAIGHT_QUOTE = 0x22;

/** The sentence cut after each of `breaks` that is not inside quotation marks or brackets. */
function clauses(sentence: string, breaks: ReadonlySet<number>): string[] {
  const parts: string[] = [];
  let depth = 0;
  let straight = false;
  let start = 0;
  // By code unit: every mark looked for is in the Basic Multilingual Plane.
  for (let at = 0; at < sentence.length; at++) {
    const code = sentence.charCodeAt(at);
    if (OPENING.has(code)) depth++;
    else if (CLOSING.has(code)) depth = Math.max(0, depth - 1);
    else if (code === STRAIGHT_QUOTE) straight = !straight;
    else if (breaks.has(code) && depth === 0 && !straight) {
      parts.push(sentence.slice(start, at + 1));
      start = at + 1;
    }
  }
  if (start < sentence.length) parts.push(sentence.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

const BREAKS = { zh: codes("，：；"), en: codes(",:;") };

/** Characters of Chinese text, counted without building an array of them. */
function characters(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    // The second half of a surrogate pair is not a character of its own.
    if (code < 0xdc00 || code > 0xdfff) count++;
  }
  return count;
}

/** A paragraph as short lines: one sentence a line, long sentences broken after commas. */
export function shortLines(text: string, locale: Locale): string[] {
  const zh = isChinese(locale);
  const sentences = zh
    ? (text.match(/[^。！？；]+[。！？；”’」）)]*|[。！？；]+/gu) ?? [])
    : text.split(/(?<=[.!?;])\s+(?=[A-Z"“‘(])/u);
  const lines: string[] = [];
  const size = (s: string) => (zh ? characters(s) : s.split(/\s+/).length);
  const long = zh ? LONG.zh : LONG.en;
  for (const sentence of sentences.map((s) => s.trim()).filter(Boolean)) {
    if (size(sentence) <= long) {
      lines.push(sentence);
      continue;
    }
    const parts = clauses(sentence, zh ? BREAKS.zh : BREAKS.en);
    let line = "";
    for (const part of parts) {
      if (line && size(line + part) > long) {
        lines.push(line.trim());
        line = "";
      }
      line += zh ? part : `${line ? " " : ""}${part}`;
    }
    if (line.trim()) lines.push(line.trim());
  }
  return lines;
}

/** Ends a phrase that has no closing punctuation, so the announcer pauses. */
function stop(text: string, locale: Locale): string {
  if (/[。！？；.!?;:：]$/.test(text)) return text;
  return `${text}${isChinese(locale) ? "。" : "."}`;
}

export function broadcastScript(source: ArticleSource, strings: BroadcastStrings): string {
  const { locale } = source;
  const speak = isChinese(locale) ? speakZh : speakEn;
  const separator = isChinese(locale) ? "，" : ", ";
  const paragraphs: string[][] = [];
  const say = (text: string) => shortLines(speak(stop(text, locale)), locale);
  paragraphs.push(say(strings.open(source.title)));
  if (source.lead) paragraphs.push(say(source.lead));
  const body = [
    ...blocks(source.bodyHtml, separator),
    ...source.facts.flatMap((fact): Block[] => [
      { kind: "heading", text: fact.label },
      ...blocks(fact.html, separator),
    ]),
  ];
  for (const block of body) {
    if (block.kind === "heading") paragraphs.push(say(strings.section(block.text)));
    else if (block.kind === "note") paragraphs.push(say(strings.note(block.text)));
    else paragraphs.push(say(block.text));
  }
  paragraphs.push(say(strings.source(source.source)), say(strings.close));
  return `${paragraphs.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
