import { describe, expect, it } from "vitest";
import { toSimplified } from "./convert.ts";

describe("simplified conversion", () => {
  it("converts traditional characters and keeps 显著 (not 显着)", () => {
    expect(toSimplified("鎮區、企業顯著位置懸掛橫幅")).toBe("镇区、企业显著位置悬挂横幅");
    expect(toSimplified("著名")).toBe("著名");
  });

  it("keeps digits, Latin letters and punctuation", () => {
    expect(toSimplified("LED屏1800多個小時,IP網絡:“保護傘”(擴大)")).toBe(
      "LED屏1800多个小时,IP网络:“保护伞”(扩大)",
    );
  });

  it("leaves simplified text as it is", () => {
    const text = "港西镇多措并举扎实推进扫黑除恶专项斗争";
    expect(toSimplified(text)).toBe(text);
  });
});
