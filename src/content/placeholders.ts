/**
 * Placeholder values written by `npm run import` and `npm run new` where the text gave
 * nothing: they satisfy the schema so the file loads, and this finds them so they are filled in.
 */
import { PLACEHOLDER, PLACEHOLDER_EN } from "../import/placeholders.ts";

const MARKERS = [PLACEHOLDER, PLACEHOLDER_EN, "TODO"];

/** Dotted paths of every string value that still holds a placeholder. */
export function findPlaceholders(value: unknown, path = ""): string[] {
  if (typeof value === "string") {
    return MARKERS.some((marker) => value.includes(marker)) ? [path || "(value)"] : [];
  }
  if (Array.isArray(value))
    return value.flatMap((item, index) => findPlaceholders(item, `${path}[${index}]`));
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([key, item]) =>
      findPlaceholders(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** Whether a Markdown body still holds a placeholder paragraph. */
export function bodyHasPlaceholder(body: string): boolean {
  return MARKERS.some((marker) => body.includes(marker));
}
