/**
 * `npm run check`, the checking: reads every content and data file the content configuration
 * names, validates it with the collection's own schema, then checks what spans files
 * (references, images, placeholders left to fill, ledger proposals not yet merged) and the
 * translation status. Node-only; runs without Astro (see hooks.ts).
 */
import { existsSync, globSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { z } from "astro/zod";
import { parse } from "yaml";
import {
  findBannerProblems,
  findReferenceProblems,
  type BannerInput,
  type IntegrityInput,
} from "../../collections/integrity.ts";
import { font } from "../../render/fonts.ts";
import { isLocale } from "../../i18n/locales.ts";
import type { LoaderDescription } from "./astro-loaders.ts";
import { bodyHasPlaceholder, findPlaceholders } from "./placeholders.ts";
import {
  isoDay,
  translationStatus,
  type EntrySummary,
  type TranslationStatus,
} from "./translations.ts";

export interface CollectionConfig {
  loader: unknown;
  schema?: unknown;
}

export type Group =
  | "files"
  | "schemas"
  | "images"
  | "references"
  | "banners"
  | "print"
  | "placeholders"
  | "proposals";

export interface Finding {
  level: "error" | "warning";
  group: Group;
  file: string;
  message: string;
}

export interface CheckResult {
  findings: Finding[];
  files: number;
  entries: number;
  translations: TranslationStatus;
}

interface Ref {
  id: string;
}

type Schema = z.ZodType;
type SchemaFactory = (context: { image: () => Schema }) => Schema;

const IMAGE_MISSING = "the image";

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

function issuesOf(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, index) =>
        typeof part === "number" ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
      )
      .join("");
    const field = [prefix, path].filter((part) => part !== "").join(".");
    return field === "" ? issue.message : `${field}: ${issue.message}`;
  });
}

function yamlError(error: unknown): string {
  return `is not valid YAML: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
}

export function checkContent(
  root: string,
  collections: Record<string, CollectionConfig>,
): CheckResult {
  const findings: Finding[] = [];
  const add = (level: Finding["level"], group: Group, file: string, message: string) =>
    findings.push({ level, group, file, message });
  const rel = (path: string) => relative(root, path).split("\\").join("/");
  const ids = new Map<string, Set<string>>();
  const citing: IntegrityInput["citing"] = [];
  const ledger: IntegrityInput["ledger"] = [];
  const banners: BannerInput[] = [];
  const slogans = new Map<string, Record<string, unknown>>();
  const summaries: EntrySummary[] = [];
  let files = 0;
  let entries = 0;

  for (const [name, config] of Object.entries(collections)) {
    const loader = config.loader as LoaderDescription;
    const known = new Set<string>();
    ids.set(name, known);
    const schemaFor = (file: string): Schema | undefined => {
      if (typeof config.schema !== "function") return config.schema as Schema | undefined;
      // Astro's image(): a path relative to the entry, which must exist.
      const image = () =>
        z.string().superRefine((value, ctx) => {
          if (!existsSync(resolve(dirname(file), value))) {
            ctx.addIssue({
              code: "custom",
              message: `${IMAGE_MISSING} "${value}" does not exist. Put it at that path (relative to this file), fix the path, or remove the field.`,
            });
          }
        });
      return (config.schema as SchemaFactory)({ image });
    };

    if (loader.name === "glob" && loader.glob) {
      const dir = resolve(root, loader.glob.base);
      const base = pathToFileURL(`${dir}/`);
      for (const entry of globSync(loader.glob.pattern, { cwd: dir }).sort()) {
        const path = resolve(dir, entry);
        const file = rel(path);
        files += 1;
        const text = readFileSync(path, "utf8");
        // A YAML entry (a print material) is all data; a page keeps its data in frontmatter.
        const isYaml = /\.ya?ml$/u.test(entry);
        const match = isYaml ? ([text, text] as const) : FRONTMATTER.exec(text);
        if (!match) {
          add(
            "error",
            "files",
            file,
            "has no frontmatter: start the file with a --- line, the fields, and another --- line",
          );
          continue;
        }
        let raw: Record<string, unknown>;
        try {
          raw = (parse(match[1] ?? "") ?? {}) as Record<string, unknown>;
        } catch (error) {
          add("error", "files", file, yamlError(error));
          continue;
        }
        let id: string;
        try {
          id =
            loader.glob.generateId?.({ entry, base, data: raw }) ?? entry.replace(/\.[^.]+$/u, "");
        } catch (error) {
          add(
            "error",
            "files",
            file,
            error instanceof Error ? error.message.replace(`${file}: `, "") : String(error),
          );
          continue;
        }
        known.add(id);
        entries += 1;
        const schema = schemaFor(path);
        const result = schema ? schema.safeParse(raw) : { success: true as const, data: raw };
        if (!result.success) {
          for (const message of issuesOf(result.error)) {
            add("error", message.includes(IMAGE_MISSING) ? "images" : "schemas", file, message);
          }
          continue;
        }
        const data = result.data as Record<string, unknown>;
        const draft = data["draft"] === true;
        const body = isYaml ? "" : text.slice(match[0].length);
        const holes = findPlaceholders(raw);
        if (bodyHasPlaceholder(body)) holes.push("the text");
        if (holes.length > 0) {
          add(
            draft ? "warning" : "error",
            "placeholders",
            file,
            `fill in ${holes.join(", ")}${draft ? " (a draft: not published yet)" : ""}`,
          );
        }
        if (name === "materials" && data["kind"] === "banner") {
          banners.push({
            ...(data as Omit<BannerInput, "file" | "locale">),
            file,
            locale: id.slice(0, id.indexOf("/")),
          });
        }
        if (Array.isArray(data["statutes"])) {
          citing.push({ file, field: "statutes", statutes: data["statutes"] as { law: Ref }[] });
        }
        const slash = id.indexOf("/");
        const locale = id.slice(0, slash);
        // Materials are often in one language by design (a Chinese banner): no translation report.
        if (slash > 0 && isLocale(locale) && name !== "materials") {
          summaries.push({
            collection: name,
            locale,
            slug: id.slice(slash + 1),
            file,
            draft,
            changed: isoDay(data["updated"]) ?? isoDay(data["date"]),
            translatedFrom: isoDay(data["translatedFrom"]),
          });
        }
      }
    } else if (loader.name === "file" && loader.file) {
      const path = resolve(root, loader.file);
      const file = rel(path);
      files += 1;
      if (!existsSync(path)) {
        add("error", "files", file, "is missing");
        continue;
      }
      let parsed: unknown;
      try {
        parsed = parse(readFileSync(path, "utf8"));
      } catch (error) {
        add("error", "files", file, yamlError(error));
        continue;
      }
      // As Astro's file() loader: a list of items with an id, or a map from id to item.
      const items: [string, unknown][] = Array.isArray(parsed)
        ? parsed.map((item, index) => [
            String((item as { id?: unknown } | null)?.id ?? `[${index}]`),
            item,
          ])
        : Object.entries((parsed ?? {}) as Record<string, unknown>);
      const schema = schemaFor(path);
      for (const [id, item] of items) {
        known.add(id);
        entries += 1;
        const result = schema ? schema.safeParse(item) : { success: true as const, data: item };
        if (!result.success) {
          for (const message of issuesOf(result.error, id)) add("error", "schemas", file, message);
          continue;
        }
        const holes = findPlaceholders(item);
        if (holes.length > 0)
          add("error", "placeholders", file, `${id}: fill in ${holes.join(", ")}`);
        if (name === "slogans") slogans.set(id, result.data as Record<string, unknown>);
        if (name === "ledger") {
          ledger.push({ id, bulletin: (result.data as { bulletin?: Ref }).bulletin });
        }
      }
    }
  }

  for (const problem of findReferenceProblems({
    laws: ids.get("laws") ?? new Set(),
    bulletins: ids.get("bulletins") ?? new Set(),
    citing,
    ledger,
  })) {
    add("error", "references", problem.file, `${problem.field} ${problem.message}`);
  }

  // The same rule as the build: a slogan must fit its banner on one line, in the print font.
  if (banners.length > 0) {
    for (const problem of findBannerProblems(banners, slogans, font(700).metrics)) {
      add("error", "banners", problem.file, `${problem.field} ${problem.message}`);
    }
  }

  const content = resolve(root, "content");
  for (const proposal of globSync("**/*.ledger.yaml", { cwd: content }).sort()) {
    add(
      "warning",
      "proposals",
      rel(resolve(content, proposal)),
      "ledger figures proposed by npm run import: review them, move them into content/data/ledger.yaml and delete this file",
    );
  }

  return { findings, files, entries, translations: translationStatus(summaries) };
}
