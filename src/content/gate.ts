/**
 * The content gate: everything that must be right before anything is published, checked in one
 * place. `npm run check` prints what it finds; the build runs it before Astro starts and stops
 * on any error with the same messages, leaving the previous dist/ as it was; `npm run print`
 * and the studio use it too. It reads the files (./read.ts), resolves the model (./model.ts),
 * then lays out every print material as the build would (layout only; nothing is drawn), so a
 * slogan too long for its banner or a leaflet page that overflows is found here too.
 */
import { sep } from "node:path";
import { pathToFileURL } from "node:url";
import { readDeploySettings } from "../build/deploy.ts";
import { bannerFit, bannerTooLong } from "../print/banner.ts";
import { PrintFitError } from "../print/layout.ts";
import { MaterialError, resolveMaterial } from "../print/materials.ts";
import { PressError } from "../print/press.ts";
import { text } from "../schemas/fields.ts";
import { materialContext, type Deploy } from "./materials.ts";
import { resolveContent, type Content, type ModelEntry } from "./model.ts";
import { sources } from "./sources.ts";
import { problem, type Problem } from "./problems.ts";
import { readContent, type RawEntry } from "./read.ts";
import { releaseProblems, type ReleaseOptions } from "./release.ts";
import { isoDay, translationStatus, type TranslationStatus } from "./translations.ts";
import { isLocale } from "../i18n/locales.ts";

export interface GateResult {
  content: Content;
  /** Errors and warnings, in the order found. */
  problems: Problem[];
  files: number;
  entries: number;
  translations: TranslationStatus;
  deploy: Deploy;
}

export interface GateOptions {
  /** The release's address and base (the build's --site/--base); deploy.yaml otherwise. */
  deploy?: Deploy | undefined;
  /** Lay out the print materials too (default true). */
  print?: boolean;
  /**
   * Checking for a release: sample data, example addresses and unconfirmed dates are errors.
   * Otherwise they are listed as warnings (the sample site builds).
   */
  release?: (ReleaseOptions & { enabled: boolean }) | undefined;
}

/** Translation status of the pages, drafts included (a draft translation is a stub). */
function translationsOf(entries: readonly RawEntry[]): TranslationStatus {
  return translationStatus(
    entries.flatMap((entry) =>
      entry.body !== undefined && entry.locale && entry.slug && isLocale(entry.locale)
        ? [
            {
              collection: entry.collection,
              locale: entry.locale,
              slug: entry.slug,
              file: entry.file,
              draft: entry.data["draft"] === true,
              changed: isoDay(entry.data["updated"]) ?? isoDay(entry.data["date"]),
              translatedFrom: isoDay(entry.data["translatedFrom"]),
            },
          ]
        : [],
    ),
  );
}

function deployOf(root: string, problems: Problem[]): Deploy {
  try {
    return readDeploySettings(pathToFileURL(root.endsWith(sep) ? root : `${root}${sep}`));
  } catch (error) {
    problems.push(
      problem(
        "error",
        "files",
        "content/data/deploy.yaml",
        text(
          `网站地址设置有误：${(error as Error).message}`,
          `the site address settings are wrong: ${(error as Error).message}`,
        ),
      ),
    );
    return { site: "https://example.invalid", base: "/" };
  }
}

/** Every print material laid out as the build would; banners measured against their slogan. */
async function printProblems(content: Content, deploy: Deploy, root: string): Promise<Problem[]> {
  if (content.materials.length === 0) return [];
  const [{ font }, { drawPages }, { templateFonts }] = await Promise.all([
    import("../draw/fonts.ts"),
    import("../print/templates/index.ts"),
    import("../draw/render.ts"),
  ]);
  const problems: Problem[] = [];
  let context: ReturnType<typeof materialContext>;
  try {
    context = materialContext(content, deploy, root);
  } catch (error) {
    if (!(error instanceof PressError)) throw error;
    const where = { field: "profile" };
    const message = text(`${error.file}${error.zh}`, `${error.file} ${error.en}`);
    return [problem("error", "print", sources.print.file, message, where)];
  }
  const slogans = new Map(content.slogans.map((slogan) => [slogan.id, slogan]));
  for (const material of content.materials) {
    const { data, locale, file } = material;
    if (data.kind === "banner") {
      const slogan = slogans.get(data.slogan.id)?.[locale];
      if (!slogan) continue;
      const fit = bannerFit(slogan, { ...data, hemCm: context.press.hemCm }, font(700).metrics);
      if (!fit.fits) {
        problems.push(
          problem("error", "banners", file, bannerTooLong(fit, data), { field: "slogan" }),
        );
      }
      continue;
    }
    try {
      drawPages(resolveMaterial(material, context), templateFonts());
    } catch (error) {
      if (error instanceof PrintFitError || error instanceof MaterialError) {
        problems.push(problem("error", "print", file, error.detail, { field: error.field }));
      } else {
        const message = error instanceof Error ? error.message : String(error);
        problems.push(problem("error", "print", file, text(message, message)));
      }
    }
  }
  return problems;
}

/** Reads, resolves and checks all content under `root`. */
export async function runGate(root: string, options: GateOptions = {}): Promise<GateResult> {
  const read = readContent(root);
  const problems = [...read.problems];
  const deploy = options.deploy ?? deployOf(root, problems);
  const entries = read.entries.map((entry): ModelEntry => ({ ...entry, ref: undefined }));
  const { content, problems: modelProblems } = resolveContent(entries, { broken: read.broken });
  problems.push(...modelProblems);
  const release = releaseProblems(content, entries, deploy, options.release);
  problems.push(
    ...(options.release?.enabled
      ? release
      : release.map((p) => ({ ...p, level: "warning" as const }))),
  );
  if (options.print !== false) problems.push(...(await printProblems(content, deploy, root)));
  return {
    content,
    problems,
    files: read.files,
    entries: read.entries.length,
    translations: translationsOf(read.entries),
    deploy,
  };
}
