/**
 * Traditional → Simplified Chinese with OpenCC. Damaged copies come from Taiwan- and Hong
 * Kong-style sources, so the Taiwan → mainland preset is used: it also maps Taiwan variant
 * forms and phrases to mainland usage (著手 → 着手) while keeping 显著 and 著名, which a
 * character-by-character converter can turn into 显着. Digits, Latin letters and punctuation
 * pass through unchanged.
 */
import * as OpenCC from "opencc-js";

let converter: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  converter ??= OpenCC.Converter({ from: "tw", to: "cn" });
  return converter(text);
}
