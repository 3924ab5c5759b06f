/**
 * `npm run print`: draws one material (by id or file) or all of them into a folder, with the
 * same templates, fit rules and cache as the build. Each file is written whole or not at all;
 * a material that fails is reported with its file, field and fix, and the others still print.
 */
import { basename, join, resolve } from "node:path";
import { runGate } from "../../content/gate.ts";
import { say } from "../../i18n/messages.ts";
import { materialContext } from "../../content/materials.ts";
import { ContentProblems, errorsOf } from "../../content/problems.ts";
import { isLocale, localeCodes, type Locale } from "../../i18n/locales.ts";
import { BANNER_SCALE } from "../../print/banner.ts";
import { paperNames, type PaperName } from "../../print/paper.ts";
import { PressError } from "../../print/press.ts";
import {
  resolveMaterial,
  type MaterialSource,
  type PrintOverrides,
} from "../../print/materials.ts";
import { cacheDir } from "../../draw/cache.ts";
import { writeMaterial, type WrittenMaterial } from "../../print/output.ts";
import { pageCount, type MaterialSpec } from "../../print/spec.ts";
import { UsageError, UserError } from "../errors.ts";
import { asUserErrorFor, checkWritableFolder, fsErrorOf } from "../fs-errors.ts";

export interface PrintRequest {
  root: string;
  /** A material id (`poster-report`) or file (`content/print/zh-cn/poster-report.yaml`). */
  target?: string | undefined;
  all: boolean;
  locale?: string | undefined;
  size?: string | undefined;
  bleed?: string | undefined;
  cropMarks: boolean;
  cmyk: boolean;
  out: string;
  cache: boolean;
  /**
   * Print materials that still hold sample data, as proofs: every page then says
   * 样稿 / SAMPLE in the slug and on the preview. Without it they are refused.
   */
  sample?: boolean | undefined;
}

export interface PrintProgress {
  start(total: number): void;
  step(done: number, total: number, label: string): void;
  finish(): void;
}

export interface PrintResult {
  written: { item: WrittenMaterial; files: string[] }[];
  failures: string[];
}

function overridesOf(request: PrintRequest): PrintOverrides {
  const overrides: PrintOverrides = {};
  if (request.size !== undefined) {
    const size = request.size.toUpperCase();
    if (!paperNames.includes(size as PaperName)) {
      throw new UsageError(`--size ${request.size}: expected one of ${paperNames.join(", ")}`);
    }
    overrides.paper = size as PaperName;
  }
  if (request.bleed !== undefined) {
    const bleed = Number(request.bleed);
    if (!Number.isFinite(bleed) || bleed < 0 || bleed > 10) {
      throw new UsageError(`--bleed ${request.bleed}: expected millimetres from 0 to 10, e.g. 3`);
    }
    overrides.bleedMm = bleed;
  }
  if (request.cropMarks) overrides.cropMarks = true;
  if (request.cmyk) overrides.cmyk = true;
  return overrides;
}

/** The materials a request names: one id or file (in one or every locale), or all. */
export function selectSources(sources: MaterialSource[], request: PrintRequest): MaterialSource[] {
  if (request.locale !== undefined && !isLocale(request.locale)) {
    throw new UsageError(`--locale ${request.locale}: expected one of ${localeCodes.join(", ")}`);
  }
  const locale = request.locale as Locale | undefined;
  const inLocale = (list: MaterialSource[]) =>
    locale ? list.filter((s) => s.locale === locale) : list;
  if (request.all) return inLocale(sources);
  const target = request.target;
  if (!target) throw new UsageError("name a material (its id or file), or pass --all");
  const asFile = target.replace(/\\/gu, "/").replace(/^\.\//u, "");
  const byFile = sources.filter(
    (s) => s.file === asFile || resolve(request.root, s.file) === resolve(target),
  );
  if (byFile.length > 0) return byFile;
  const id = basename(asFile).replace(/\.ya?ml$/u, "");
  const byId = sources.filter((s) => s.id === id);
  if (byId.length === 0) {
    const known = [...new Set(sources.map((s) => s.id))].sort().join(", ");
    throw new UserError(`no material "${target}" in content/print/. Known materials: ${known}`);
  }
  const selected = inLocale(byId);
  if (selected.length === 0) {
    throw new UserError(
      `"${id}" has no ${locale} version; it exists in ${byId.map((s) => s.locale).join(", ")}`,
    );
  }
  return selected;
}

/** File names in the output folder: flat, and saying the size when it is not the usual one. */
function outputFiles(spec: MaterialSpec, overrides: PrintOverrides) {
  const stem = `${spec.id}-${spec.locale}${overrides.paper ? `-${spec.paper}` : ""}`;
  return {
    pdf: `${stem}.pdf`,
    cmykPdf: `${stem}-cmyk.pdf`,
    scalePdf:
      spec.kind === "banner"
        ? `${stem}-scale-1to${BANNER_SCALE}-${spec.trim.widthMm / 10}x${spec.trim.heightMm / 10}cm.pdf`
        : undefined,
    previews: Array.from({ length: pageCount(spec) }, (_, i) => `${stem}-${i + 1}.png`),
  };
}

export async function printMaterials(
  request: PrintRequest,
  progress: PrintProgress,
): Promise<PrintResult> {
  const overrides = overridesOf(request);
  // The output folder first: a wrong --out fails in a moment, not after drawing.
  const out = resolve(request.root, request.out);
  try {
    await checkWritableFolder(out);
  } catch (error) {
    throw asUserErrorFor(`--out ${request.out}`, error);
  }
  // The content gate's verdict is the build's: nothing prints that the site would refuse.
  // Layout is left to the drawing below, which reports a material that does not fit by itself.
  const gate = await runGate(resolve(request.root), { print: false });
  const errors = errorsOf(gate.problems);
  if (errors.length > 0) throw new ContentProblems(errors);
  let context: ReturnType<typeof materialContext>;
  try {
    context = materialContext(gate.content, gate.deploy, resolve(request.root));
  } catch (error) {
    if (!(error instanceof PressError)) throw error;
    throw new UserError(
      say({ "zh-cn": `${error.file}：${error.zh}`, en: `${error.file}: ${error.en}` }),
    );
  }
  const selected = selectSources(gate.content.materials, request);
  const cache = request.cache ? cacheDir(request.root, "print") : undefined;
  const result: PrintResult = { written: [], failures: [] };
  progress.start(selected.length);
  for (const [i, source] of selected.entries()) {
    progress.step(i, selected.length, `${source.id} (${source.locale})`);
    try {
      const spec = resolveMaterial(source, context, overrides);
      if (spec.samples.length > 0 && !request.sample) {
        result.failures.push(
          say({
            "zh-cn": `${source.file}: 还有示例数据（${spec.samples.join("、")}），不能付印：先换成本地信息；只要校样就加 --sample（每页会印上“样稿”标记）`,
            en: `${source.file}: still holds sample data (${spec.samples.join(", ")}), so it is not printed: replace it first, or add --sample for a proof (every page is then marked SAMPLE)`,
          }),
        );
        continue;
      }
      const files = outputFiles(spec, overrides);
      const item = await writeMaterial(spec, out, cache, files);
      result.written.push({
        item,
        files: [files.pdf, files.cmykPdf, files.scalePdf, ...files.previews]
          .filter((f): f is string => !!f)
          .map((f) => join(out, f)),
      });
    } catch (error) {
      // The folder or the disk failing (full, read-only) fails every material alike: stop.
      if (fsErrorOf(error)?.path.startsWith(out))
        throw asUserErrorFor(`--out ${request.out}`, error);
      result.failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  progress.step(selected.length, selected.length, "");
  progress.finish();
  return result;
}
