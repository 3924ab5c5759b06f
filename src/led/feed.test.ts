import { describe, expect, it } from "vitest";
import { ledCss, scrollSeconds, slogansText } from "./feed.ts";

describe("the LED feed at build time", () => {
  it("exports one slogan a line, each line ended", () => {
    expect(slogansText(["扫黑除恶 人人有责", "  黑恶必除\n法网难逃 "])).toBe(
      "扫黑除恶 人人有责\n黑恶必除 法网难逃\n",
    );
  });

  it("times one pass by the slogans' width at the default speed", () => {
    // 9 + 2 em and 8 + 2 em at 2.5 em a second.
    expect(scrollSeconds(["扫黑除恶 人人有责", "黑恶必除法网难逃"])).toBe(8);
    expect(scrollSeconds([])).toBe(1);
  });

  it("shows one slogan at a time under reduced motion, each for its share of the cycle", () => {
    const css = ledCss(["一", "二", "三", "四"]);
    expect(css).toContain("@keyframes led-show { 0% { opacity: 1; } 25% { opacity: 0; }");
    expect(css).toContain("animation: led-show calc(var(--led-hold) * 4) step-end infinite;");
    expect(css).toContain(
      ".led.led--one .led__item:nth-child(4) { animation-delay: calc(var(--led-hold) * 3); }",
    );
    const reduced = css.slice(css.indexOf("@media (prefers-reduced-motion: reduce) {"));
    expect(reduced).toContain(".led .led__track { animation: none;");
    expect(reduced).toContain(
      ".led .led__item:nth-child(2) { animation-delay: calc(var(--led-hold) * 1); }",
    );
    expect(ledCss(["一", "二", "三"])).toContain("33.3333% { opacity: 0; }");
  });
});
