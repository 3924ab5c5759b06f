/**
 * The LED feed at build time: the plain-text export for LED controllers, and the CSS that
 * depends on the slogans (how long one pass takes at the default speed; the one-at-a-time
 * rotation for screens that ask for reduced motion). The page shows slogans from this CSS
 * alone; src/led/client.ts only applies settings from the address.
 */
import { textWidthEm } from "../draw/text-width.ts";
import { DEFAULT_HOLD, DEFAULT_SPEED } from "./params.ts";

/** Space after each slogan as it scrolls by, in em. */
export const GAP_EM = 2;

/** One slogan a line, UTF-8, each line ending in a newline. */
export function slogansText(slogans: readonly string[]): string {
  return slogans.map((slogan) => `${slogan.replace(/\s+/g, " ").trim()}\n`).join("");
}

/** Seconds for one pass of all the slogans at the default speed. */
export function scrollSeconds(slogans: readonly string[]): number {
  const width = slogans.reduce((total, slogan) => total + textWidthEm(slogan) + GAP_EM, 0);
  return Math.max(1, Math.round(width / DEFAULT_SPEED));
}

/** Rules that show one slogan at a time, each for `--led-hold` seconds, under `scope`. */
function oneAtATime(scope: string, count: number): string {
  const delays = Array.from(
    { length: count - 1 },
    (_, index) =>
      `${scope} .led__item:nth-child(${index + 2}) { animation-delay: calc(var(--led-hold) * ${index + 1}); }`,
  );
  return [
    `${scope} .led__track { animation: none; position: absolute; inset: 0; }`,
    `${scope} .led__list--copy { display: none; }`,
    `${scope} .led__list { position: absolute; inset: 0; }`,
    `${scope} .led__item {`,
    "  position: absolute;",
    "  inset: 0;",
    "  display: flex;",
    "  align-items: center;",
    "  justify-content: center;",
    "  padding: 0 0.3em;",
    "  font-size: var(--led-one-size);",
    "  line-height: 1.2;",
    "  text-align: center;",
    "  white-space: normal;",
    "  opacity: 0;",
    `  animation: led-show calc(var(--led-hold) * ${count}) step-end infinite;`,
    "}",
    ...delays,
  ].join("\n");
}

export function ledCss(slogans: readonly string[]): string {
  const count = Math.max(1, slogans.length);
  const shown = (100 / count).toFixed(4).replace(/\.?0+$/, "");
  return [
    "/* Made by the build from the active slogans (src/led/feed.ts). */",
    `.led { --led-duration: ${scrollSeconds(slogans)}s; --led-hold: ${DEFAULT_HOLD}s; }`,
    `@keyframes led-show { 0% { opacity: 1; } ${shown}% { opacity: 0; } 100% { opacity: 0; } }`,
    oneAtATime(".led.led--one", count),
    "@media (prefers-reduced-motion: reduce) {",
    oneAtATime(".led", count),
    "}",
    "",
  ].join("\n");
}
