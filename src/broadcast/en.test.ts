import { describe, expect, it } from "vitest";
import { integerEn, ordinalEn, speakEn, yearEn } from "./en.ts";

describe("English numbers in words", () => {
  it("reads whole numbers the British way", () => {
    const cases: [number, string][] = [
      [0, "zero"],
      [7, "seven"],
      [21, "twenty-one"],
      [110, "one hundred and ten"],
      [450, "four hundred and fifty"],
      [1005, "one thousand and five"],
      [1800, "one thousand eight hundred"],
      [6800, "six thousand eight hundred"],
      [100000, "one hundred thousand"],
      [2500000, "two million five hundred thousand"],
    ];
    for (const [n, words] of cases) expect(integerEn(n), String(n)).toBe(words);
  });

  it("reads years and ordinals", () => {
    expect(yearEn(2019)).toBe("twenty nineteen");
    expect(yearEn(2005)).toBe("two thousand and five");
    expect(yearEn(1905)).toBe("nineteen oh five");
    expect(yearEn(1900)).toBe("nineteen hundred");
    expect(ordinalEn(1)).toBe("first");
    expect(ordinalEn(22)).toBe("twenty-second");
    expect(ordinalEn(29)).toBe("twenty-ninth");
    expect(ordinalEn(30)).toBe("thirtieth");
  });
});

describe("English text for the loudspeaker", () => {
  it("says the ledger figures in words", () => {
    expect(speakEn("450 slogans, 120 banners and more than 1,800 hours")).toBe(
      "four hundred and fifty slogans, one hundred and twenty banners and more than one thousand eight hundred hours",
    );
  });

  it("reads hotlines and phone numbers digit by digit, years as years", () => {
    expect(speakEn("Report it on the 12337 platform. In an emergency, call 110.")).toBe(
      "Report it on the one two three three seven platform. In an emergency, call one one zero.",
    );
    expect(speakEn("Phone 0631-7512345 or 13812345678")).toBe(
      "Phone zero six three one seven five one two three four five or one three eight one two three four five six seven eight",
    );
    expect(speakEn("since 2012, on 29 August 2018")).toBe(
      "since twenty twelve, on the twenty-ninth of August twenty eighteen",
    );
    expect(speakEn("launched on 2019-05-28")).toBe(
      "launched on the twenty-eighth of May twenty nineteen",
    );
    expect(speakEn("at www.12337.gov.cn")).toBe(
      "at www dot one two three three seven dot gov dot cn",
    );
  });

  it("reads percentages, times, ranges, money and abbreviations", () => {
    expect(speakEn("98.5% of reports")).toBe("ninety-eight point five per cent of reports");
    expect(speakEn("open 8:00-20:00, lunch 12:30")).toBe(
      "open eight a.m. to eight p.m., lunch twelve thirty p.m.",
    );
    expect(speakEn("3-7 years under Art. 294, e.g. CNY 100,000")).toBe(
      "three to seven years under Article two hundred and ninety-four, for example one hundred thousand yuan",
    );
  });
});
