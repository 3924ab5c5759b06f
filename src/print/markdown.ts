/**
 * An explainer's Markdown/MDX body as print text in reading order: headings, paragraphs and
 * list items; inline marks and links become plain text, and an MDX aside keeps its title as a
 * heading and its text. Print needs words and structure, not HTML.
 */
import type { FlowBlock } from "./layout.ts";

function plain(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/(\*\*|__|\*|_|`)(.+?)\1/gu, "$2")
    .replace(/<[^>]+>/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const ASIDE = /^<Aside\b[^>]*?title="([^"]*)"[^>]*>([\s\S]*?)<\/Aside>$/u;

export function markdownBlocks(body: string): FlowBlock[] {
  const blocks: FlowBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    const text = plain(paragraph.join(" "));
    if (text) blocks.push({ kind: "paragraph", text });
    paragraph = [];
  };
  for (const raw of body.split(/\r?\n/u)) {
    const line = raw.trim();
    const aside = ASIDE.exec(line);
    if (/^(import|export)\s/u.test(line)) continue;
    if (aside) {
      flush();
      blocks.push({ kind: "heading", text: plain(aside[1] ?? "") });
      blocks.push({ kind: "paragraph", text: plain(aside[2] ?? "") });
    } else if (/^#{1,6}\s/u.test(line)) {
      flush();
      blocks.push({ kind: "heading", text: plain(line.replace(/^#+\s*/u, "")) });
    } else if (/^([-*+]|\d+\.)\s/u.test(line)) {
      flush();
      blocks.push({ kind: "item", text: plain(line.replace(/^([-*+]|\d+\.)\s+/u, "")) });
    } else if (line === "") {
      flush();
    } else {
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}
