/**
 * File names for Chinese titles: the page address must be lowercase ASCII, so a title becomes
 * the date and the pinyin of its first characters: 2019-06-30-gang-xi-zhen-duo-cuo-bing.
 */
import { pinyin } from "pinyin-pro";
import { toSimplified } from "./convert.ts";

/** Pinyin syllables (and ASCII words) of the first `count` characters or words of a title. */
export function titleSlug(title: string, count = 6): string {
  // The whole title at once, so a character reads as it does in its word: 镇长 is zhen-zhang.
  const chars = pinyin(toSimplified(title), { toneType: "none", type: "all", v: true });
  const words: string[] = [];
  let ascii = "";
  const flush = () => {
    if (ascii !== "") words.push(ascii.toLowerCase());
    ascii = "";
  };
  for (const char of chars) {
    if (char.isZh) {
      flush();
      words.push(char.pinyin.replace(/[^a-z]/gu, ""));
    } else if (/^[A-Za-z0-9]$/u.test(char.origin)) {
      ascii += char.origin;
    } else {
      flush();
    }
  }
  flush();
  return words
    .filter((word) => word !== "")
    .slice(0, count)
    .join("-");
}

/** `<date>-<title slug>`, or just the date when the title has nothing to spell. */
export function datedSlug(isoDay: string, title: string, count = 6): string {
  const words = titleSlug(title, count);
  return words === "" ? isoDay : `${isoDay}-${words}`;
}

/** Today on this computer's calendar as an ISO day (staff run the command where they work). */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
