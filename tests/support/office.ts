/**
 * The fixture content made ready for release as an office would: its own numbers and address,
 * sample flags off and the sample marks gone, a real https address, no estimated dates.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse, stringify } from "yaml";

/** The fixture content as an office would make it: real numbers, no sample marks. */
export function asAnOffice(content: string): void {
  const data = (name: string) => join(content, "data", `${name}.yaml`);
  const channels = parse(readFileSync(data("channels"), "utf8")) as Record<string, unknown>[];
  writeFileSync(
    data("channels"),
    stringify(
      channels.map((c) =>
        c["sample"]
          ? {
              ...c,
              sample: false,
              value: c["kind"] === "mail" ? "jubao@xx.gov.cn" : "0631-7512345",
              name: { "zh-cn": "县扫黑办举报电话", en: "County office reporting line" },
              source: "县扫黑办公告",
            }
          : c,
      ),
    ),
  );
  const rewards = parse(readFileSync(data("rewards"), "utf8")) as Record<
    string,
    Record<string, unknown>
  >;
  for (const entry of Object.values(rewards)) {
    entry["sample"] = false;
    entry["rules"] = (entry["rules"] as string[]).map((rule) =>
      rule.replace(/（示例金额）|\(sample amount\)/gu, ""),
    );
  }
  writeFileSync(data("rewards"), stringify(rewards));
  const ledger = parse(readFileSync(data("ledger"), "utf8")) as Record<string, unknown>[];
  writeFileSync(data("ledger"), stringify(ledger.filter((row) => !row["sample"])));
  const site = readFileSync(data("site"), "utf8")
    .replace(/示例县/gu, "荣成市")
    .replace(/Sample County/gu, "Rongcheng")
    .replace(/（示例[^）]*）|\(sample[^)]*\)/gu, "")
    .replace(/示例(ICP|公网安)/gu, "$1")
    .replace(/siteCode: 示例(\d+)/gu, 'siteCode: "$1"')
    .replace(/^\s+note: .*$/gmu, "")
    .replace(/示例/gu, "")
    .replace(/sample/giu, "");
  writeFileSync(data("site"), site);
  writeFileSync(data("deploy"), "site: https://www.rongcheng.gov.cn\nbase: /saohei/\n");
  for (const file of ["zh-cn", "en"].flatMap((l) =>
    ["fujian-central-inspection", "gangxi-town-measures"].map((s) => `bulletins/${l}/${s}.md`),
  )) {
    const path = join(content, file);
    writeFileSync(path, readFileSync(path, "utf8").replace(/^dateUncertain: true\n/mu, ""));
  }
}
