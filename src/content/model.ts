/**
 * The content model: pure. Raw entries in (from the files through ./read.ts, or from Astro's
 * collections through src/collections/query.ts), resolved content out: drafts dropped,
 * entries grouped by slug across locales, references checked (laws, bulletins, slogans,
 * channels, explainers, guides, reward rules), the ledger's figures checked against each other,
 * and the print materials that can be published listed with what they need. Every reader
 * (pages, materials, print, staff files, check, the studio) goes through here, so a draft or a
 * broken reference is treated the same everywhere.
 */
import { defaultLocale, localeCodes, routePath, type Locale } from "../i18n/locales.ts";
import { placeKey, periodKey } from "../ledger/aggregate.ts";
import { text } from "../schemas/fields.ts";
import type { Channel, Law, LedgerEntry, Site, Slogan } from "../schemas/data.ts";
import {
  defaultPrintSettings,
  type MaterialData,
  type PrintSettings,
  type RewardsData,
} from "../schemas/print.ts";
import { problem, type Problem } from "./problems.ts";
import type { RawEntry } from "./read.ts";
import type { CollectionName, PageCollection } from "./sources.ts";

export const pageCollections = [
  "bulletins",
  "explainers",
  "guides",
  "qa",
  "pages",
] as const satisfies readonly PageCollection[];

/** A raw entry, carrying whatever its reader attached (Astro's entry, for rendering). */
export type ModelEntry<E = undefined> = RawEntry & { ref: E };

export interface PageGroup<E> {
  slug: string;
  /** Published entries only: drafts are left out unless the model was asked to show them. */
  byLocale: Map<Locale, ModelEntry<E>>;
}

export interface PublishedMaterial {
  /** The file name without extension: the material's id in URLs, the CLI and the manifest. */
  id: string;
  locale: Locale;
  file: string;
  data: MaterialData;
}

export interface Content<E = undefined> {
  pages: Record<PageCollection, PageGroup<E>[]>;
  site: Partial<Record<Locale, Site>>;
  /** In their `order`. */
  channels: Channel[];
  slogans: Slogan[];
  laws: Map<string, Law>;
  ledger: LedgerEntry[];
  rewards: Partial<Record<Locale, RewardsData>>;
  /** content/data/print.yaml, or its defaults when there is none. */
  print: PrintSettings;
  /** Materials that can be printed and shown, in the order their files were read. */
  materials: PublishedMaterial[];
  /** A published explainer in `locale` (a board prints it), or undefined. */
  explainer(locale: Locale, slug: string): ModelEntry<E> | undefined;
  /** Whether a guide is published in `locale` (a QR code opens it). */
  hasGuide(locale: Locale, slug: string): boolean;
}

export interface ModelOptions {
  /** Keep drafts (the dev server shows them); every build and check leaves them out. */
  drafts?: boolean;
  /**
   * Entries that exist but could not be read (`collection:id`, or `collection:*` for a whole
   * data file), each already reported: a reference to one is not reported again as missing.
   */
  broken?: ReadonlySet<string>;
}

/** The locale-neutral route of a guide: the reporting guide lives at /report/. */
export function guideRoute(slug: string): string {
  return slug === "report" ? "report/" : `guides/${slug}/`;
}

/** Where a guide is published: `site` + `base` + the locale's prefix + its route. */
export function guideUrl(
  deploy: { site: string; base: string },
  locale: Locale,
  slug: string,
): string {
  return new URL(routePath(locale, guideRoute(slug), deploy.base), deploy.site).href;
}

const materialOrder = ["poster", "leaflet", "banner", "board", "notice"];

/** Materials by locale, kind and id: the order the materials page and the manifest list them. */
export function byLocaleAndKind<M extends { locale: Locale; id: string; kind: string }>(
  materials: readonly M[],
): M[] {
  return [...materials].sort(
    (a, b) =>
      localeCodes.indexOf(a.locale) - localeCodes.indexOf(b.locale) ||
      materialOrder.indexOf(a.kind) - materialOrder.indexOf(b.kind) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

interface Ref {
  id: string;
}

export function resolveContent<E = undefined>(
  entries: readonly ModelEntry<E>[],
  options: ModelOptions = {},
): { content: Content<E>; problems: Problem[] } {
  const problems: Problem[] = [];
  const byCollection = new Map<CollectionName, ModelEntry<E>[]>();
  for (const entry of entries) {
    let list = byCollection.get(entry.collection);
    if (!list) byCollection.set(entry.collection, (list = []));
    list.push(entry);
  }
  const all = (collection: CollectionName) => byCollection.get(collection) ?? [];
  const published = (entry: ModelEntry<E>) =>
    options.drafts === true || entry.data["draft"] !== true;
  const lineOf = (entry: ModelEntry<E>, path: PropertyKey[]) => entry.lineOf?.(path) ?? entry.line;
  const isBroken = (collection: CollectionName, id: string) =>
    options.broken?.has(`${collection}:${id}`) === true ||
    options.broken?.has(`${collection}:*`) === true;

  const pages = Object.fromEntries(
    pageCollections.map((collection) => {
      const groups = new Map<string, PageGroup<E>>();
      for (const entry of all(collection)) {
        if (!published(entry) || !entry.locale || !entry.slug) continue;
        let group = groups.get(entry.slug);
        if (!group) groups.set(entry.slug, (group = { slug: entry.slug, byLocale: new Map() }));
        group.byLocale.set(entry.locale, entry);
      }
      return [collection, [...groups.values()]];
    }),
  ) as Record<PageCollection, PageGroup<E>[]>;
  const bySlug = (collection: PageCollection) =>
    new Map(pages[collection].map((group) => [group.slug, group]));
  const explainers = bySlug("explainers");
  const guides = bySlug("guides");
  const bulletins = new Set(
    pages.bulletins.flatMap((group) => [...group.byLocale.keys()].map((l) => `${l}/${group.slug}`)),
  );
  const draftBulletins = new Set(
    all("bulletins")
      .filter((entry) => !published(entry))
      .map((entry) => entry.id),
  );

  const site: Partial<Record<Locale, Site>> = {};
  for (const entry of all("site")) if (entry.locale) site[entry.locale] = entry.data as Site;
  for (const code of localeCodes) {
    if (!site[code] && all("site").length > 0 && !isBroken("site", code)) {
      problems.push(
        problem(
          "error",
          "references",
          "content/data/site.yaml",
          text(
            `缺少 ${code} 部分：每种语言都要有网站信息（名称、主办单位……），照着其他语言那一部分写一份`,
            `has no entry for "${code}": add a "${code}:" section with the site identity, like the other language's`,
          ),
        ),
      );
    }
  }
  const rewards: Partial<Record<Locale, RewardsData>> = {};
  for (const entry of all("rewards")) {
    if (entry.locale) rewards[entry.locale] = entry.data as RewardsData;
  }
  const print = (all("print")[0]?.data as PrintSettings | undefined) ?? defaultPrintSettings;
  const channels = all("channels")
    .map((entry) => entry.data as Channel)
    .sort((a, b) => a.order - b.order);
  const channelIds = new Set(channels.map((channel) => channel.id));
  const slogans = all("slogans").map((entry) => entry.data as Slogan);
  const sloganById = new Map(slogans.map((slogan) => [slogan.id, slogan]));
  const laws = new Map(all("laws").map((entry) => [entry.id, entry.data as Law]));
  const lawList = [...laws.keys()].sort().join(", ");

  // Statutes cite laws.
  for (const entry of [...all("explainers"), ...all("qa")]) {
    const statutes = (entry.data["statutes"] ?? []) as { law: Ref }[];
    statutes.forEach((statute, index) => {
      if (laws.has(statute.law.id) || isBroken("laws", statute.law.id)) return;
      problems.push(
        problem(
          "error",
          "references",
          entry.file,
          text(
            `引用的法律“${statute.law.id}”不在 content/data/laws.yaml 里（已有：${lawList}）：改正 id，或把这部法律加到 laws.yaml`,
            `cites the law "${statute.law.id}", which is not in content/data/laws.yaml (known: ${lawList}). Fix the id or add the law there.`,
          ),
          { field: `statutes[${index}].law`, line: lineOf(entry, ["statutes", index, "law"]) },
        ),
      );
    });
  }

  // The ledger: bulletins named exist, and no work is counted twice.
  const ledgerEntries = all("ledger");
  const ledger = ledgerEntries.map((entry) => entry.data as LedgerEntry);
  for (const entry of ledgerEntries) {
    const bulletin = (entry.data as LedgerEntry).bulletin;
    if (!bulletin || bulletins.has(bulletin.id) || isBroken("bulletins", bulletin.id)) continue;
    const draft = draftBulletins.has(bulletin.id);
    problems.push(
      problem(
        "error",
        "references",
        entry.file,
        draft
          ? text(
              `指向的工作动态“${bulletin.id}”还是草稿（draft: true），台账上的链接会打不开：先发布那篇动态，或删掉 bulletin 这一行`,
              `points at the bulletin "${bulletin.id}", which is a draft (draft: true), so the ledger's link would lead nowhere: publish it, or remove the bulletin line`,
            )
          : text(
              `指向的工作动态“${bulletin.id}”不存在：写成“语言/文件名”，如 zh-cn/gangxi-town-measures`,
              `points at the bulletin "${bulletin.id}", which does not exist. Write it as <locale>/<file name>, e.g. zh-cn/gangxi-town-measures.`,
            ),
        { field: `${entry.id}.bulletin`, line: lineOf(entry, ["bulletin"]) },
      ),
    );
  }
  problems.push(...ledgerProblems(ledgerEntries));

  // Print materials: everything a material names must be there in its language.
  const materials: PublishedMaterial[] = [];
  for (const entry of all("materials")) {
    const locale = entry.locale ?? defaultLocale;
    const data = entry.data as MaterialData;
    const before = problems.length;
    // Names an entry that is there but broken (reported by itself): not published either.
    let blocked = false;
    const brokenRef = (collection: CollectionName, id: string) =>
      isBroken(collection, id) ? (blocked = true) : false;
    const fail = (field: string, path: PropertyKey[], message: ReturnType<typeof text>) =>
      problems.push(
        problem("error", "references", entry.file, message, {
          field,
          line: lineOf(entry, path),
        }),
      );
    if ("slogan" in data) {
      const slogan = sloganById.get(data.slogan.id);
      if (!slogan && !brokenRef("slogans", data.slogan.id)) {
        fail(
          "slogan",
          ["slogan"],
          text(
            `标语“${data.slogan.id}”不在 content/data/slogans.yaml 里：改正 id，或把标语加进去`,
            `names the slogan "${data.slogan.id}", which is not in content/data/slogans.yaml. Fix the id or add the slogan there.`,
          ),
        );
      }
    }
    if ("channels" in data) {
      data.channels.forEach((channel, index) => {
        if (channelIds.has(channel.id) || brokenRef("channels", channel.id)) return;
        fail(
          `channels[${index}]`,
          ["channels", index],
          text(
            `举报渠道“${channel.id}”不在 content/data/channels.yaml 里：改正 id，或把渠道加进去`,
            `names "${channel.id}", which is not in content/data/channels.yaml. Fix the id or add the channel.`,
          ),
        );
      });
    }
    const needsRewards =
      data.kind === "notice" ||
      (data.kind === "leaflet" &&
        data.pages.some((page) => page.sections.some((s) => s.show === "rewards")));
    if (needsRewards && !rewards[locale] && !brokenRef("rewards", locale)) {
      fail(
        "kind",
        ["kind"],
        text(
          `需要 ${locale} 的奖励办法：在 content/data/rewards.yaml 里加上“${locale}:”部分`,
          `needs the reward rules in ${locale}: add a ${locale} entry to content/data/rewards.yaml.`,
        ),
      );
    }
    if (
      "qr" in data &&
      !guides.get(data.qr)?.byLocale.has(locale) &&
      !brokenRef("guides", `${locale}/${data.qr}`)
    ) {
      fail(
        "qr",
        ["qr"],
        text(
          `二维码要打开的指南“${data.qr}”没有 ${locale} 版本（content/guides/${locale}/${data.qr}.md），印出的二维码会打开别的语言的页面：补上这篇指南（举报指南是 report）`,
          `names the guide "${data.qr}", which has no published ${locale} page (content/guides/${locale}/${data.qr}.md), so the printed QR code would open a page in another language. Add the guide (report is the reporting guide).`,
        ),
      );
    }
    if (data.kind === "board") {
      const group = explainers.get(data.explainer);
      if (!group?.byLocale.has(locale) && !brokenRef("explainers", `${locale}/${data.explainer}`)) {
        const isDraft = all("explainers").some(
          (e) => e.locale === locale && e.slug === data.explainer,
        );
        if (isDraft) {
          // The board would print a draft: it waits with its explainer, and says so.
          problems.push(
            problem(
              "warning",
              "references",
              entry.file,
              text(
                `要印的以案释法“${data.explainer}”（${locale}）还是草稿，所以这块展板暂不发布，也不能打印；那篇发布后自动恢复`,
                `the explainer "${data.explainer}" (${locale}) is a draft, so this board is not published or printed until it is`,
              ),
              { field: "explainer", line: lineOf(entry, ["explainer"]) },
            ),
          );
          continue;
        }
        fail(
          "explainer",
          ["explainer"],
          text(
            `以案释法“${data.explainer}”不在 content/explainers/${locale}/ 里：改正文件名（不带 .md）`,
            `names "${data.explainer}", which is not in content/explainers/${locale}/. Fix the slug (the file name without .md).`,
          ),
        );
      }
    }
    if (problems.length === before && !blocked && entry.slug) {
      materials.push({ id: entry.slug, locale, file: entry.file, data });
    }
  }

  if (all("guides").length > 0 && !guides.has("report")) {
    problems.push(
      problem(
        "error",
        "references",
        "content/guides",
        text(
          `没有已发布的举报指南（content/guides/${defaultLocale}/report.md）：/report/ 页面和所有二维码都要用它`,
          `there is no published reporting guide (content/guides/${defaultLocale}/report.md): the /report/ page and every QR code need it`,
        ),
      ),
    );
  }

  return {
    content: {
      pages,
      site,
      channels,
      slogans,
      laws,
      ledger,
      rewards,
      print,
      materials,
      explainer: (locale, slug) => explainers.get(slug)?.byLocale.get(locale),
      hasGuide: (locale, slug) => guides.get(slug)?.byLocale.has(locale) ?? false,
    },
    problems,
  };
}

/**
 * Ledger figures no single entry's schema can see: the same work counted twice (one place and
 * kind with overlapping periods), and a place spelt two ways in another language, which would
 * split its totals.
 */
function ledgerProblems<E>(entries: readonly ModelEntry<E>[]): Problem[] {
  const problems: Problem[] = [];
  const rows = entries.map((entry) => ({ entry, row: entry.data as LedgerEntry }));
  const places = new Map<string, LedgerEntry>();
  for (const { entry, row } of rows) {
    const first = places.get(placeKey(row));
    if (!first) {
      places.set(placeKey(row), row);
      continue;
    }
    for (const [locale, name] of Object.entries(row.place)) {
      const earlier = first.place[locale as Locale];
      if (earlier === name) continue;
      problems.push(
        problem(
          "error",
          "references",
          entry.file,
          text(
            `写的是“${name}”，但 ${first.id} 把同一个地点写成“${earlier}”：同一地点每条都要写得一样，否则合计会被拆开`,
            `"${name}", but ${first.id} writes the same place as "${earlier}". Write the place the same way in every entry, or its totals are split.`,
          ),
          {
            field: `${row.id}.place.${locale}`,
            line: entry.lineOf?.(["place", locale]) ?? entry.line,
          },
        ),
      );
    }
  }
  rows.forEach(({ row }, index) => {
    for (const { entry: otherEntry, row: other } of rows.slice(index + 1)) {
      if (other.kind !== row.kind || placeKey(other) !== placeKey(row)) continue;
      if (other.periodStart <= row.periodEnd && row.periodStart <= other.periodEnd) {
        problems.push(
          problem(
            "error",
            "references",
            otherEntry.file,
            text(
              `时间段 ${periodKey(other)} 和 ${row.id}（${periodKey(row)}）重叠，地点和种类（${row.kind}）也相同，合计会把同样的工作算两次：让两个时间段前后相接、不重叠，或把两条合并`,
              `its period ${periodKey(other)} overlaps ${row.id} (${periodKey(row)}), for the same place and kind (${row.kind}), so the totals would count the same work twice. Make the periods follow one another without overlapping, or merge the two entries.`,
            ),
            { field: `${other.id}.periodStart`, line: otherEntry.line },
          ),
        );
      }
    }
  });
  return problems;
}
