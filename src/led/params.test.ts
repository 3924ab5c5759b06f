import { describe, expect, it } from "vitest";
import { parseColour, parseLedParams } from "./params.ts";

const locales = ["zh-cn", "en"];

describe("LED feed settings from the address", () => {
  it("reads every setting", () => {
    expect(
      parseLedParams("?speed=3.5&size=60&hold=10&fg=FC0&bg=%23000000&lang=en&mode=one", locales),
    ).toEqual({
      speed: 3.5,
      size: 60,
      hold: 10,
      fg: "#ffcc00",
      bg: "#000000",
      locale: "en",
      mode: "one",
      ignored: [],
    });
  });

  it("accepts a locale by its language alone, in any case", () => {
    expect(parseLedParams("lang=zh", locales).locale).toBe("zh-cn");
    expect(parseLedParams("lang=ZH-CN", locales).locale).toBe("zh-cn");
  });

  it("ignores bad values and says why, keeping the good ones", () => {
    const params = parseLedParams(
      "speed=fast&size=150&hold=-1&fg=red&bg=12345&lang=fr&mode=bounce&colour=1&speed=0.1",
      locales,
    );
    expect(params).toEqual({
      ignored: [
        "speed=fast: expected a number from 0.5 to 20",
        "size=150: expected a number from 10 to 90",
        "hold=-1: expected a number from 1 to 60",
        "fg=red: expected a hex colour like ffcc00",
        "bg=12345: expected a hex colour like ffcc00",
        "lang=fr: expected one of zh-cn, en",
        "mode=bounce: expected scroll or one",
        "colour: not a setting of the LED feed",
        "speed=0.1: expected a number from 0.5 to 20",
      ],
    });
    expect(parseLedParams("size=1e2&speed=Infinity&hold=", locales).ignored).toHaveLength(3);
  });

  it("writes colours as #rrggbb", () => {
    expect(parseColour("#ABC")).toBe("#aabbcc");
    expect(parseColour("ff2a1a")).toBe("#ff2a1a");
    expect(parseColour("url(x)")).toBeUndefined();
    expect(parseColour("#ff2a1a;color:red")).toBeUndefined();
  });
});
