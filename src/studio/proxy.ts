/**
 * Decap CMS's proxy backend, answered by the studio itself (the protocol of Decap's own
 * `decap-server`, packages/decap-server/src/middlewares/localFs: POST JSON `{ action, params }`).
 * It differs from decap-server where the studio must: every write goes through the content gate
 * first (./gatekeeper.ts) and becomes a Git commit with a Chinese message (./history.ts); list
 * data files are wrapped for Decap (./data-files.ts); a new translation Decap would write empty
 * is left out; paths outside content/ are refused; images lose their EXIF/GPS data (./images.ts).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, posix } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { defaultLocale, localeCodes } from "../i18n/locales.ts";
import type { Problem } from "../content/problems.ts";
import { DEPLOY_FILE, sources, type CollectionName } from "../content/sources.ts";
import { fromDecap, isListFile, sameMeaning, wrapList } from "./data-files.ts";
import type { Change, Gatekeeper } from "./gatekeeper.ts";
import { commitFiles, type RepoState } from "./history.ts";
import { cleanImage, isImagePath } from "./images.ts";
import { areas, fieldLabel } from "./labels.ts";
import { say, STRINGS } from "./strings.ts";

export class StudioError extends Error {
  readonly status: number;
  readonly problems: readonly Problem[];
  constructor(message: string, status = 422, problems: readonly Problem[] = []) {
    super(message);
    this.status = status;
    this.problems = problems;
  }
}

export interface ProxyContext {
  root: string;
  gate: Gatekeeper;
  repo: () => Promise<RepoState>;
  /**
   * Told just before files are written (the page preview then waits for its dev server to take
   * them in; told before, so that a reload logged during the write is not missed).
   */
  writing?: (paths: string[]) => void;
}

/** A project-relative path under content/, or a refusal. */
export function contentPath(path: unknown): string {
  if (typeof path !== "string") throw new StudioError("缺少文件路径", 400);
  const normal = posix.normalize(path.replace(/\\/gu, "/")).replace(/^\.\//u, "");
  if (normal !== "content" && !normal.startsWith("content/")) {
    throw new StudioError(say(STRINGS.onlyContent(path)), 403);
  }
  if (normal.split("/").includes("..")) throw new StudioError(`路径不对：${path}`, 403);
  return normal;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

async function readForDecap(root: string, path: string) {
  try {
    const bytes = await readFile(join(root, path));
    const text = bytes.toString("utf8");
    return {
      data: isListFile(path) ? wrapList(text, path) : text,
      file: { path, id: sha256(bytes) },
    };
  } catch {
    return { data: null, file: { path, id: null } };
  }
}

async function listFiles(root: string, folder: string, extension: string, depth: number) {
  const found: string[] = [];
  const walk = async (dir: string, level: number) => {
    let entries;
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory() && level < depth) await walk(path, level + 1);
      else if (entry.isFile() && (extension === "" || entry.name.endsWith(`.${extension}`))) {
        found.push(path);
      }
    }
  };
  await walk(folder.replace(/\/$/u, ""), 1);
  return found.sort();
}

/** Which area a file belongs to, in words: 工作动态, 宣传标语, … */
export function areaOf(path: string): {
  name: CollectionName | "deploy" | undefined;
  label: string;
} {
  if (path === DEPLOY_FILE) return { name: "deploy", label: "网站地址" };
  for (const [name, source] of Object.entries(sources) as [
    CollectionName,
    (typeof sources)[CollectionName],
  ][]) {
    const matches =
      "file" in source ? source.file === path : path.startsWith(`content/${source.folder}/`);
    if (matches) return { name, label: areas[name].label };
  }
  return { name: undefined, label: "内容" };
}

const localeOf = (path: string) => path.split("/")[2];

function frontmatterOf(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
  const yaml = match ? match[1] : text;
  let data: unknown;
  try {
    data = load(yaml ?? "", { schema: CORE_SCHEMA });
  } catch {
    data = {};
  }
  return {
    data: data && typeof data === "object" ? (data as Record<string, unknown>) : {},
    body: match ? (match[2] ?? "") : "",
  };
}

/**
 * Decap writes a file for every language a form holds data for, and a new form holds the
 * defaults (draft: false) in English too. A translation that nobody started is not written.
 */
function isUnstartedTranslation(root: string, path: string, raw: string): boolean {
  if (localeOf(path) === defaultLocale || existsSync(join(root, path))) return false;
  const { data, body } = frontmatterOf(raw);
  const words = Object.values(data).some(
    (value) =>
      (typeof value === "string" && value.trim() !== "") ||
      (Array.isArray(value) && value.length > 0),
  );
  return !words && body.trim() === "";
}

const idsOf = (text: string | undefined): Map<string, string> => {
  let list: unknown;
  try {
    list = text === undefined ? [] : load(text, { schema: CORE_SCHEMA });
  } catch {
    list = [];
  }
  return new Map(
    (Array.isArray(list) ? list : []).map((item: Record<string, unknown>, i) => [
      String(item?.["id"] ?? `#${i + 1}`),
      JSON.stringify(item),
    ]),
  );
};

/** One line per file: 新建 工作动态《标题》（content/bulletins/zh-cn/x.md）. */
export function describeChange(path: string, before: string | undefined, after: string | null) {
  const area = areaOf(path).label;
  if (after === null) return `删除 ${area}（${path}）`;
  if (isListFile(path)) {
    const old = idsOf(before);
    const now = idsOf(after);
    const added = [...now.keys()].filter((id) => !old.has(id));
    const removed = [...old.keys()].filter((id) => !now.has(id));
    const changed = [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id));
    const parts = [
      added.length > 0 ? `新增 ${added.join("、")}` : "",
      changed.length > 0 ? `修改 ${changed.join("、")}` : "",
      removed.length > 0 ? `删除 ${removed.join("、")}` : "",
    ].filter((part) => part);
    return `${area}：${parts.join("；") || "整理格式"}（${path}）`;
  }
  const { data } = frontmatterOf(after);
  const name = data["title"] ?? data["question"] ?? data["name"] ?? basename(path);
  const language = localeOf(path) === defaultLocale ? "" : `（${localeOf(path)} 译文）`;
  return `${before === undefined ? "新建" : "修改"} ${area}《${String(name)}》${language}（${path}）`;
}

/** The error Decap shows: each problem with its file, its field's Chinese name and the fix. */
export function problemsMessage(problems: readonly Problem[]): string {
  const lines = problems.map((p) => {
    const area = areaOf(p.file);
    // A data file's field is `[3].zh-cn` or `<id>.zh-cn`; the label is the field's own.
    const bare = p.field?.replace(/^\[\d+\]\.?|^[a-z0-9-]+\./u, "") ?? "";
    const field = p.field ? `“${fieldLabel(`${area.name ?? ""}.${bare}`)}”（${p.field}）` : "";
    return `${area.label} ${p.file}${field ? ` 的${field}` : ""}：${say(p.message)}`;
  });
  return `${say(STRINGS.notSaved)}\n${lines.join("\n")}`;
}

async function readText(root: string, path: string): Promise<string | undefined> {
  try {
    return await readFile(join(root, path), "utf8");
  } catch {
    return undefined;
  }
}

/** Checks, writes and commits a set of changes; throws a StudioError naming the problems. */
export async function applyChanges(
  context: ProxyContext,
  changes: readonly Change[],
  summary?: string,
): Promise<void> {
  if (changes.length === 0) return;
  const problems = await context.gate.check(changes);
  if (problems.length > 0) throw new StudioError(problemsMessage(problems), 422, problems);
  const described = new Map<Change, string>();
  context.writing?.(changes.map((change) => change.path));
  // Images first: an entry naming a cover is read (by the page preview's dev server) as soon as
  // it is written, and its image must be there by then.
  const ordered = [
    ...changes.filter((change) => isImagePath(change.path)),
    ...changes.filter((change) => !isImagePath(change.path)),
  ];
  for (const change of ordered) {
    const target = join(context.root, change.path);
    const before = await readText(context.root, change.path);
    if (change.bytes === null) {
      await rm(target, { force: true });
    } else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, change.bytes);
    }
    described.set(
      change,
      isImagePath(change.path)
        ? `${change.bytes === null ? "删除" : "添加"}图片（${change.path}）`
        : describeChange(
            change.path,
            before,
            change.bytes === null ? null : Buffer.from(change.bytes).toString("utf8"),
          ),
    );
  }
  // Told in the order the changes came (the entry before its image), whatever the writing order.
  const lines = changes.map((change) => described.get(change) ?? change.path);
  const message =
    summary ?? (lines.length === 1 ? lines[0] : `${lines[0]} 等 ${lines.length} 处`) ?? "";
  await commitFiles(
    context.root,
    await context.repo(),
    {
      written: changes.filter((c) => c.bytes !== null).map((c) => c.path),
      removed: changes.filter((c) => c.bytes === null).map((c) => c.path),
    },
    lines.length === 1 ? message : `${message}\n\n${lines.join("\n")}`,
  );
}

interface DataFile {
  path: string;
  raw: string;
  newPath?: string;
}
interface Asset {
  path: string;
  content: string;
  encoding: string;
}

/**
 * Decap names an image kept beside its entry by its bare file name (`cover: photo.jpg`); Astro's
 * image() reads that as a package name, so it is written as the path beside the entry.
 */
export function imagesBesideEntry(text: string): string {
  return text.replace(
    /^(cover:[ \t]*)(["']?)(?!\.{0,2}\/)([^\s"'/:]+\.(?:jpe?g|png|webp))\2[ \t]*$/imu,
    "$1$2./$3$2",
  );
}

async function persistEntry(context: ProxyContext, params: Record<string, unknown>) {
  const dataFiles = (params["dataFiles"] ?? [params["entry"]]) as DataFile[];
  const assets = (params["assets"] ?? []) as Asset[];
  const changes: Change[] = [];
  for (const file of dataFiles) {
    const path = contentPath(file.path);
    if (isUnstartedTranslation(context.root, path, file.raw)) continue;
    const before = await readText(context.root, path);
    const text = imagesBesideEntry(fromDecap(path, file.raw, before));
    if (!file.newPath && sameMeaning(path, before, text)) continue;
    if (file.newPath && contentPath(file.newPath) !== path) {
      changes.push({ path, bytes: null });
      changes.push({ path: contentPath(file.newPath), bytes: Buffer.from(text) });
    } else {
      changes.push({ path, bytes: Buffer.from(text) });
    }
  }
  for (const asset of assets) {
    const path = assetBesideEntry(contentPath(asset.path), changes);
    changes.push({ path, bytes: await cleanImage(path, Buffer.from(asset.content, "base64")) });
  }
  await applyChanges(context, changes);
  return { message: "entry persisted" };
}

/**
 * Decap puts an entry's image in the collection's folder (`content/bulletins/photo.jpg`): with
 * translations in language folders, the entry that names it is one folder down, and its image
 * belongs beside it (`content/bulletins/zh-cn/photo.jpg`), where its `./photo.jpg` points.
 */
export function assetBesideEntry(path: string, entries: readonly Change[]): string {
  const name = basename(path);
  const folder = dirname(path);
  const entry = entries.find(
    (change) =>
      change.bytes !== null &&
      dirname(dirname(change.path)) === folder &&
      Buffer.from(change.bytes).toString("utf8").includes(`./${name}`),
  );
  return entry ? `${dirname(entry.path)}/${name}` : path;
}

/** An entry's image as Decap names it (the collection's folder), found beside the entry. */
function findMedia(root: string, path: string): string {
  if (existsSync(join(root, path))) return path;
  for (const locale of localeCodes) {
    const beside = `${dirname(path)}/${locale}/${basename(path)}`;
    if (existsSync(join(root, beside))) return beside;
  }
  return path;
}

async function mediaFile(root: string, asked: string) {
  const path = findMedia(root, asked);
  const bytes = await readFile(join(root, path));
  return {
    id: sha256(bytes),
    content: bytes.toString("base64"),
    encoding: "base64",
    path: asked,
    name: basename(path),
  };
}

/** Answers one Decap request. */
export async function proxyAction(
  context: ProxyContext,
  body: { action?: unknown; params?: Record<string, unknown> },
): Promise<unknown> {
  const params = body.params ?? {};
  const { root } = context;
  switch (body.action) {
    case "info":
      return { repo: basename(root), publish_modes: ["simple"], type: "local_git" };
    case "entriesByFolder": {
      const folder = contentPath(params["folder"]);
      const files = await listFiles(
        root,
        folder,
        String(params["extension"] ?? ""),
        Number(params["depth"] ?? 1),
      );
      return Promise.all(files.map((path) => readForDecap(root, path)));
    }
    case "entriesByFiles": {
      const files = (params["files"] ?? []) as { path: string; label?: string }[];
      return Promise.all(
        files.map(async (file) => {
          const entry = await readForDecap(root, contentPath(file.path));
          return { ...entry, file: { ...entry.file, label: file.label } };
        }),
      );
    }
    case "getEntry":
      return readForDecap(root, contentPath(params["path"]));
    case "persistEntry":
      return persistEntry(context, params);
    case "getMedia": {
      const folder = contentPath(params["mediaFolder"]);
      const files = await listFiles(root, folder, "", 1);
      return Promise.all(files.filter(isImagePath).map((path) => mediaFile(root, path)));
    }
    case "getMediaFile":
      return mediaFile(root, contentPath(params["path"]));
    case "persistMedia": {
      const asset = params["asset"] as Asset;
      const path = contentPath(asset.path);
      if (!isImagePath(path)) throw new StudioError(say(STRINGS.onlyImages), 415);
      await applyChanges(context, [
        { path, bytes: await cleanImage(path, Buffer.from(asset.content, "base64")) },
      ]);
      return mediaFile(root, path);
    }
    case "deleteFile":
      await applyChanges(context, [{ path: contentPath(params["path"]), bytes: null }]);
      return { message: "deleted" };
    case "deleteFiles":
      await applyChanges(
        context,
        ((params["paths"] ?? []) as string[]).map((path) => ({
          path: contentPath(path),
          bytes: null,
        })),
      );
      return { message: "deleted" };
    case "getDeployPreview":
      return null;
    default:
      throw new StudioError(`unknown action ${String(body.action)}`, 422);
  }
}
