/**
 * Chinese text as an announcer reads it aloud: figures in words (450条 → 四百五十条), years and
 * phone or hotline numbers digit by digit (2019年 → 二零一九年, 12337 → 一二三三七), percentages
 * (85% → 百分之八十五), times and ranges (8:00-20:00 → 八点至二十点).
 */

const DIGITS = "零一二三四五六七八九";
const SMALL_UNITS = ["", "十", "百", "千"];
const BIG_UNITS = ["", "万", "亿", "万亿"];

/** Hotlines everyone knows by their digits (110, 12337 …): never read as amounts. */
export const SERVICE_NUMBERS = new Set([
  "110",
  "119",
  "120",
  "122",
  "12110",
  "12309",
  "12315",
  "12337",
  "12345",
  "12348",
  "12368",
  "12388",
  "12389",
]);

/** A measure word or unit after a number makes it an amount: 横幅120条 is not the ambulance. */
const MEASURE =
  /^\s*[余多]?[个条张份次名人件起位家户元年月日天期篇幅块面辆趟处本册套万亿千百小公米斤吨岁]/u;

/** Words just before a number that say it is a number to dial or quote, not an amount. */
const NUMBER_CUES = /(电话|热线|拨打|致电|手机|号码|编号|邮编|传真|QQ|微信号)[：:\s]*$/u;

export function digitsZh(digits: string): string {
  return [...digits].map((d) => DIGITS[Number(d)] ?? d).join("");
}

function section(n: number): string {
  // n < 10000: 1010 → 一千零一十, 305 → 三百零五
  let out = "";
  let zero = false;
  for (let unit = 3; unit >= 0; unit--) {
    const digit = Math.floor(n / 10 ** unit) % 10;
    if (digit === 0) {
      zero = out !== "";
      continue;
    }
    if (zero) out += "零";
    zero = false;
    out += (DIGITS[digit] ?? "") + (SMALL_UNITS[unit] ?? "");
  }
  return out;
}

/** A whole number in words: 450 → 四百五十, 12 → 十二, 100000 → 十万, 2000 → 两千. */
export function integerZh(value: string | number): string {
  const digits = String(value).replace(/^0+(?=\d)/, "");
  if (digits === "0") return "零";
  const groups: number[] = [];
  for (let end = digits.length; end > 0; end -= 4) {
    groups.unshift(Number(digits.slice(Math.max(0, end - 4), end)));
  }
  let out = "";
  let pendingZero = false;
  groups.forEach((group, index) => {
    const unit = BIG_UNITS[groups.length - 1 - index] ?? "";
    if (group === 0) {
      pendingZero = out !== "";
      return;
    }
    if (out !== "" && (pendingZero || group < 1000)) out += "零";
    pendingZero = false;
    out += section(group) + unit;
  });
  // 一十二 is said 十二; a leading 二 before 千, 万 or 亿 is said 两.
  return out.replace(/^一十/, "十").replace(/^二(?=[千万亿])/, "两");
}

/** 3.5 → 三点五; 12 → 十二. */
export function numberZh(value: string): string {
  const [whole = "0", fraction] = value.split(".");
  return fraction === undefined ? integerZh(whole) : `${integerZh(whole)}点${digitsZh(fraction)}`;
}

function timeZh(hours: string, minutes: string): string {
  const h = integerZh(Number(hours));
  return minutes === "00" ? `${h}点` : `${h}点${integerZh(Number(minutes))}分`;
}

export function speakZh(text: string): string {
  return (
    text
      // Thousands separators first: 6,800 is one number.
      .replace(/\d{1,3}(?:,\d{3})+(?!\d)/g, (n) => n.replace(/,/g, ""))
      // Web and e-mail addresses: dots and digits as said, letters as they are.
      .replace(/(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/\S*)?/gi, (address) =>
        address.replace(/\./g, "点").replace(/\d/g, (d) => digitsZh(d)),
      )
      // Phone numbers with an area code: 0631-7512345.
      .replace(/0\d{2,3}-\d{7,8}/g, (phone) => digitsZh(phone.replace("-", "")))
      .replace(/(\d{4})-(\d{1,2})-(\d{1,2})/g, (_, y: string, m: string, d: string) => {
        return `${digitsZh(y)}年${integerZh(m)}月${integerZh(d)}日`;
      })
      .replace(/(\d{1,2}):(\d{2})/g, (_, h: string, m: string) => timeZh(h, m))
      .replace(/(\d+(?:\.\d+)?)\s*[%％]/g, (_, n: string) => `百分之${numberZh(n)}`)
      .replace(/(\d{4})(?=\s*年)/g, (year) => digitsZh(year))
      .replace(/\d+(?:\.\d+)?/g, (number, offset: number, whole: string) => {
        const before = whole.slice(Math.max(0, offset - 8), offset);
        const after = whole.slice(offset + number.length);
        const isDialled =
          (SERVICE_NUMBERS.has(number) && !MEASURE.test(after)) ||
          /^1[3-9]\d{9}$/.test(number) ||
          /^0\d{5,}$/.test(number) ||
          (!number.includes(".") && NUMBER_CUES.test(before));
        if (isDialled) return digitsZh(number);
        // 2个, 2名: 两, as said before a measure word.
        if (number === "2" && /^[个名人件起次条位家户天年]/u.test(after)) {
          return "两";
        }
        return numberZh(number);
      })
      // Ranges between spoken numbers: 八点-二十点 → 八点至二十点.
      .replace(
        /(?<=[零一二两三四五六七八九十百千万亿点])\s*[-–—~～]\s*(?=[零一二两三四五六七八九十])/gu,
        "至",
      )
  );
}
