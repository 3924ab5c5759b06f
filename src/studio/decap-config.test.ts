import { describe, expect, it } from "vitest";
import { collectionNames } from "../content/sources.ts";
import { configPaths, decapConfig, jsonSchemaOf, schemaOf } from "./decap-config.ts";
import { setMessageLocale } from "../i18n/messages.ts";
import { hasLabel, hasOptionLabel } from "./labels.ts";

type Json = {
  properties?: Record<string, Json>;
  items?: Json;
  oneOf?: Json[];
  enum?: unknown[];
};

/** Every field path of a schema (`bulletins.authors[].name`), and its choices where it has them. */
function schemaPaths(json: Json, prefix: string, out = new Map<string, unknown[]>()) {
  for (const variant of json.oneOf ?? []) schemaPaths(variant, prefix, out);
  for (const [name, property] of Object.entries(json.properties ?? {})) {
    const path = `${prefix}.${name}`;
    out.set(path, property.enum ?? []);
    schemaPaths(property, path, out);
    if (property.items) schemaPaths(property.items, `${path}[]`, out);
  }
  return out;
}

describe("the editor's configuration comes from the schemas", () => {
  const config = decapConfig({ proxyUrl: "/s/token/api" });
  const inConfig = configPaths(config);

  it("has an editor field for every field of every schema", () => {
    const missing: string[] = [];
    for (const name of collectionNames) {
      for (const path of schemaPaths(jsonSchemaOf(schemaOf(name)) as Json, name).keys()) {
        if (!inConfig.has(path)) missing.push(path);
      }
    }
    expect(missing).toEqual([]);
  });

  it("has a Chinese label for every field and every choice", () => {
    const unlabelled: string[] = [];
    for (const name of collectionNames) {
      for (const [path, choices] of schemaPaths(jsonSchemaOf(schemaOf(name)) as Json, name)) {
        if (!hasLabel(path)) unlabelled.push(path);
        for (const choice of choices) {
          if (!hasOptionLabel(path, String(choice))) unlabelled.push(`${path} = ${String(choice)}`);
        }
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it("names the content areas in Chinese and talks only to the studio", () => {
    const labels = (config["collections"] as { label: string }[]).map((c) => c.label);
    for (const area of [
      "工作动态",
      "以案释法",
      "政策问答",
      "举报指南",
      "宣传标语",
      "举报渠道",
      "宣传台账",
    ]) {
      expect(labels).toContain(area);
    }
    expect(labels.some((label) => label.startsWith("宣传物料"))).toBe(true);
    expect(config["locale"]).toBe("zh_Hans");
    expect(config["backend"]).toEqual({ name: "proxy", proxy_url: "/s/token/api", branch: "main" });
  });

  it("offers no widget that would fetch from elsewhere (maps, remote media libraries)", () => {
    // Words shown to staff may give an example address; no setting may hold one.
    const json = JSON.stringify(config, (key, value: unknown) =>
      key === "hint" || key === "description" ? undefined : value,
    );
    expect(json).not.toMatch(/"widget":"map"|media_library|https?:\/\//u);
  });

  type Collection = {
    name: string;
    label: string;
    extension?: string;
    media_folder?: string;
    fields: { name: string; widget: string; editor_components?: string[] }[];
  };
  const collection = (config: Record<string, unknown>, name: string) =>
    (config["collections"] as Collection[]).find((c) => c.name === name);

  it("gives a bulletin's cover an upload field, kept beside the entry", () => {
    const bulletins = collection(config, "bulletins");
    expect(bulletins?.fields.find((f) => f.name === "cover")?.widget).toBe("image");
    expect(bulletins?.media_folder).toBe("");
    expect(collection(config, "qa")?.media_folder).toBeUndefined();
  });

  it("edits .mdx explainers with the one component the gate allows", () => {
    const mdx = collection(config, "explainers-mdx");
    expect(mdx?.extension).toBe("mdx");
    expect(mdx?.fields.find((f) => f.name === "body")?.editor_components).toEqual(["aside"]);
    expect(collection(config, "explainers")?.extension).toBe("md");
  });

  it("speaks English when the studio does, with Decap's English strings", () => {
    setMessageLocale("en");
    try {
      const english = decapConfig({ proxyUrl: "/s/token/api" });
      expect(english["locale"]).toBe("en");
      const bulletins = collection(english, "bulletins");
      expect(bulletins?.label).toBe("News");
      expect(JSON.stringify(bulletins)).toContain('"label":"Cover alt"');
      expect(JSON.stringify(english)).not.toMatch(/"label":"[^"]*[\u4e00-\u9fff]/u);
    } finally {
      setMessageLocale("zh-cn");
    }
  });
});
