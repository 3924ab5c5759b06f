import { describe, expect, it } from "vitest";
import { formatDate, formatNumber, isoDay } from "./format.ts";

describe("formatting per locale", () => {
  const day = new Date("2019-08-29T00:00:00Z");

  it("writes dates the way each locale's readers expect", () => {
    expect(formatDate("zh-cn", day)).toBe("2019年8月29日");
    expect(formatDate("en", day)).toBe("29 August 2019");
    expect(isoDay(day)).toBe("2019-08-29");
  });

  it("groups thousands", () => {
    expect(formatNumber("zh-cn", 6800)).toBe("6,800");
    expect(formatNumber("en", 1800)).toBe("1,800");
  });
});
