/**
 * Decap CMS's configuration, made from the same Zod schemas the content gate and the build use
 * (src/content/sources.ts): each schema becomes JSON Schema (zod's toJSONSchema, input side),
 * and each property becomes an editor field with its Chinese label (./labels.ts). Nothing here
 * repeats which fields exist, so a field added to a schema appears in the forms, and a test
 * fails when a field has no editor field or no label.
 *
 * Data files whose top level is a list (slogans, channels, …) are shown to Decap as one file
 * holding `items:`; the proxy wraps and unwraps them (./data-files.ts), the file on disk keeps
 * its shape.
 */
import { z } from "astro/zod";
import { localeCodes } from "../i18n/locales.ts";
import { DEPLOY_FILE, sources, type CollectionName } from "../content/sources.ts";
import { messageLocale } from "../i18n/messages.ts";
import {
  areaWords,
  fieldLabel,
  fieldHint,
  optionLabel,
  optionWord,
  word,
  type Area,
} from "./labels.ts";

type Json = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  anyOf?: Json[];
  oneOf?: Json[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
};

export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };
export type DecapCollection = Record<string, unknown> & { name: string; label: string };

/** The key data files are wrapped under for Decap (see ./data-files.ts). */
export const ITEMS = "list";

export function schemaOf(name: CollectionName): z.ZodType {
  const source = sources[name];
  return typeof source.schema === "function"
    ? // Astro's image(): a path beside the entry; marked so that it gets an image field.
      source.schema({ image: () => z.string().meta({ contentMediaType: "image/*" }) } as never)
    : source.schema;
}

export function jsonSchemaOf(schema: z.ZodType): Json {
  return z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as Json;
}

/** `{}` beside a string: a z.date() or a date written as text (fields.ts `day`). */
const isDay = (json: Json) =>
  Array.isArray(json.anyOf) &&
  json.anyOf.some((part) => Object.keys(part).length === 0) &&
  json.anyOf.some((part) => part.type === "string");

/** A reference() is a string or a number. */
const isReference = (json: Json) =>
  Array.isArray(json.type) && json.type.includes("string") && json.type.includes("number");

/** One editor field for a property. `path` is its dotted place, for labels and the coverage test. */
export function fieldFor(name: string, json: Json, required: boolean, path: string): DecapField {
  const base = {
    name,
    label: fieldLabel(path),
    required,
    ...(fieldHint(path) ? { hint: fieldHint(path) } : {}),
  };
  const withDefault = json.default !== undefined ? { default: json.default } : {};
  if (isDay(json)) {
    return {
      ...base,
      widget: "datetime",
      format: "YYYY-MM-DD",
      date_format: "YYYY-MM-DD",
      time_format: false,
      picker_utc: true,
      default: "",
    };
  }
  if (json.type === "string" && json["contentMediaType"] === "image/*") {
    // Uploaded beside the entry (the collection's media folder is the entry's own), cleaned of
    // EXIF/GPS and scaled down by the proxy (./images.ts). Only uploads: no outside address.
    return { ...base, widget: "image", choose_url: false, allow_multiple: false };
  }
  if (isReference(json) || json.type === "string") {
    if (Array.isArray(json.enum)) {
      return {
        ...base,
        widget: "select",
        options: json.enum.map((value) => ({
          label: optionLabel(path, String(value)),
          value: String(value),
        })),
        ...withDefault,
      };
    }
    if (json.const !== undefined) {
      return { ...base, widget: "hidden", default: json.const };
    }
    return { ...base, widget: "string", ...withDefault };
  }
  // Text of one of several forms (print.yaml's profile: `fogra39` or `profiles/x.icc`): one
  // text field; the gate judges the form on save.
  if (Array.isArray(json.anyOf) && json.anyOf.every((part) => part.type === "string")) {
    return { ...base, widget: "string", ...withDefault };
  }
  if (json.type === "boolean") return { ...base, widget: "boolean", ...withDefault };
  if (json.type === "number" || json.type === "integer") {
    return {
      ...base,
      widget: "number",
      value_type: json.type === "integer" ? "int" : "float",
      ...withDefault,
    };
  }
  if (json.type === "array" && json.items) {
    const item = json.items;
    if (item.type === "object" && item.properties) {
      return { ...base, widget: "list", fields: fieldsOf(item, `${path}[]`), ...withDefault };
    }
    return {
      ...base,
      widget: "list",
      field: fieldFor(name, item, true, `${path}[]`),
      ...withDefault,
    };
  }
  if (json.type === "object" && json.properties) {
    return { ...base, widget: "object", fields: fieldsOf(json, path) };
  }
  throw new Error(`the studio has no editor for ${path} (${JSON.stringify(json).slice(0, 120)})`);
}

export function fieldsOf(json: Json, prefix = ""): DecapField[] {
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) =>
    fieldFor(name, property, required.has(name), prefix ? `${prefix}.${name}` : name),
  );
}

/** The Markdown body: only what the content gate lets through (no raw HTML, no embedded images). */
const body = (): DecapField => ({
  name: "body",
  label: word("正文", "Body"),
  widget: "markdown",
  required: true,
  buttons: [
    "bold",
    "italic",
    "link",
    "heading-two",
    "heading-three",
    "quote",
    "bulleted-list",
    "numbered-list",
  ],
  editor_components: [],
  modes: ["rich_text", "raw"],
});

/** Every field of a page translates; the translation is the file of the same name in en/. */
const translated = (fields: DecapField[]): DecapField[] =>
  fields.map((field) => ({ ...field, i18n: true }));

/**
 * A new entry's file name, which is also its address: the day and time it was made. Titles are
 * Chinese and file names must be lowercase letters, digits and hyphens (sources.ts SLUG).
 */
const NEW_FILE_NAME = "{{year}}-{{month}}-{{day}}-{{hour}}{{minute}}{{second}}";

const i18n = { structure: "multiple_folders", locales: [...localeCodes], default_locale: "zh-cn" };

/**
 * MDX explainers (`.mdx`): the same fields, and a body that may hold the one component the
 * content gate allows in MDX, `<Aside title="…">…</Aside>`, offered as the editor component
 * "aside" (cms-init.js), which writes exactly that form. Nothing else of MDX is offered.
 */
const mdxBody = (): DecapField => ({
  ...body(),
  editor_components: ["aside"],
});

function pagesCollection(name: CollectionName, folder: string, mdx = false): DecapCollection {
  const json = jsonSchemaOf(schemaOf(name));
  const area = areaWords(name);
  const images = JSON.stringify(json).includes('"image/*"');
  return {
    name: mdx ? `${name}-mdx` : name,
    label: mdx ? `${area.label}${word("（带提示框，.mdx）", " (with asides, .mdx)")}` : area.label,
    label_singular: area.singular,
    description: area.description,
    folder: `content/${folder}`,
    // Images live beside their entry (content/bulletins/zh-cn/x.jpg, named ./x.jpg), where
    // Astro's image() and the content gate look for them.
    ...(images ? { media_folder: "", public_folder: "" } : {}),
    extension: mdx ? "mdx" : "md",
    format: "frontmatter",
    create: true,
    slug: NEW_FILE_NAME,
    identifier_field: json.properties?.["title"] ? "title" : "question",
    summary: json.properties?.["title"] ? "{{title}}" : "{{question}}",
    i18n: true,
    fields: [...translated(fieldsOf(json, name)), { ...(mdx ? mdxBody() : body()), i18n: true }],
  };
}

/** A collection of one data file: Decap's "files" collection with the file's fields. */
function dataFileCollection(
  name: CollectionName,
  file: string,
  fields: (schemaFields: DecapField[], area: Area) => DecapField[],
): DecapCollection {
  const area = areaWords(name);
  return {
    name,
    label: area.label,
    description: area.description,
    format: "yaml",
    files: [
      {
        name,
        label: area.label,
        file,
        fields: fields(fieldsOf(jsonSchemaOf(schemaOf(name)), name), area),
      },
    ],
  };
}

/** A data file holding a list: one Decap "file" with the list under `items`. */
function listCollection(name: CollectionName, file: string): DecapCollection {
  return dataFileCollection(name, file, (fields, area) => [
    {
      name: ITEMS,
      label: area.singular,
      label_singular: area.singular,
      widget: "list",
      summary: area.summary,
      fields,
    },
  ]);
}

/** A data file with one entry per locale (site identity, reward rules). */
function localesCollection(name: CollectionName, file: string): DecapCollection {
  return dataFileCollection(name, file, (fields) =>
    localeCodes.map((code) => ({
      name: code,
      label: code === "zh-cn" ? word("中文", "Chinese") : word("English（英文）", "English"),
      widget: "object",
      required: name === "site",
      fields,
    })),
  );
}

/** A data file of settings, one object for the whole site (print.yaml: the press). */
function settingsCollection(name: CollectionName, file: string): DecapCollection {
  return dataFileCollection(name, file, (fields) => fields);
}

export const materialKinds = ["poster", "leaflet", "banner", "board", "notice"] as const;

/** One collection per kind of material: the fields differ by kind (a discriminated union). */
function materialCollections(): DecapCollection[] {
  const json = jsonSchemaOf(schemaOf("materials"));
  return (json.oneOf ?? []).map((variant) => {
    const kind = String(variant.properties?.["kind"]?.const);
    const area = areaWords("materials");
    return {
      name: `materials-${kind}`,
      label: `${area.label}${word("：", ": ")}${optionWord("materials.kind", kind)}`,
      label_singular: optionWord("materials.kind", kind),
      description: area.description,
      folder: "content/print",
      extension: "yaml",
      format: "yaml",
      create: true,
      slug: NEW_FILE_NAME,
      identifier_field: "name",
      summary: "{{name}}",
      filter: { field: "kind", value: kind },
      i18n: true,
      fields: translated(fieldsOf(variant, "materials")),
    };
  });
}

/**
 * The site's address (content/data/deploy.yaml, read by the build's configuration rather than
 * a collection schema): the content gate checks it on save as the build would.
 */
const deployCollection = (): DecapCollection => ({
  name: "deploy",
  label: word("网站地址", "Site address"),
  description: word(
    "网站发布在哪里：二维码、订阅和站点地图里的链接都用这个地址。",
    "Where the site is published: QR codes, feeds and the sitemap link to this address.",
  ),
  format: "yaml",
  files: [
    {
      name: "deploy",
      label: word("网站地址", "Site address"),
      file: DEPLOY_FILE,
      fields: [
        {
          name: "site",
          label: word("网站的正式地址", "The site's address"),
          hint: word(
            "如 https://www.xx.gov.cn（示例地址不能发布）",
            "e.g. https://www.xx.gov.cn (an example address cannot be published)",
          ),
          widget: "string",
          required: true,
        },
        {
          name: "base",
          label: word("网站在主机上的文件夹", "The site's folder on the host"),
          hint: word(
            "网站在主机根目录就写 /；在子文件夹就写如 /saohei/",
            "/ at the host's root; a subfolder as e.g. /saohei/",
          ),
          widget: "string",
          required: false,
          default: "/",
        },
      ],
    },
  ],
});

export interface StudioConfigOptions {
  /** Where Decap sends its requests: `/s/<token>/api`. */
  proxyUrl: string;
}

export function decapConfig({ proxyUrl }: StudioConfigOptions): Record<string, unknown> {
  return {
    load_config_file: false,
    backend: { name: "proxy", proxy_url: proxyUrl, branch: "main" },
    publish_mode: "simple",
    // Decap's own buttons and messages, in the studio's language (its bundle has both).
    locale: messageLocale() === "en" ? "en" : "zh_Hans",
    media_folder: "content/media",
    public_folder: "/media",
    site_url: undefined,
    i18n,
    collections: [
      pagesCollection("bulletins", "bulletins"),
      pagesCollection("explainers", "explainers"),
      pagesCollection("explainers", "explainers", true),
      pagesCollection("qa", "qa"),
      pagesCollection("guides", "guides"),
      pagesCollection("pages", "pages"),
      listCollection("slogans", sources.slogans.file),
      listCollection("channels", sources.channels.file),
      listCollection("ledger", sources.ledger.file),
      listCollection("laws", sources.laws.file),
      ...materialCollections(),
      localesCollection("rewards", sources.rewards.file),
      localesCollection("site", sources.site.file),
      settingsCollection("print", sources.print.file),
      deployCollection(),
    ],
  };
}

/** Every field path a config names (`slogans.category`, `bulletins.authors[].name`, …). */
export function configPaths(config: Record<string, unknown>): Set<string> {
  const paths = new Set<string>();
  const walk = (fields: unknown, prefix: string) => {
    for (const field of (fields ?? []) as DecapField[]) {
      const path = `${prefix}.${field.name}`;
      paths.add(path);
      walk(field["fields"], field.widget === "list" ? `${path}[]` : path);
      if (field["field"]) paths.add(`${path}[]`);
    }
  };
  for (const collection of (config["collections"] ?? []) as DecapCollection[]) {
    const name = collection.name.startsWith("materials-")
      ? "materials"
      : collection.name.replace(/-mdx$/u, "");
    walk(collection["fields"], name);
    for (const file of (collection["files"] ?? []) as Record<string, unknown>[]) {
      // A file's top level is the wrapped list (`list`), one group per language, or (settings)
      // the fields themselves.
      if (collection.name === "print") walk(file["fields"], name);
      else for (const top of (file["fields"] ?? []) as DecapField[]) walk(top["fields"], name);
    }
  }
  return paths;
}
