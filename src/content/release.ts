/**
 * What stops a release: content that is fine to build and preview (the sample site builds) but
 * must not reach print or the public. Sample data (sample: true, or the sample markers the kit
 * ships: 示例, "(sample)"), an address no reader can open (an example domain, localhost, an IP,
 * plain http), and dates the importer could only estimate. `npm run build -- --release` and
 * `npm run check -- --release` refuse on these; a plain build lists them as warnings.
 */
import { isIP } from "node:net";
import { localeCodes } from "../i18n/locales.ts";
import type { Text } from "../i18n/messages.ts";
import type { Channel, LedgerEntry, Site } from "../schemas/data.ts";
import { text } from "../schemas/fields.ts";
import type { Deploy } from "./materials.ts";
import { pageCollections, type Content, type ModelEntry } from "./model.ts";
import { problem, type Problem } from "./problems.ts";

/** The marks the kit's sample data carries; a real office's data has none of them. */
const SAMPLE_MARK = /示例|（样例）|\(sample\)|\bsample\b/iu;

/** Reserved for examples and tests (RFC 2606, RFC 6761): no reader can reach them. */
const EXAMPLE_HOST = /(?:^|\.)(?:example(?:\.(?:com|net|org))?|test|invalid|localhost|local)$/iu;

export interface ReleaseOptions {
  /** `--accept-uncertain-dates`: estimated dates are published as approximate. */
  acceptUncertainDates?: boolean;
  /** Where the address came from: `--site` or deploy.yaml, named in the message. */
  siteFrom?: string;
}

/** Why an address cannot be a release's, or undefined when it can. */
export function unusableAddress(site: string): Text | undefined {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    return text(`“${site}”不是完整的网址`, `"${site}" is not a full address`);
  }
  const host = url.hostname.replace(/^\[|\]$/gu, "");
  if (EXAMPLE_HOST.test(host)) {
    return text(
      `“${url.host}”是示例或本机地址，群众打不开，二维码也扫不通`,
      `"${url.host}" is an example or local address: no reader can open it, and QR codes would lead nowhere`,
    );
  }
  if (isIP(host) !== 0) {
    return text(
      `“${url.host}”是 IP 地址：请用网站的正式域名（如 www.xx.gov.cn）`,
      `"${url.host}" is an IP address: use the site's own domain name (e.g. www.example.gov.cn)`,
    );
  }
  if (url.protocol !== "https:") {
    return text(
      `“${site}”用的是 http://：正式网站要用 https://（浏览器会把 http 标为“不安全”）`,
      `"${site}" uses http://: a published site needs https:// (browsers mark http as "not secure")`,
    );
  }
  return undefined;
}

const hasMark = (value: unknown): boolean =>
  typeof value === "string"
    ? SAMPLE_MARK.test(value)
    : Array.isArray(value)
      ? value.some(hasMark)
      : value !== null && typeof value === "object" && !(value instanceof Date)
        ? Object.values(value).some(hasMark)
        : false;

/** Release blockers (as errors) in resolved content published at `deploy`. */
export function releaseProblems<E>(
  content: Content<E>,
  entries: readonly ModelEntry<E>[],
  deploy: Deploy,
  options: ReleaseOptions = {},
): Problem[] {
  const problems: Problem[] = [];
  const block = (
    file: string,
    message: Text,
    where: { field?: string | undefined; line?: number | undefined } = {},
  ) => problems.push(problem("error", "release", file, message, where));
  const lineOf = (entry: ModelEntry<E>, path: PropertyKey[]) => entry.lineOf?.(path) ?? entry.line;

  const address = unusableAddress(deploy.site);
  if (address) {
    const flag = options.siteFrom === "--site";
    block(
      flag ? "--site" : "content/data/deploy.yaml",
      text(
        `${address["zh-cn"]}。${flag ? "把 --site 改成" : "在 content/data/deploy.yaml 里把 site 改成"}网站的正式地址，如 https://www.xx.gov.cn`,
        `${address.en}. ${flag ? "Pass --site with" : "Set site in content/data/deploy.yaml to"} the site's real address, e.g. https://www.example.gov.cn`,
      ),
      flag ? {} : { field: "site" },
    );
  }

  const byCollection = (name: string) => entries.filter((entry) => entry.collection === name);

  for (const entry of byCollection("channels")) {
    const channel = entry.data as Channel;
    if (channel.sample || hasMark(channel.value) || hasMark(channel.name)) {
      block(
        entry.file,
        text(
          `举报渠道“${channel.name["zh-cn"]}”还是示例数据：换成本单位真实的号码或地址，去掉“示例”字样，把 sample 改成 false（或删掉这个渠道和引用它的物料里的 id）`,
          `the channel "${channel.name.en}" is still sample data: put in the office's real number or address, remove the sample marks, and set sample: false (or delete the channel and its id in the materials that name it)`,
        ),
        { field: `${channel.id}.sample`, line: lineOf(entry, ["sample"]) },
      );
    }
    if ((channel.kind === "web" || channel.kind === "qr") && unusableAddress(channel.value)) {
      block(
        entry.file,
        text(
          `举报渠道“${channel.name["zh-cn"]}”的网址 ${channel.value} 打不开：换成真实的 https:// 地址`,
          `the channel "${channel.name.en}" points at ${channel.value}, which no reader can open: use a real https:// address`,
        ),
        { field: `${channel.id}.value`, line: lineOf(entry, ["value"]) },
      );
    }
  }

  for (const entry of byCollection("rewards")) {
    if (entry.data["sample"] === true || hasMark(entry.data["rules"])) {
      block(
        entry.file,
        text(
          `${entry.id} 的奖励办法还是示例：按本地公安机关和扫黑办公布的办法改写金额、发布单位和日期，再把 sample 改成 false`,
          `the ${entry.id} reward rules are still samples: write the amounts, issuer and date from the local police and campaign office's published rules, then set sample: false`,
        ),
        { field: `${entry.id}.sample`, line: lineOf(entry, ["sample"]) },
      );
    }
  }

  const sampleRows = byCollection("ledger").filter(
    (entry) => (entry.data as LedgerEntry).sample || hasMark((entry.data as LedgerEntry).place),
  );
  const [firstRow] = sampleRows;
  if (firstRow) {
    block(
      firstRow.file,
      text(
        `台账里还有 ${sampleRows.length} 条示例数字（${sampleRows.map((e) => e.id).join("、")}）：删掉它们，或换成本单位真实的数字并把 sample 改成 false`,
        `the ledger still holds ${sampleRows.length} sample entries (${sampleRows.map((e) => e.id).join(", ")}): delete them, or replace them with the office's own figures and set sample: false`,
      ),
      { field: `${firstRow.id}.sample`, line: firstRow.line },
    );
  }

  for (const entry of byCollection("site")) {
    const site = entry.data as Site;
    const fields = (
      [
        ["name", site.name],
        ["organiser", site.organiser],
        ["address", site.address],
        ["footer.siteCode", site.footer.siteCode],
        ["footer.icp", site.footer.icp],
        ["footer.publicSecurity", site.footer.publicSecurity],
        ["footer.note", site.footer.note],
      ] as const
    ).filter(([, value]) => hasMark(value));
    if (fields.length === 0) continue;
    block(
      entry.file,
      text(
        `${entry.id} 的网站信息还是示例：${fields.map(([name]) => name).join("、")} 里有“示例”字样，换成本单位的名称、地址和备案号`,
        `the ${entry.id} site identity is still the sample's: ${fields.map(([name]) => name).join(", ")} carry sample marks; put in the office's own name, address and filing numbers`,
      ),
      { field: `${entry.id}.${fields[0]?.[0] ?? ""}`, line: lineOf(entry, [fields[0]?.[0] ?? ""]) },
    );
  }

  // Translation stubs (npm run new writes one with draft: true) of pages that are published:
  // the language switch leads there, and the stub's "TODO: translate" is all it would hold.
  for (const collection of pageCollections) {
    const published = new Map(content.pages[collection].map((group) => [group.slug, group]));
    for (const entry of byCollection(collection)) {
      if (entry.data["draft"] !== true || !entry.slug || !entry.locale) continue;
      const group = published.get(entry.slug);
      if (!group || group.byLocale.has(entry.locale) || group.byLocale.size === 0) continue;
      block(
        entry.file,
        text(
          "译文还是草稿（draft: true），网站上这一页的这个语言会显示原文：翻译好并删掉 draft: true，或者删掉这个文件（网站照样显示原文并加说明）",
          "the translation is still a draft (draft: true), so this page shows the original in this language: translate it and remove draft: true, or delete the file (the page then shows the original with a notice)",
        ),
        { field: "draft", line: lineOf(entry, ["draft"]) },
      );
    }
  }

  // Addresses printed in a material's own text: a reader types them off the paper.
  const site = new URL(deploy.site);
  for (const material of content.materials) {
    const printed = JSON.stringify(material.data).match(/https?:\/\/[^\s"'，。；、）)]+/giu) ?? [];
    for (const address of new Set(printed)) {
      let url: URL;
      try {
        url = new URL(address);
      } catch {
        continue;
      }
      const ours = url.host === site.host;
      const why = ours
        ? url.pathname.startsWith(deploy.base)
          ? undefined
          : text(
              `印的本站网址 ${address} 不在发布的位置（${deploy.base}）下`,
              `the site address printed, ${address}, is not under the release's base (${deploy.base})`,
            )
        : unusableAddress(address);
      if (!why) continue;
      block(
        material.file,
        text(
          `${why["zh-cn"]}：改成能打开的正式网址`,
          `${why.en}: print an address readers can open`,
        ),
      );
    }
  }

  if (!options.acceptUncertainDates) {
    for (const locale of localeCodes) {
      for (const group of content.pages.bulletins) {
        const entry = group.byLocale.get(locale);
        if (entry?.data["dateUncertain"] !== true) continue;
        block(
          entry.file,
          text(
            "日期是估计的（dateUncertain: true）：核对原文后改好 date 并删掉 dateUncertain；确实查不到时，发布时加 --accept-uncertain-dates",
            "the date is an estimate (dateUncertain: true): check it, correct date and delete dateUncertain; if it cannot be known, release with --accept-uncertain-dates",
          ),
          { field: "dateUncertain", line: lineOf(entry, ["dateUncertain"]) },
        );
      }
    }
  }
  return problems;
}
