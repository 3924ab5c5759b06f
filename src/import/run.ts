/**
 * `npm run import`: one raw text file in, one bulletin (and a ledger proposal beside it) out.
 * Node-only. Nothing is written unless every file can be written: an existing file is refused
 * before anything is touched, unless `force` is set.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Locale } from "../i18n/locales.ts";
import { cleanArticle, type CleanArticle } from "./clean.ts";
import { decodeInput, InputError } from "./decode.ts";
import { PLACEHOLDER_EN } from "./placeholders.ts";
import { datedSlug } from "./slug.ts";
import { bulletinMarkdown, ledgerYaml, type LedgerProposal } from "./write.ts";

export interface ImportOptions {
  input: Uint8Array;
  /** The file name (or "standard input"), for messages. */
  inputName: string;
  locale: Locale;
  outDir: string;
  force: boolean;
  today: string;
}

export interface ImportOutcome {
  article: CleanArticle;
  slug: string;
  bulletinPath: string;
  ledgerPath?: string;
}

// The national campaign began in January 2018; "截至目前" (so far) figures count from then.
const CAMPAIGN_START = "2018-01-01";

export function importArticle(options: ImportOptions): ImportOutcome {
  const raw = decodeInput(options.input, options.inputName);
  const article = cleanArticle(raw, { today: options.today, simplify: options.locale === "zh-cn" });
  if (article.paragraphs.length === 0) {
    throw new InputError(
      `${options.inputName} has a title but no article text: nothing to import.`,
    );
  }
  const slug = datedSlug(article.date, article.title);
  const bulletinPath = join(options.outDir, `${slug}.md`);
  const ledgerPath = join(options.outDir, `${slug}.ledger.yaml`);
  const writesLedger = article.figures.length > 0;

  const targets = [
    bulletinPath,
    join(options.outDir, `${slug}.mdx`),
    ...(writesLedger ? [ledgerPath] : []),
  ];
  const existing = targets.filter((path) => existsSync(path));
  if (existing.length > 0 && !options.force) {
    throw new InputError(
      `already there: ${existing.join(", ")}. Nothing was written; use --force to replace, or --out to write elsewhere.`,
    );
  }

  mkdirSync(options.outDir, { recursive: true });
  writeFileSync(bulletinPath, bulletinMarkdown(article, article.paragraphs));
  if (!writesLedger) return { article, slug, bulletinPath };
  writeFileSync(
    ledgerPath,
    ledgerYaml(ledgerHeader(slug), ledgerProposals(article, `${options.locale}/${slug}`)),
  );
  return { article, slug, bulletinPath, ledgerPath };
}

function ledgerHeader(slug: string): string[] {
  return [
    `PROPOSAL, not content: figures read from ${slug}.md by npm run import.`,
    "Check each count, kind and period against the text, fill in the English place, then move",
    "the entries into content/data/ledger.yaml and delete this file.",
    "periodStart is the campaign start (2018-01-01) where the text says 截至/以来, otherwise the",
    "bulletin date: correct it if the report counts from another day.",
  ];
}

const kebab = (kind: string) => kind.replace(/[A-Z]/gu, (c) => `-${c.toLowerCase()}`);

export function ledgerProposals(article: CleanArticle, bulletinId: string): LedgerProposal[] {
  const cumulative = /截至|以来/u.test(article.paragraphs.join(""));
  const slug = bulletinId.slice(bulletinId.indexOf("/") + 1);
  const used = new Map<string, number>();
  return article.figures.map((figure) => {
    const base = `${slug}-${kebab(figure.kind)}`;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    return {
      id: seen === 1 ? base : `${base}-${seen}`,
      periodStart: cumulative && CAMPAIGN_START < article.date ? CAMPAIGN_START : article.date,
      periodEnd: article.date,
      place: { "zh-cn": article.place, en: PLACEHOLDER_EN },
      kind: figure.kind,
      count: figure.count,
      ...(figure.atLeast ? { atLeast: true as const } : {}),
      source: `${article.title}（${article.source}）：${figure.quote}`,
      bulletin: bulletinId,
    };
  });
}
