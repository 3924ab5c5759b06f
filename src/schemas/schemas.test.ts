import { z } from "astro/zod";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setMessageLocale } from "../i18n/messages.ts";
import { channelSchema, ledgerEntrySchema, siteSchema, sloganSchema } from "./data.ts";
import { bulletinSchema, explainerSchema, qaSchema } from "./entries.ts";

// Messages are asserted in English here (Chinese is the default; see src/i18n/messages.ts).
beforeAll(() => setMessageLocale("en"));
afterAll(() => setMessageLocale("zh-cn"));

// Entry schemas take Astro's image() helper; a string stands in for it here.
const bulletin = bulletinSchema({ image: () => z.string() } as never);

function messages(result: { success: boolean; error?: z.ZodError }): string[] {
  return (result.error?.issues ?? []).map((i) => `${i.path.join(".")}: ${i.message}`);
}

const validBulletin = {
  title: "港西镇多措并举扎实推进扫黑除恶专项斗争",
  date: "2019-06-30",
  place: "港西镇",
  source: "荣成市新闻中心",
  summary: "港西镇从组织领导、压实责任、宣传发动等方面推进专项斗争。",
};

describe("bulletin schema", () => {
  it("accepts a complete bulletin and fills defaults", () => {
    const data = bulletin.parse(validBulletin);
    expect(data.date).toEqual(new Date("2019-06-30"));
    expect(data.draft).toBe(false);
    expect(data.tags).toEqual([]);
  });

  it("names a missing field and what to write", () => {
    const { place: _place, ...rest } = validBulletin;
    expect(messages(bulletin.safeParse(rest))).toEqual([
      "place: missing: add the place the bulletin is about, e.g. 港西镇",
    ]);
  });

  it("rejects a misspelt field, listing the allowed ones", () => {
    const [message] = messages(bulletin.safeParse({ ...validBulletin, plase: "x" }));
    expect(message).toMatch(
      /unknown field "plase": check the spelling; the allowed fields are title, date/,
    );
  });

  it("rejects an impossible date, quoting it", () => {
    expect(messages(bulletin.safeParse({ ...validBulletin, date: "2019-02-30" }))).toEqual([
      'date: expected a real date written like 2019-08-29 (got "2019-02-30")',
    ]);
    expect(messages(bulletin.safeParse({ ...validBulletin, date: "29/08/2019" }))).toEqual([
      'date: expected a real date written like 2019-08-29 (got "29/08/2019")',
    ]);
    expect(messages(bulletin.safeParse({ ...validBulletin, date: 2019 }))).toEqual([
      "date: expected a date written like 2019-08-29",
    ]);
  });

  it("requires alt text with a cover image", () => {
    expect(messages(bulletin.safeParse({ ...validBulletin, cover: "./cover.jpg" }))[0]).toMatch(
      /^coverAlt: coverAlt is required when cover is set/,
    );
  });
});

describe("explainer and Q&A schemas", () => {
  it("require at least one charge and statute", () => {
    const result = explainerSchema.safeParse({
      title: "t",
      date: "2025-01-01",
      source: "s",
      summary: "s",
      charges: [],
      statutes: [],
      outcome: "o",
      lesson: "l",
    });
    expect(messages(result)).toEqual([
      "charges: expected at least one charge",
      "statutes: expected at least one statute cited",
    ]);
  });

  it("lists the allowed Q&A topics", () => {
    const result = qaSchema.safeParse({ question: "q", topic: "misc", updated: "2026-01-01" });
    expect(messages(result)).toEqual([
      "topic: expected topic: basics, reporting, protection, law, umbrella",
    ]);
  });
});

describe("data schemas", () => {
  it("require every language for bilingual fields", () => {
    const result = channelSchema.safeParse({
      id: "hotline",
      name: { "zh-cn": "举报电话" },
      kind: "phone",
      value: "110",
      scope: "national",
      source: "s",
    });
    expect(messages(result)).toEqual(["name.en: missing: add the channel name in en"]);
  });

  it("reject an unknown channel kind, listing the kinds", () => {
    const result = channelSchema.safeParse({
      id: "x",
      name: { "zh-cn": "x", en: "x" },
      kind: "fax",
      value: "1",
      scope: "local",
      source: "s",
    });
    expect(messages(result)[0]).toBe("kind: expected kind: phone, web, mail, letter, visit, qr");
  });

  it("reject a slogan category that does not exist", () => {
    const result = sloganSchema.safeParse({
      id: "a",
      "zh-cn": "扫黑除恶",
      en: "x",
      category: "misc",
    });
    expect(messages(result)[0]).toMatch(/^category: expected category: general, report/);
  });

  it("reject a ledger period that ends before it starts and a negative count", () => {
    const result = ledgerEntrySchema.safeParse({
      id: "a",
      periodStart: "2019-06-30",
      periodEnd: "2019-01-01",
      place: { "zh-cn": "港西镇", en: "Gangxi" },
      kind: "banners",
      count: -1,
      source: "s",
    });
    expect(messages(result)).toEqual([
      "count: expected a whole number, 0 or more",
      "periodEnd: periodEnd is before periodStart",
    ]);
  });

  it("check site colours", () => {
    const result = siteSchema.shape.colours.safeParse({
      primary: "red",
      onPrimary: "#fff",
      accent: "#8a5a00",
    });
    expect(messages(result)).toEqual([
      'primary: expected a colour like "#b71c1c"',
      'onPrimary: expected a colour like "#b71c1c"',
    ]);
  });
});
