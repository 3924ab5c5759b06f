/**
 * Checks across files that no single schema can make: every reference points at an entry that
 * exists. Astro's reference() checks the shape of an id, not that the entry is there.
 */
import { getCollection } from "astro:content";
import { bannerFit } from "../print/banner.ts";
import type { FontMetrics } from "../render/typography.ts";

export interface Problem {
  file: string;
  field: string;
  message: string;
}

interface Ref {
  id: string;
}

export interface IntegrityInput {
  laws: Set<string>;
  bulletins: Set<string>;
  /** Entries that cite laws: file name and statutes. */
  citing: { file: string; field: string; statutes: { law: Ref }[] }[];
  ledger: { id: string; bulletin?: Ref | undefined }[];
}

/** Pure: the problems in already-loaded content. */
export function findReferenceProblems(input: IntegrityInput): Problem[] {
  const problems: Problem[] = [];
  const lawList = [...input.laws].sort().join(", ");
  for (const entry of input.citing) {
    entry.statutes.forEach((statute, index) => {
      if (!input.laws.has(statute.law.id)) {
        problems.push({
          file: entry.file,
          field: `${entry.field}[${index}].law`,
          message: `cites the law "${statute.law.id}", which is not in content/data/laws.yaml (known: ${lawList}). Fix the id or add the law there.`,
        });
      }
    });
  }
  for (const row of input.ledger) {
    if (row.bulletin && !input.bulletins.has(row.bulletin.id)) {
      problems.push({
        file: "content/data/ledger.yaml",
        field: `${row.id}.bulletin`,
        message: `points at the bulletin "${row.bulletin.id}", which does not exist. Write it as <locale>/<file name>, e.g. zh-cn/gangxi-town-measures.`,
      });
    }
  }
  return problems;
}

export interface BannerInput {
  /** The material file, e.g. content/print/zh-cn/banner-duty.yaml. */
  file: string;
  slogan: Ref;
  locale: string;
  widthCm: number;
  heightCm: number;
}

/**
 * Slogans that are missing or do not fit their banner on one line: each names the banner, how
 * many characters fit and how many too many there are.
 */
export function findBannerProblems(
  banners: BannerInput[],
  slogans: Map<string, Record<string, unknown>>,
  metrics: FontMetrics,
): Problem[] {
  const problems: Problem[] = [];
  for (const banner of banners) {
    const file = banner.file;
    const slogan = slogans.get(banner.slogan.id);
    const text = slogan?.[banner.locale];
    if (typeof text !== "string") {
      problems.push({
        file,
        field: "slogan",
        message: `names the slogan "${banner.slogan.id}", which is not in content/data/slogans.yaml${slogan ? ` in ${banner.locale}` : ""}. Fix the id or add the slogan there.`,
      });
      continue;
    }
    const fit = bannerFit(text, banner, metrics);
    if (!fit.fits) {
      problems.push({
        file,
        field: "slogan",
        message:
          `"${text}" does not fit a ${banner.widthCm} × ${banner.heightCm} cm banner on one line: ` +
          `at most ${fit.maxCharacters} characters fit, and it is ${fit.overBy} too long. ` +
          "Shorten the slogan, or make the banner longer (widthCm).",
      });
    }
  }
  return problems;
}

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field} ${p.message}`).join("\n");
}

let checked: Promise<void> | undefined;

/** Loads the content once and throws one error listing every broken reference. */
export function assertContentIntegrity(): Promise<void> {
  checked ??= (async () => {
    const [laws, bulletins, explainers, qa, ledger, materials, slogans] = await Promise.all([
      getCollection("laws"),
      getCollection("bulletins"),
      getCollection("explainers"),
      getCollection("qa"),
      getCollection("ledger"),
      getCollection("materials"),
      getCollection("slogans"),
    ]);
    const problems = findReferenceProblems({
      laws: new Set(laws.map((law) => law.id)),
      bulletins: new Set(bulletins.map((b) => b.id)),
      citing: [...explainers, ...qa].map((entry) => ({
        file: entry.filePath ?? `${entry.collection}/${entry.id}`,
        field: "statutes",
        statutes: entry.data.statutes,
      })),
      ledger: ledger.map((row) => ({ id: row.id, bulletin: row.data.bulletin })),
    });
    const banners = materials.flatMap((material) =>
      material.data.kind === "banner"
        ? [
            {
              ...material.data,
              file: material.filePath ?? `content/print/${material.id}.yaml`,
              locale: material.id.slice(0, material.id.indexOf("/")),
            },
          ]
        : [],
    );
    // The print font is loaded only when there are banners to measure.
    if (banners.length > 0) {
      const { font } = await import("../render/fonts.ts");
      problems.push(
        ...findBannerProblems(
          banners,
          new Map(slogans.map((slogan) => [slogan.id, slogan.data as Record<string, unknown>])),
          font(700).metrics,
        ),
      );
    }
    if (problems.length > 0) {
      throw new Error(`Problems across the content:\n${formatProblems(problems)}`);
    }
  })();
  return checked;
}
