/**
 * The broadcast script: a bulletin or explainer as plain text for a village loudspeaker. The
 * title and each heading are announced, figures and abbreviations are written as they are said
 * (src/broadcast/zh.ts, en.ts), and long sentences are broken at commas into short lines the
 * announcer can read in one breath. No markup reaches the text.
 */
import * as cheerio from "cheerio/slim";
import type { Locale } from "../i18n/locales.ts";
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

const isChinese = (locale: Locale) => locale.startsWith("zh");

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

/** The rendered HTML as blocks, in reading order; images, code and the like are skipped. */
export function blocks(html: string, cellSeparator = "，"): Block[] {
  const $ = cheerio.load(html, null, false);
  $("script, style, img, svg, figure, pre, code, hr, template, noscript").remove();
  $("br").replaceWith(" ");
  const out: Block[] = [];
  const push = (kind: Block["kind"], text: string) => {
    const cleaned = clean(text);
    if (cleaned) out.push({ kind, text: cleaned });
  };
  const walk = (nodes: ReturnType<typeof $>) => {
    // Text and inline elements between blocks read as one paragraph.
    let inline = "";
    const flush = () => {
      push("text", inline);
      inline = "";
    };
    nodes.each((_, node) => {
      if (node.type === "text") {
        inline += $(node).text();
        return;
      }
      if (node.type !== "tag") return;
      const el = $(node);
      const tag = node.tagName.toLowerCase();
      if (!BLOCKS.has(tag) && !/^h[1-6]$/.test(tag)) {
        inline += el.text();
        return;
      }
      flush();
      if (/^h[1-6]$/.test(tag)) push("heading", el.text());
      else if (tag === "aside") {
        const title = el.children("p").first();
        push("note", title.text());
        title.remove();
        walk(el.contents());
      } else if (CONTAINERS.has(tag)) walk(el.contents());
      else if (tag === "tr") {
        push(
          "text",
          el
            .children("th, td")
            .toArray()
            .map((cell) => clean($(cell).text()))
            .filter(Boolean)
            .join(cellSeparator),
        );
      } else push("text", el.text());
    });
    flush();
  };
  walk($.root().contents());
  return out;
}

const OPENING = "“‘「『（(";
const CLOSING = "”’」』）)";

/** The sentence cut after each of `breaks` that is not inside quotation marks or brackets. */
function clauses(sentence: string, breaks: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let straight = false;
  let start = 0;
  // By code unit: every mark looked for is in the Basic Multilingual Plane.
  for (let at = 0; at < sentence.length; at++) {
    const char = sentence[at] as string;
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth = Math.max(0, depth - 1);
    else if (char === '"') straight = !straight;
    else if (breaks.includes(char) && depth === 0 && !straight) {
      parts.push(sentence.slice(start, at + 1));
      start = at + 1;
    }
  }
  if (start < sentence.length) parts.push(sentence.slice(start));
  return parts.map((part) => part.trim()).filter(Boolean);
}

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
    const parts = clauses(sentence, zh ? "，：；" : ",:;");
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
