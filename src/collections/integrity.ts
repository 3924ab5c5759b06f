/**
 * Checks across files that no single schema can make: every reference points at an entry that
 * exists. Astro's reference() checks the shape of an id, not that the entry is there.
 */
import { getCollection } from "astro:content";

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

export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `${p.file}: ${p.field} ${p.message}`).join("\n");
}

let checked: Promise<void> | undefined;

/** Loads the content once and throws one error listing every broken reference. */
export function assertContentIntegrity(): Promise<void> {
  checked ??= (async () => {
    const [laws, bulletins, explainers, qa, ledger] = await Promise.all([
      getCollection("laws"),
      getCollection("bulletins"),
      getCollection("explainers"),
      getCollection("qa"),
      getCollection("ledger"),
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
    if (problems.length > 0) {
      throw new Error(`Broken references in the content:\n${formatProblems(problems)}`);
    }
  })();
  return checked;
}
