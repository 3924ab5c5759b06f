/**
 * Is the text already published? An import is refused when its title matches an existing
 * entry's, or its text is 90 % or more the same (character bigrams, Dice coefficient, on the
 * letters and digits only, so punctuation and layout do not count).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export const SAME_TEXT = 0.9;

export interface Duplicate {
  path: string;
  /** "title": the titles match; otherwise the share of text in common. */
  match: "title" | number;
}

const normalise = (text: string) =>
  text
    .replace(/!\[[^\]]*\]\([^)]*\)/gu, "")
    .replace(/\]\([^)]*\)/gu, "")
    .replace(/[^\p{L}\p{N}]/gu, "")
    .toLowerCase();

function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const counts = new Map<string, number>();
  for (let index = 0; index + 1 < chars.length; index++) {
    const pair = `${chars[index]}${chars[index + 1]}`;
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/** How much of two texts is the same: 1 for the same letters in the same order. */
export function similarity(a: string, b: string): number {
  const x = bigrams(normalise(a));
  const y = bigrams(normalise(b));
  let sizeX = 0;
  let sizeY = 0;
  let common = 0;
  for (const count of x.values()) sizeX += count;
  for (const [pair, count] of y) {
    sizeY += count;
    common += Math.min(count, x.get(pair) ?? 0);
  }
  return sizeX + sizeY === 0 ? 0 : (2 * common) / (sizeX + sizeY);
}

/** The first entry in content/<collection>/<locale>/ the import would duplicate. */
export function findDuplicate(
  root: string,
  collection: string,
  title: string,
  body: string,
): Duplicate | undefined {
  const base = join(root, "content", collection);
  if (!existsSync(base)) return undefined;
  const wantTitle = normalise(title);
  const wantBody = normalise(body);
  for (const locale of readdirSync(base, { withFileTypes: true })) {
    if (!locale.isDirectory()) continue;
    const dir = join(base, locale.name);
    for (const file of readdirSync(dir)) {
      if (!/\.mdx?$/u.test(file)) continue;
      const path = join(dir, file);
      const source = readFileSync(path, "utf8");
      const [, head = "", text = ""] =
        /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(source) ?? [];
      let data: Record<string, unknown> = {};
      try {
        data = (parse(head) as Record<string, unknown> | null) ?? {};
      } catch {
        // A broken file is the content check's business, not a duplicate.
      }
      const theirs = data["title"] ?? data["question"];
      if (wantTitle !== "" && typeof theirs === "string" && normalise(theirs) === wantTitle) {
        return { path, match: "title" };
      }
      const other = normalise(text);
      const shorter = Math.min(other.length, wantBody.length);
      const longer = Math.max(other.length, wantBody.length);
      // Dice can only reach 0.9 when the lengths are close.
      if (longer === 0 || (2 * shorter) / (shorter + longer) < SAME_TEXT) continue;
      const share = similarity(text, body);
      if (share >= SAME_TEXT) return { path, match: share };
    }
  }
  return undefined;
}
