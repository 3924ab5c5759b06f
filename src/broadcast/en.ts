/**
 * English text as an announcer reads it aloud: amounts in words (450 → four hundred and fifty),
 * years as years (2019 → twenty nineteen), hotlines and phone numbers digit by digit (12337 →
 * one two three three seven), dates, times, percentages and common abbreviations spelt out.
 */
import { SERVICE_NUMBERS } from "./zh.ts";

const ONES = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const SCALES = ["", " thousand", " million", " billion", " trillion"];
const MONTHS =
  "January|February|March|April|May|June|July|August|September|October|November|December";

function belowHundred(n: number): string {
  if (n < 20) return ONES[n] ?? "";
  const tens = TENS[Math.floor(n / 10)] ?? "";
  return n % 10 === 0 ? tens : `${tens}-${ONES[n % 10]}`;
}

function belowThousand(n: number): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds === 0) return belowHundred(rest);
  const head = `${ONES[hundreds]} hundred`;
  return rest === 0 ? head : `${head} and ${belowHundred(rest)}`;
}

/** 450 → four hundred and fifty; 6800 → six thousand eight hundred; 1005 → one thousand and five. */
export function integerEn(value: number): string {
  if (value === 0) return "zero";
  const groups: number[] = [];
  for (let rest = value; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const words: string[] = [];
  for (let index = groups.length - 1; index >= 0; index--) {
    const group = groups[index] ?? 0;
    if (group === 0) continue;
    // British usage: "one thousand and five", the "and" before a last group under 100.
    const and = index === 0 && group < 100 && words.length > 0 ? "and " : "";
    words.push(`${and}${belowThousand(group)}${SCALES[index] ?? ""}`);
  }
  return words.join(" ");
}

export function digitsEn(digits: string): string {
  return [...digits].map((d) => ONES[Number(d)] ?? d).join(" ");
}

/** 3.5 → three point five. */
export function numberEn(value: string): string {
  const [whole = "0", fraction] = value.split(".");
  const head = integerEn(Number(whole));
  return fraction === undefined ? head : `${head} point ${digitsEn(fraction)}`;
}

/** 2019 → twenty nineteen; 2005 → two thousand and five; 1900 → nineteen hundred. */
export function yearEn(year: number): string {
  if (year >= 2000 && year < 2010) return integerEn(year);
  const century = Math.floor(year / 100);
  const rest = year % 100;
  if (rest === 0) return `${belowHundred(century)} hundred`;
  return `${belowHundred(century)} ${rest < 10 ? `oh ${ONES[rest]}` : belowHundred(rest)}`;
}

const ORDINAL_WORDS: Record<string, string> = {
  one: "first",
  two: "second",
  three: "third",
  five: "fifth",
  eight: "eighth",
  nine: "ninth",
  twelve: "twelfth",
};

/** 29 → twenty-ninth; 1 → first. */
export function ordinalEn(n: number): string {
  const words = integerEn(n);
  return words.replace(/(\w+)$/, (last) => {
    if (ORDINAL_WORDS[last]) return ORDINAL_WORDS[last];
    if (last.endsWith("y")) return `${last.slice(0, -1)}ieth`;
    return `${last}th`;
  });
}

function timeEn(hours: number, minutes: number): string {
  const after =
    minutes === 0 ? "" : ` ${minutes < 10 ? `oh ${ONES[minutes]}` : belowHundred(minutes)}`;
  if (hours === 0 && minutes === 0) return "midnight";
  if (hours === 12 && minutes === 0) return "noon";
  const clock = hours % 12 === 0 ? 12 : hours % 12;
  return `${belowHundred(clock)}${after} ${hours < 12 ? "a.m." : "p.m."}`;
}

/** Abbreviations a listener would not hear as words. */
const ABBREVIATIONS: [RegExp, string][] = [
  [/\be\.g\./g, "for example"],
  [/\bi\.e\./g, "that is"],
  [/\betc\./g, "and so on"],
  [/\bNo\.\s*(?=\d)/g, "number "],
  [/\bArts?\.\s*(?=\d)/g, "Article "],
  [/\barts?\.\s*(?=\d)/g, "article "],
  [/\bapprox\./g, "about"],
  [/\bvs\.?(?=\s)/g, "versus"],
  [/\bMr\./g, "Mister"],
  [/\bMrs\./g, "Missus"],
  [/\bDr\./g, "Doctor"],
  [/\bkm\b/g, "kilometres"],
  [/\s&\s/g, " and "],
];

const DIALLED_CUES = /(phone|call|dial|hotline|line|number|fax|text)\s*(?:on|:)?\s*$/i;
/** 110 and 120 are also amounts (120 banners): read as a hotline only when the words say so. */
const SERVICE_AFTER = /^\s*(platform|hotline|line|number)\b/i;

export function speakEn(text: string): string {
  let out = text;
  for (const [pattern, words] of ABBREVIATIONS) out = out.replace(pattern, words);
  return (
    out
      // CNY 100,000 → 100,000 yuan (read below).
      .replace(/\b(?:CNY|RMB)\s*(\d[\d,.]*)/g, "$1 yuan")
      .replace(/\d{1,3}(?:,\d{3})+(?!\d)/g, (n) => n.replace(/,/g, ""))
      .replace(/(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?/gi, (address) =>
        address.replace(/\./g, " dot ").replace(/\d+/g, (d) => digitsEn(d)),
      )
      .replace(/0\d{2,3}-\d{7,8}/g, (phone) => digitsEn(phone.replace("-", "")))
      .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (_, y: string, m: string, d: string) => {
        const month = MONTHS.split("|")[Number(m) - 1] ?? m;
        return `the ${ordinalEn(Number(d))} of ${month} ${yearEn(Number(y))}`;
      })
      .replace(/(\d)\s*[-–]\s*(?=\d)/g, "$1 to ")
      .replace(/(\d{1,2}):(\d{2})/g, (_, h: string, m: string) => timeEn(Number(h), Number(m)))
      .replace(/(\d+(?:\.\d+)?)\s*%/g, (_, n: string) => `${numberEn(n)} per cent`)
      .replace(/(\d+)(?:st|nd|rd|th)\b/g, (_, n: string) => ordinalEn(Number(n)))
      .replace(
        new RegExp(`\\b(\\d{1,2}) (${MONTHS})(?: (\\d{4}))?`, "g"),
        (_, day: string, month: string, year?: string) =>
          `the ${ordinalEn(Number(day))} of ${month}${year ? ` ${yearEn(Number(year))}` : ""}`,
      )
      .replace(
        new RegExp(`\\b(${MONTHS}|in|since|until|by|from|to|of|year|early|late) (\\d{4})\\b`, "g"),
        (_, before: string, year: string) => `${before} ${yearEn(Number(year))}`,
      )
      .replace(/\d+(?:\.\d+)?/g, (number, offset: number, whole: string) => {
        const before = whole.slice(Math.max(0, offset - 12), offset);
        const after = whole.slice(offset + number.length);
        const isDialled =
          (SERVICE_NUMBERS.has(number) &&
            (number.length >= 5 || DIALLED_CUES.test(before) || SERVICE_AFTER.test(after))) ||
          /^1[3-9]\d{9}$/.test(number) ||
          /^0\d{5,}$/.test(number) ||
          (!number.includes(".") && number.length >= 5 && DIALLED_CUES.test(before));
        return isDialled ? digitsEn(number) : numberEn(number);
      })
  );
}
