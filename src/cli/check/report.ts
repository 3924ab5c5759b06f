/**
 * The check's report: one section per kind of check, errors and warnings under it, the
 * translation status, and a last line with the totals.
 */
import type { Paint } from "../output.ts";
import type { CheckResult, Finding, Group } from "./content.ts";

const SECTIONS: [Group, string, string][] = [
  ["files", "Files", "every file is named and written so it can be read"],
  ["schemas", "Fields", "every field as its schema expects"],
  ["images", "Images", "every cover image exists"],
  ["references", "References", "every law and bulletin named exists"],
  ["banners", "Slogans on banners", "every slogan fits its banner on one line"],
  ["print", "Print materials", "every material's text fits its paper"],
  ["placeholders", "Placeholders", "nothing left to fill in"],
  ["proposals", "Ledger proposals", "none waiting to be merged"],
];

function line(paint: Paint, finding: Finding): string {
  const mark = finding.level === "error" ? paint.red("✗") : paint.yellow("!");
  return `  ${mark} ${paint.bold(finding.file)}: ${finding.message}`;
}

export function formatReport(
  result: CheckResult,
  paint: Paint,
): { text: string; errors: number; warnings: number } {
  const out: string[] = [`Checked ${result.files} files, ${result.entries} entries.`, ""];
  for (const [group, title, ok] of SECTIONS) {
    const found = result.findings.filter((finding) => finding.group === group);
    const errors = found.filter((finding) => finding.level === "error").length;
    const heading =
      found.length === 0
        ? `${paint.green("✓")} ${title}: ${ok}`
        : `${errors > 0 ? paint.red("✗") : paint.yellow("!")} ${title}: ${counted(errors, "error")}, ${counted(found.length - errors, "warning")}`;
    out.push(heading, ...found.map((finding) => line(paint, finding)));
  }

  const t = result.translations;
  const translationWarnings = t.missing.length + t.drafts.length + t.outdated.length;
  out.push(
    translationWarnings === 0
      ? `${paint.green("✓")} Translations: every page is translated and up to date`
      : `${paint.yellow("!")} Translations: ${counted(translationWarnings, "warning")}`,
    ...t.missing.map(
      ({ original, locale }) =>
        `  ${paint.yellow("!")} ${paint.bold(original.file)}: no ${locale} translation (the ${locale} site shows this text with a notice)`,
    ),
    ...t.drafts.map(
      ({ translation }) =>
        `  ${paint.yellow("!")} ${paint.bold(translation.file)}: not translated yet (a draft stub; the original is shown meanwhile)`,
    ),
    ...t.outdated.map(
      ({ original, translation }) =>
        `  ${paint.yellow("!")} ${paint.bold(translation.file)}: older than the original: made from the version of ${translation.translatedFrom ?? translation.changed ?? "?"}, ${original.file} changed ${original.changed ?? "?"}`,
    ),
  );
  if (t.undated.length > 0) {
    out.push(
      `  ${paint.dim(`${counted(t.undated.length, "translation")} without translatedFrom, compared by their own date; add translatedFrom (the original's date) to be exact`)}`,
    );
  }

  const errors = result.findings.filter((finding) => finding.level === "error").length;
  const warnings = result.findings.length - errors + translationWarnings;
  out.push(
    "",
    errors > 0
      ? paint.red(
          `${counted(errors, "error")}, ${counted(warnings, "warning")}: fix the errors before building.`,
        )
      : `${paint.green("No errors")}${warnings > 0 ? `, ${counted(warnings, "warning")}` : ""}.`,
  );
  return { text: out.join("\n"), errors, warnings };
}

function counted(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}
