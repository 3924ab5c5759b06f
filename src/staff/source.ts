/**
 * A bulletin or explainer as the staff outputs (WeChat article, broadcast script) receive it:
 * its text already rendered, its labels already translated, its addresses absolute. Built by
 * src/staff/article.ts; the outputs themselves are pure functions of it.
 */
import type { Locale } from "../i18n/locales.ts";

export interface ArticleSource {
  locale: Locale;
  title: string;
  /** Shown under the title: date, place, source, authors. */
  meta: { label: string; value: string }[];
  /** The lead paragraph, where the page shows one. */
  lead?: string | undefined;
  cover?: { src: string; alt: string } | undefined;
  /** The body as rendered HTML (Markdown or MDX). */
  bodyHtml: string;
  /** Labelled facts after the body (an explainer's charges, statutes, outcome, lesson), as HTML. */
  facts: { label: string; html: string }[];
  /** Where the article is read online. */
  url: string;
  siteName: string;
  source: string;
}
