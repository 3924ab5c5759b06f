/**
 * The LED feed's settings from the address, applied as CSS custom properties (through the
 * CSSOM, which the Content Security Policy allows; style attributes it does not). Without
 * this script the feed scrolls with its defaults.
 */
import { DEFAULT_SPEED, parseLedParams } from "./params.ts";

interface LedConfig {
  locale: string;
  /** Each locale's feed page, for `lang=`. */
  pages: Record<string, string>;
}

const reducedMotion = matchMedia("(prefers-reduced-motion: reduce)");

function oneAtATime(led: HTMLElement): boolean {
  return reducedMotion.matches || led.classList.contains("led--one");
}

/** Shrinks each slogan that does not fit the screen when they are shown one at a time. */
function fitItems(led: HTMLElement): void {
  for (const item of led.querySelectorAll<HTMLElement>(".led__list:not(.led__list--copy) li")) {
    item.style.removeProperty("font-size");
    if (!oneAtATime(led)) continue;
    let size = Number.parseFloat(getComputedStyle(item).fontSize);
    while (
      size > 8 &&
      (item.scrollHeight > item.clientHeight || item.scrollWidth > item.clientWidth)
    ) {
      size *= 0.9;
      item.style.setProperty("font-size", `${size.toFixed(1)}px`);
    }
  }
}

/** One pass takes as long as `speed` characters a second needs for the real width. */
function setDuration(led: HTMLElement, speed: number): void {
  const list = led.querySelector<HTMLElement>(".led__list");
  if (!list) return;
  const em = Number.parseFloat(getComputedStyle(list).fontSize);
  const seconds = list.getBoundingClientRect().width / em / speed;
  if (Number.isFinite(seconds) && seconds > 0) {
    led.style.setProperty("--led-duration", `${seconds.toFixed(2)}s`);
  }
}

function main(): void {
  const led = document.querySelector<HTMLElement>("[data-led]");
  if (!led) return;
  const config = JSON.parse(led.dataset["config"] ?? "{}") as LedConfig;
  const params = parseLedParams(location.search, Object.keys(config.pages));
  for (const problem of params.ignored) console.warn(`LED feed: ignored ${problem}`);

  const page = params.locale && config.pages[params.locale];
  if (page && params.locale !== config.locale) {
    location.replace(`${page}${location.search}`);
    return;
  }
  const style = led.style;
  if (params.fg) style.setProperty("--led-fg", params.fg);
  if (params.bg) {
    style.setProperty("--led-bg", params.bg);
    document.documentElement.style.setProperty("background", params.bg);
  }
  if (params.size) {
    style.setProperty("--led-size", `${params.size}vh`);
    style.setProperty("--led-one-size", `${params.size}vh`);
  }
  if (params.hold) style.setProperty("--led-hold", `${params.hold}s`);
  if (params.mode === "one") led.classList.add("led--one");
  led.dataset["ledReady"] = "";

  const layout = () => {
    setDuration(led, params.speed ?? DEFAULT_SPEED);
    fitItems(led);
  };
  layout();
  addEventListener("resize", layout);
  reducedMotion.addEventListener("change", layout);
  document.addEventListener("keydown", (event) => {
    if (event.key === " ") {
      event.preventDefault();
      led.classList.toggle("led--paused");
    }
  });
}

main();
