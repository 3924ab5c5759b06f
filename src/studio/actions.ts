/**
 * What the studio's own pages ask for, beside Decap's editing: the state of the history, a
 * print material's preview, publishing, an entry's history and restoring it, downloads.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { CORE_SCHEMA, load } from "js-yaml";
import { errorsOf, type Problem } from "../content/problems.ts";
import { defaultLocale, localeCodes } from "../i18n/locales.ts";
import { sources } from "../content/sources.ts";
import { toYaml, withoutEmpty } from "./data-files.ts";
import { cleanImage } from "./images.ts";
import { messageLocale, setMessageLocale, type Text } from "../i18n/messages.ts";
import { say, STRINGS } from "./strings.ts";
import { gateWith, runGate, type Change } from "./gatekeeper.ts";
import { fileAt, fileHistory, recentCommits, startHistory, type RepoState } from "./history.ts";
import { ledgerKinds } from "../schemas/data.ts";
import { fieldLabel, optionWord } from "./labels.ts";
import { applyChanges, areaOf, contentPath, StudioError, type ProxyContext } from "./proxy.ts";
import { pageRoute, type SitePreview } from "./site-preview.ts";
import { zipFolder } from "./zip.ts";

export type Action = (params: Record<string, unknown>) => Promise<unknown>;

/** The print pipeline, loaded on the first preview (or the warm-up after start). */
async function printing() {
  const [{ materialContext }, { resolveMaterial }, { renderMaterial }] = await Promise.all([
    import("../content/materials.ts"),
    import("../print/materials.ts"),
    import("../print/render.ts"),
  ]);
  return { materialContext, resolveMaterial, renderMaterial };
}

export interface ActionContext extends ProxyContext {
  refreshRepo: () => Promise<RepoState>;
  site?: SitePreview;
}

/** A problem as the studio lists it: where, which field (in words), what to do, and a link to the form. */
export interface Listed {
  level: Problem["level"];
  file: string;
  area: string;
  field?: string | undefined;
  label?: string | undefined;
  message: string;
  /** Decap's address of the form (`#/collections/…`), where there is one. */
  edit?: string | undefined;
}

/** Decap's route to the form that edits a file. */
export function editLink(file: string, kind?: string): string | undefined {
  const { name } = areaOf(file);
  if (!name) return undefined;
  const slug =
    file
      .split("/")
      .at(-1)
      ?.replace(/\.(?:md|mdx|ya?ml)$/u, "") ?? "";
  if (name === "materials")
    return kind ? `#/collections/materials-${kind}/entries/${slug}` : undefined;
  if (file.startsWith("content/data/")) return `#/collections/${name}/entries/${name}`;
  if (file.endsWith(".mdx")) return `#/collections/${name}-mdx/entries/${slug}`;
  return `#/collections/${name}/entries/${slug}`;
}

export function listProblems(
  problems: readonly Problem[],
  kinds = new Map<string, string>(),
): Listed[] {
  return problems.map((p) => {
    const area = areaOf(p.file);
    return {
      level: p.level,
      file: p.file,
      area: area.label,
      field: p.field,
      label: p.field
        ? fieldLabel(`${area.name ?? ""}.${p.field.replace(/^[^.]*\[\d+\]\.|^\[\d+\]\./u, "")}`)
        : undefined,
      message: say(p.message),
      edit: editLink(p.file, kinds.get(p.file)),
    };
  });
}

let lastZip: Buffer | undefined;
/** The PDFs drawn last, by file name, for download. */
const pdfs = new Map<string, Buffer>();
let publishing: Promise<unknown> | undefined;
let building: ChildProcess | undefined;

/** Stops a release build still running (the studio is closing): nothing is left behind. */
export function stopBuild(): void {
  building?.kill();
}

function runBuild(root: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // The project's own build command, with the Node running the studio: no shell.
    const child = spawn(
      process.execPath,
      ["--max-semi-space-size=64", join(root, "scripts/build.ts"), "--release"],
      { cwd: root, env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" }, stdio: "pipe" },
    );
    building = child;
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      building = undefined;
      resolve({ code, output: output.slice(-4000) });
    });
  });
}

/** A Markdown entry with `draft: true` added to its frontmatter (unless it says draft already). */
export function asDraft(text: string): string {
  if (/^draft:/mu.test(text.split(/\n---\s*\n/u)[0] ?? "")) return text;
  return text.replace(/^(---\r?\n[\s\S]*?)(\r?\n---\r?\n)/u, "$1\ndraft: true$2");
}

/** A ledger proposal as the studio's form shows it: its entries, as the importer wrote them. */
async function readProposal(root: string, path: string) {
  const text = await readFile(join(root, path), "utf8");
  const entries = load(text, { schema: CORE_SCHEMA });
  // The bulletin the figures came from: the ledger may link to it once it is published.
  const bulletin = path.replace(/\.ledger\.yaml$/u, ".md");
  const draft = await readFile(join(root, bulletin), "utf8").then(
    (entry) => /^draft:\s*true\s*$/mu.test(entry),
    () => true,
  );
  return { path, bulletin, bulletinDraft: draft, entries: Array.isArray(entries) ? entries : [] };
}

export function studioActions(context: ActionContext): Record<string, Action> {
  const { root } = context;

  /**
   * A news text (pasted, or a dropped .txt/.docx/.html file) made into a draft bulletin by the
   * importer (`npm run import`: encodings, Word, clean-up), written through the gate and
   * committed like any save; its ledger proposal goes beside it, for review in the form below.
   */
  async function importInput(input: Buffer, inputName: string, stdin: boolean) {
    const { importArticle } = await import("../import/run.ts");
    const scratch = await mkdtemp(join(tmpdir(), "pingan-import-"));
    try {
      const outcome = await importArticle({
        input,
        inputName,
        stdin,
        locale: defaultLocale,
        kind: "bulletin",
        outDir: scratch,
        root,
        force: false,
        today: new Date().toISOString().slice(0, 10),
      });
      const folder = `content/bulletins/${defaultLocale}`;
      const changes: Change[] = [];
      for (const name of await readdir(scratch)) {
        const path = `${folder}/${name}`;
        let bytes = await cleanImage(path, await readFile(join(scratch, name)));
        // Saved as a draft for review (the importer leaves 待填写 where it read nothing, which
        // only a draft may hold): staff untick 草稿 once it is checked.
        if (name === `${outcome.slug}.md`) bytes = Buffer.from(asDraft(bytes.toString("utf8")));
        changes.push({ path, bytes });
      }
      const path = `${folder}/${outcome.slug}.md`;
      if (existsSync(join(root, path))) {
        throw new StudioError(say(STRINGS.alreadyImported(path)), 409);
      }
      await applyChanges(context, changes, `导入 工作动态《${outcome.article.title}》（${path}）`);
      const ledger = `${folder}/${outcome.slug}.ledger.yaml`;
      return {
        path,
        edit: `#/collections/bulletins/entries/${outcome.slug}`,
        notes: outcome.notes.map((note) => say(note.text)),
        proposal: existsSync(join(root, ledger)) ? ledger : undefined,
      };
    } catch (error) {
      if (error instanceof StudioError) throw error;
      const message = (error as { message?: unknown }).message;
      throw new StudioError(String(message ?? error), 422);
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  }
  return {
    async status() {
      const repo = await context.repo();
      const gate = await runGate(root, { print: false });
      return {
        repo: repo.kind,
        lang: messageLocale(),
        root,
        materials: gate.content.materials.map((m) => ({
          file: m.file,
          id: m.id,
          locale: m.locale,
          kind: m.data.kind,
          name: m.data.name,
        })),
        commits: await recentCommits(repo, 20),
      };
    },

    /**
     * The studio's language (its pages, Decap's UI and labels, messages), switched from its
     * page: one person uses a studio at a time, so the language is the server's.
     */
    async lang(params) {
      const lang = params["lang"];
      if (lang !== "zh-cn" && lang !== "en") throw new StudioError("lang: zh-cn | en", 400);
      setMessageLocale(lang);
      return { lang };
    },

    /**
     * Starts the page preview's dev server. Decap's page asks for it once Decap is running:
     * started with the studio, its 5–15 s of work on two cores slowed the first load of
     * Decap's 5 MB bundle as much.
     */
    sitePreview() {
      void context.site?.start().catch((error: unknown) => console.error(error));
      return Promise.resolve({});
    },

    async warmUp() {
      const { materialContext, resolveMaterial, renderMaterial } = await printing();
      const gate = await runGate(root);
      const material = gate.content.materials.find((m) => m.data.kind === "poster");
      if (material) {
        await renderMaterial(resolveMaterial(material, materialContext(gate.content, gate.deploy)));
      }
      return {};
    },

    async startHistory() {
      const repo = await context.repo();
      if (repo.kind !== "none") return { repo: repo.kind };
      await startHistory(root);
      return { repo: (await context.refreshRepo()).kind };
    },

    /**
     * A print material as it prints: each page as PNG, drawn by the print pipeline (the same
     * templates as the build and `npm run print`), with the draft's data when given.
     */
    async preview(params) {
      const started = performance.now();
      const given = typeof params["path"] === "string" && params["path"] !== "";
      // Decap names a translated entry by its path without the language folder; its preview
      // shows the first language.
      const path = given
        ? contentPath(params["path"]).replace(
            /^content\/print\/([^/]+)$/u,
            `content/print/${defaultLocale}/$1`,
          )
        : `content/print/${defaultLocale}/studio-preview.yaml`;
      const changes: Change[] =
        params["data"] && typeof params["data"] === "object"
          ? [{ path, bytes: Buffer.from(toYaml(params["data"])) }]
          : [];
      const result = changes.length > 0 ? await gateWith(root, changes) : await runGate(root);
      const own = result.problems.filter((p) => p.file === path);
      const material = result.content.materials.find((m) => m.file === path);
      let pages: string[] = [];
      if (material && errorsOf(own).length === 0) {
        const { materialContext, resolveMaterial, renderMaterial } = await printing();
        try {
          const spec = resolveMaterial(material, materialContext(result.content, result.deploy));
          const rendered = await renderMaterial(spec);
          pages = rendered.previews.map((png) => `data:image/png;base64,${png.toString("base64")}`);
        } catch (error) {
          own.push({
            level: "error",
            group: "print",
            file: path,
            message: {
              "zh-cn": error instanceof Error ? error.message : String(error),
              en: error instanceof Error ? error.message : String(error),
            },
          });
        }
      }
      return {
        pages,
        problems: listProblems(own),
        ms: Math.round(performance.now() - started),
      };
    },

    /**
     * Where the page preview shows an entry: its address on the site under the studio's
     * `site/` (Astro's dev server, ./site-preview.ts), per language. Decap names a translated
     * entry without its language folder (`content/bulletins/x.md`).
     */
    async pagePreview(params) {
      const path = contentPath(params["path"]);
      const match = /^content\/([^/]+)\/(?:[^/]+\/)?([^/]+\.mdx?)$/u.exec(path);
      const pages = localeCodes.map((locale) => {
        const file = match ? `content/${match[1]}/${locale}/${match[2]}` : path;
        const route = pageRoute(file);
        return { locale, file, src: route === undefined ? undefined : `site/${route}` };
      });
      return { pages: pages.filter((page) => page.src !== undefined) };
    },

    /**
     * Print-ready PDFs of a material with the options staff choose (paper, bleed, crop marks,
     * CMYK), drawn as `npm run print` draws them; a material with sample data is drawn as a
     * proof, every page marked 样稿 / SAMPLE.
     */
    async print(params) {
      const path = contentPath(params["path"]);
      const gate = await runGate(root, { print: false });
      const own = errorsOf(gate.problems).filter((p) => p.file === path);
      if (own.length > 0) return { files: [], problems: listProblems(own) };
      const material = gate.content.materials.find((m) => m.file === path);
      if (!material) throw new StudioError(`没有这件物料（或它是草稿）：${path}`, 404);
      const { materialContext, resolveMaterial, renderMaterial } = await printing();
      const paper =
        typeof params["paper"] === "string" && params["paper"] !== "" ? params["paper"] : undefined;
      const bleed =
        params["bleedMm"] === "" || params["bleedMm"] === undefined
          ? undefined
          : Number(params["bleedMm"]);
      if (bleed !== undefined && !(bleed >= 0 && bleed <= 10)) {
        throw new StudioError("出血应当是 0 到 10 毫米", 422);
      }
      try {
        const spec = resolveMaterial(material, materialContext(gate.content, gate.deploy), {
          paper: paper as "A4" | "A3" | "A2" | undefined,
          bleedMm: bleed,
          cropMarks: params["cropMarks"] === true ? true : undefined,
          cmyk: params["cmyk"] === true ? true : undefined,
        });
        const rendered = await renderMaterial(spec);
        const stem = `${material.id}-${material.locale}${paper ? `-${paper}` : ""}`;
        pdfs.clear();
        pdfs.set(`${stem}.pdf`, rendered.pdf);
        if (rendered.cmykPdf) pdfs.set(`${stem}-cmyk.pdf`, rendered.cmykPdf);
        return {
          files: [...pdfs.keys()].map((name) => `download/${name}`),
          sample: spec.samples.length > 0,
          problems: [],
        };
      } catch (error) {
        const detail = (error as { detail?: Text }).detail;
        return {
          files: [],
          problems: [
            {
              level: "error",
              file: path,
              area: areaOf(path).label,
              message: detail ? say(detail) : String(error),
            },
          ],
        };
      }
    },

    /** A pasted news text made into a bulletin (importInput). */
    importText(params) {
      const text = String(params["text"] ?? "");
      if (text.trim() === "") throw new StudioError(say(STRINGS.pasteFirst), 422);
      return importInput(Buffer.from(text, "utf8"), say(STRINGS.pasted), true);
    },

    /** A dropped .txt / .docx / .html file made into a bulletin (importInput). */
    importFile(params) {
      const name = basename(String(params["name"] ?? ""));
      if (!/\.(?:txt|docx|html?)$/iu.test(name)) {
        throw new StudioError(say(STRINGS.fileKinds), 415);
      }
      const bytes = Buffer.from(String(params["content"] ?? ""), "base64");
      if (bytes.length === 0) throw new StudioError(say(STRINGS.emptyFile), 422);
      return importInput(bytes, name, false);
    },

    /** Ledger proposals waiting for review (`*.ledger.yaml` beside imported bulletins). */
    async proposals() {
      const found = [];
      for (const locale of localeCodes) {
        const folder = `content/bulletins/${locale}`;
        let names: string[] = [];
        try {
          names = await readdir(join(root, folder));
        } catch {
          continue;
        }
        for (const name of names.filter((n) => n.endsWith(".ledger.yaml")).sort()) {
          found.push(await readProposal(root, `${folder}/${name}`));
        }
      }
      const kinds = ledgerKinds.map((kind) => ({
        value: kind,
        label: messageLocale() === defaultLocale ? optionWord("ledger.kind", kind) : kind,
      }));
      return { proposals: found, kinds };
    },

    /**
     * The reviewed figures of a ledger proposal added to the end of content/data/ledger.yaml
     * (the file's comments and entries stay as they are) and the proposal deleted: one change
     * through the gate, one commit.
     */
    async mergeLedger(params) {
      const proposal = contentPath(params["path"]);
      if (!proposal.endsWith(".ledger.yaml")) throw new StudioError(say(STRINGS.notProposal), 400);
      const entries = (Array.isArray(params["entries"]) ? params["entries"] : []).map((entry) =>
        withoutEmpty(entry),
      );
      if (entries.length === 0) throw new StudioError(say(STRINGS.nothingChosen), 422);
      const ledger = sources.ledger.file;
      const before = await readFile(join(root, ledger), "utf8").catch(() => "");
      const after = `${before.trimEnd()}${before.trim() === "" ? "" : "\n"}${toYaml(entries)}`;
      const ids = entries.map((entry) => String((entry as { id?: unknown }).id ?? "")).join("、");
      await applyChanges(
        context,
        [
          { path: ledger, bytes: Buffer.from(after) },
          { path: proposal, bytes: null },
        ],
        `宣传台账：合并导入的数字 ${ids}（${ledger}，删除 ${proposal}）`,
      );
      context.gate.forget();
      return { ok: true, merged: entries.length };
    },

    /**
     * Pages whose translation is missing or older than the original (the gate's translation
     * status, as `npm run check` reports it), each with the form that edits the original:
     * Decap shows both languages there, with one click to start a translation.
     */
    async translations() {
      const { translations } = await runGate(root, { print: false });
      const language = (locale: string) =>
        say(
          locale === "en" ? { "zh-cn": "英文", en: "English" } : { "zh-cn": "中文", en: "Chinese" },
        );
      const item = (file: string, message: Text, level: Problem["level"]): Listed => ({
        level,
        file,
        area: areaOf(file).label,
        message: say(message),
        edit: editLink(file),
      });
      return {
        items: [
          ...translations.missing.map(({ original, locale }) =>
            item(original.file, STRINGS.translationMissing(language(locale)), "warning"),
          ),
          ...translations.outdated.map(({ original, translation }) =>
            item(
              translation.file,
              STRINGS.translationOutdated(
                language(translation.locale),
                original.changed ?? "",
                translation.translatedFrom ?? translation.changed ?? "",
              ),
              "warning",
            ),
          ),
        ],
      };
    },

    /** The release gate's blockers as a checklist; none: the release build and a .zip of it. */
    async publish(params) {
      if (publishing) throw new StudioError("正在发布，请稍候", 409);
      const run = (async () => {
        const gate = await runGate(root, {
          release: { enabled: true, acceptUncertainDates: params["acceptUncertainDates"] === true },
        });
        const kinds = new Map(gate.content.materials.map((m) => [m.file, m.data.kind]));
        const blockers = errorsOf(gate.problems);
        if (blockers.length > 0) {
          return { ok: false, blockers: listProblems(blockers, kinds) };
        }
        const built = await runBuild(root);
        if (built.code !== 0) return { ok: false, blockers: [], output: built.output };
        lastZip = await zipFolder(join(root, "dist"));
        return { ok: true, blockers: [], folder: join(root, "dist"), zip: "download/site.zip" };
      })();
      publishing = run;
      try {
        return await run;
      } finally {
        publishing = undefined;
      }
    },

    async history(params) {
      const path = contentPath(params["path"]);
      return { versions: await fileHistory(root, await context.repo(), path) };
    },

    async restore(params) {
      const path = contentPath(params["path"]);
      const commit = String(params["commit"] ?? "");
      if (!/^[0-9a-f]{40}$/u.test(commit)) throw new StudioError("版本号不对", 400);
      const repo = await context.repo();
      const bytes = await fileAt(root, repo, commit, path);
      const day = new Date(
        ((await fileHistory(root, repo, path)).find((v) => v.commit === commit)?.time ?? 0) * 1000,
      ).toLocaleString("zh-CN", { hour12: false });
      await applyChanges(
        context,
        [{ path, bytes }],
        `恢复 ${areaOf(path).label}（${path}）到 ${day} 的版本（${commit.slice(0, 7)}）`,
      );
      return { ok: true };
    },

    async download(params) {
      if (params["name"] === "site.zip" && lastZip) return { bytes: lastZip };
      const pdf = pdfs.get(String(params["name"]));
      if (pdf) return { bytes: pdf };
      const guide = join(import.meta.dirname, "../../docs/studio.md");
      if (params["name"] === "guide.md" && existsSync(guide))
        return { bytes: await readFile(guide) };
      return {};
    },
  };
}
