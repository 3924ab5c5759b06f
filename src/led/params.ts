/**
 * The LED feed's settings from its address (`/led/?speed=3&fg=ffcc00&bg=000000&size=60`):
 * each value is checked, and a bad one is ignored (and reported) so the screen keeps showing
 * slogans with the default instead. Runs in the browser; the page works without it.
 */

/** Characters (em) that pass per second when nothing else is asked for. */
export const DEFAULT_SPEED = 2.5;

/** Seconds each slogan stays when they are shown one at a time. */
export const DEFAULT_HOLD = 6;

export const LED_RANGES = {
  /** Characters (em) per second. */
  speed: [0.5, 20],
  /** Text height, as a percentage of the screen height. */
  size: [10, 90],
  /** Seconds per slogan, one at a time. */
  hold: [1, 60],
} as const;

export type LedMode = "scroll" | "one";

export interface LedParams {
  speed?: number;
  size?: number;
  hold?: number;
  /** `#rrggbb`. */
  fg?: string;
  bg?: string;
  /** A locale code from the list given. */
  locale?: string;
  mode?: LedMode;
  /** What was ignored and why, for whoever sets up the screen. */
  ignored: string[];
}

const HEX = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** `ffcc00`, `#FC0` → `#ffcc00`; anything else → undefined. */
export function parseColour(value: string): string | undefined {
  const match = HEX.exec(value.trim());
  if (!match?.[1]) return undefined;
  const digits = match[1].toLowerCase();
  return `#${digits.length === 3 ? [...digits].map((d) => d + d).join("") : digits}`;
}

function parseNumber(value: string, [min, max]: readonly [number, number]): number | undefined {
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
  const number = Number(value);
  return number >= min && number <= max ? number : undefined;
}

/** A locale code, or its language alone (`zh` for `zh-cn`), in any case. */
function parseLocale(value: string, locales: readonly string[]): string | undefined {
  const wanted = value.trim().toLowerCase();
  return (
    locales.find((code) => code === wanted) ??
    locales.find((code) => code.split("-")[0] === wanted.split("-")[0])
  );
}

export function parseLedParams(search: string, locales: readonly string[]): LedParams {
  const query = new URLSearchParams(search);
  const params: LedParams = { ignored: [] };
  const ignore = (name: string, value: string, expected: string) =>
    params.ignored.push(`${name}=${value}: expected ${expected}`);
  for (const [name, value] of query) {
    switch (name) {
      case "speed":
      case "size":
      case "hold": {
        const [min, max] = LED_RANGES[name];
        const number = parseNumber(value, LED_RANGES[name]);
        if (number === undefined) ignore(name, value, `a number from ${min} to ${max}`);
        else params[name] = number;
        break;
      }
      case "fg":
      case "bg": {
        const colour = parseColour(value);
        if (colour === undefined) ignore(name, value, "a hex colour like ffcc00");
        else params[name] = colour;
        break;
      }
      case "lang": {
        const locale = parseLocale(value, locales);
        if (locale === undefined) ignore(name, value, `one of ${locales.join(", ")}`);
        else params.locale = locale;
        break;
      }
      case "mode":
        if (value === "scroll" || value === "one") params.mode = value;
        else ignore(name, value, "scroll or one");
        break;
      default:
        params.ignored.push(`${name}: not a setting of the LED feed`);
    }
  }
  return params;
}
