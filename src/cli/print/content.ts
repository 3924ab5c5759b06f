/**
 * The content `npm run print` needs, read straight from the files with the collections' own
 * schemas (Astro is not running; see ../check/hooks.ts): the material files, slogans, channels,
 * reward rules, site identity, explainers and which guides exist, gathered into the same
 * ResolveContext the build makes from Astro's collections.
 */
import { existsSync, globSync, readFileSync } from "node:fs";
import { basename, join, relative } from "node:path";
import { z } from "astro/zod";
import { parse } from "yaml";
import { formatDate } from "../../i18n/format.ts";
import { isLocale, localeCodes, locales, type Locale } from "../../i18n/locales.ts";
import {
  guideRoute,
  type ChannelData,
  type MaterialSource,
  type ResolveContext,
} from "../../print/materials.ts";
import { channelSchema, siteSchema, sloganSchema } from "../../schemas/data.ts";
import { materialSchema, rewardsSchema } from "../../schemas/print.ts";

export class ContentError extends Error {
  constructor(problems: string[]) {
    super(problems.join("\n"));
    this.name = "ContentError";
  }
}

function fieldOf(issue: z.core.$ZodIssue): string {
  return issue.path
    .map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`))
    .join("")
    .replace(/^\./u, "");
}

function parseWith<T>(
  schema: z.ZodType<T>,
  value: unknown,
  where: string,
  problems: string[],
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = fieldOf(issue);
    problems.push(`${where}: ${field ? `${field}: ` : ""}${issue.message}`);
  }
  return undefined;
}

function readYaml(root: string, file: string, problems: string[]): unknown {
  try {
    return parse(readFileSync(join(root, file), "utf8"));
  } catch (error) {
    problems.push(`${file}: is not valid YAML: ${(error as Error).message.split("\n")[0] ?? ""}`);
    return undefined;
  }
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u;

export interface PrintContent {
  sources: MaterialSource[];
  context: ResolveContext;
}

/**
 * Reads what printing needs under `root`; throws a ContentError listing every problem, or with
 * `skipBroken`, leaves out the materials that do not parse (the check reports those itself).
 */
export function readPrintContent(
  root: string,
  deploy: { site: string; base: string },
  options: { skipBroken?: boolean } = {},
): PrintContent {
  const problems: string[] = [];
  const sources: MaterialSource[] = [];
  for (const entry of globSync("*/[^_]*.{yaml,yml}", { cwd: join(root, "content/print") }).sort()) {
    const file = `content/print/${entry}`;
    const [folder] = entry.split("/");
    if (!folder || !isLocale(folder)) {
      if (!options.skipBroken)
        problems.push(
          `${file}: unknown locale folder "${folder}". Move it into one of: ${localeCodes.map((c) => `content/print/${c}/`).join(", ")}.`,
        );
      continue;
    }
    const data = parseWith(
      materialSchema,
      readYaml(root, file, options.skipBroken ? [] : problems),
      file,
      options.skipBroken ? [] : problems,
    );
    if (data)
      sources.push({ id: basename(entry).replace(/\.ya?ml$/u, ""), locale: folder, file, data });
  }

  const list = (file: string) => {
    const value = readYaml(root, file, problems);
    return Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  };
  const slogans = new Map<string, Partial<Record<Locale, string>>>();
  for (const [i, item] of list("content/data/slogans.yaml").entries()) {
    const slogan = parseWith(sloganSchema, item, `content/data/slogans.yaml: [${i}]`, problems);
    if (slogan) slogans.set(slogan.id, slogan as Partial<Record<Locale, string>>);
  }
  const channels = new Map<string, ChannelData>();
  for (const [i, item] of list("content/data/channels.yaml").entries()) {
    const channel = parseWith(channelSchema, item, `content/data/channels.yaml: [${i}]`, problems);
    if (channel) channels.set(channel.id, channel);
  }
  const byLocale = <T>(file: string, schema: z.ZodType<T>) => {
    const value = (readYaml(root, file, problems) ?? {}) as Record<string, unknown>;
    const out: Partial<Record<Locale, T>> = {};
    for (const code of localeCodes) {
      if (value[code] === undefined) continue;
      const parsed = parseWith(schema, value[code], `${file}: ${code}`, problems);
      if (parsed) out[code] = parsed;
    }
    return out;
  };
  const rewards = existsSync(join(root, "content/data/rewards.yaml"))
    ? byLocale("content/data/rewards.yaml", rewardsSchema)
    : {};
  const sites = byLocale("content/data/site.yaml", siteSchema);

  if (problems.length > 0) throw new ContentError(problems);

  return {
    sources,
    context: {
      slogans,
      channels,
      rewards,
      explainer(locale, slug) {
        for (const ext of ["md", "mdx"]) {
          const path = join(root, "content/explainers", locale, `${slug}.${ext}`);
          if (!existsSync(path)) continue;
          const text = readFileSync(path, "utf8");
          const match = FRONTMATTER.exec(text);
          const front = (match ? parse(match[1] ?? "") : {}) as Record<string, unknown>;
          return {
            title: String(front["title"] ?? slug),
            summary: String(front["summary"] ?? ""),
            body: match ? text.slice(match[0].length) : text,
          };
        }
        return undefined;
      },
      site(locale) {
        const site = sites[locale];
        if (!site)
          throw new ContentError([
            `content/data/site.yaml: ${locale}: missing: add the site's ${locale} entry`,
          ]);
        return { name: site.name, organiser: site.organiser };
      },
      guideUrl(locale, slug) {
        const exists = ["md", "mdx"].some((ext) =>
          existsSync(join(root, "content/guides", locale, `${slug}.${ext}`)),
        );
        if (!exists) return undefined;
        const prefix = locales[locale].prefix;
        const path = `${deploy.base}${prefix ? `${prefix}/` : ""}${guideRoute(slug)}`;
        return new URL(path, deploy.site).href;
      },
      formatDate,
    },
  };
}

export const relativeTo = (root: string, path: string) =>
  relative(root, path).split("\\").join("/");
