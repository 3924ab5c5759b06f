/**
 * What a resident on a phone meets on one page, measured in the browser: how far the page is
 * wider than the screen, the controls too small to hit, and (in elder mode) text under 20 px.
 *
 * Controls are links, buttons, form fields and `<summary>`s that are shown. A link inside
 * running text (an inline link with other text beside it in its block) is exempt from the tap
 * size, as in WCAG 2.5.8; so is the skip link while it waits off screen.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

export const PHONE_WIDTHS = [320, 360, 390] as const;
export const PHONE_HEIGHT = 844;

/** Smallest control, CSS px: 44 for everyone, 60 in elder mode (适老化). */
export const TAP_SIZE = { normal: 44, elder: 60 } as const;
/** Smallest text in elder mode on a phone, CSS px. */
export const ELDER_TEXT_PX = 20;

export interface PhoneAudit {
  viewport: number;
  /** document.documentElement.scrollWidth: the width the reader can scroll to. */
  scrollWidth: number;
  /** Elements whose right edge passes the viewport, when the page overflows. */
  wide: string[];
  /** Controls smaller than the tap size: `selector WxH`. */
  small: string[];
  /** Elder mode only: visible text below ELDER_TEXT_PX: `selector size`. */
  smallText: string[];
}

export async function auditPage(page: Page, elder: boolean): Promise<PhoneAudit> {
  return page.evaluate(
    ({ minTap, minText, elder }) => {
      const describe = (el: Element): string => {
        const id = el.id ? `#${el.id}` : "";
        const cls =
          typeof el.className === "string" && el.className.trim()
            ? `.${el.className.trim().split(/\s+/).join(".")}`
            : "";
        const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 24);
        return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
      };
      const shown = (el: Element): boolean => {
        const style = getComputedStyle(el);
        if (style.visibility === "hidden" || style.display === "none") return false;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) return false;
        // Clipped to 1 px (visually hidden) or parked off screen (the skip link).
        if (box.width <= 1 && box.height <= 1) return false;
        if (box.bottom + window.scrollY < 0) return false;
        return el.closest("details:not([open]) > :not(summary)") === null;
      };
      const inRunningText = (el: Element): boolean => {
        if (el.tagName !== "A") return false;
        if (getComputedStyle(el).display !== "inline") return false;
        let block: Element | null = el.parentElement;
        while (block && getComputedStyle(block).display === "inline") block = block.parentElement;
        if (!block) return false;
        const all = (block.textContent ?? "").replace(/\s+/g, "");
        const own = (el.textContent ?? "").replace(/\s+/g, "");
        return all.length > own.length;
      };

      /** Scrolled inside a box of its own (a table, the phone navigation): not the page's width. */
      const clipped = (el: Element): boolean => {
        for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
          if (getComputedStyle(up).overflowX !== "visible") return true;
        }
        return false;
      };
      const viewport = document.documentElement.clientWidth;
      const scrollWidth = document.documentElement.scrollWidth;
      const wide: string[] = [];
      if (scrollWidth > viewport) {
        for (const el of document.body.querySelectorAll("*")) {
          const box = el.getBoundingClientRect();
          if (box.right > viewport + 0.5 && shown(el) && !clipped(el)) {
            // The outermost offender only: its children are wide because it is.
            const parent = el.parentElement;
            if (parent && parent.getBoundingClientRect().right > viewport + 0.5) continue;
            wide.push(`${describe(el)} right=${Math.round(box.right)}`);
          }
        }
      }

      const small: string[] = [];
      const controls = document.body.querySelectorAll(
        "a[href], button, input:not([type=hidden]), select, textarea, summary",
      );
      for (const el of controls) {
        if (!shown(el) || inRunningText(el)) continue;
        const box = el.getBoundingClientRect();
        if (box.width + 0.5 < minTap || box.height + 0.5 < minTap) {
          small.push(`${describe(el)} ${Math.round(box.width)}x${Math.round(box.height)}`);
        }
      }

      const smallText: string[] = [];
      if (elder) {
        for (const el of document.body.querySelectorAll("*")) {
          const hasText = [...el.childNodes].some(
            (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? "").trim() !== "",
          );
          if (!hasText || !shown(el)) continue;
          if (el.closest("svg, [aria-hidden=true]")) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size + 0.05 < minText) smallText.push(`${describe(el)} ${size}px`);
        }
      }
      return { viewport, scrollWidth, wide, small, smallText };
    },
    { minTap: elder ? 60 : 44, minText: 20, elder },
  );
}

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe's `color-contrast-enhanced` (WCAG AAA, 7:1 for text, 4.5:1 for large text): what elder
 * mode promises. The page's context must bypass its CSP for the inline script.
 */
export async function enhancedContrastViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: ["color-contrast-enhanced"] });
    return result.violations.flatMap((v) => v.nodes.map((n) => n.target.join(" ")));
  });
}
