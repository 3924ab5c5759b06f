import { describe, expect, it } from "vitest";
import { checkSite, normaliseBase, readDeploySettings } from "./deploy.ts";

describe("deploy settings", () => {
  it("normalise any base path to /…/", () => {
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("county")).toBe("/county/");
    expect(normaliseBase("/a/b")).toBe("/a/b/");
    expect(normaliseBase("//a/b//")).toBe("/a/b/");
  });

  it("accept only full http(s) addresses for the site", () => {
    expect(checkSite("https://example.org/path", "--site")).toBe("https://example.org");
    expect(() => checkSite("example.org", "--site")).toThrow(
      /--site: site "example.org" is not a full address/,
    );
    expect(() => checkSite("ftp://example.org", "--site")).toThrow(/must start with https/);
  });

  it("let --site and --base override content/data/deploy.yaml", () => {
    const root = new URL("../../", import.meta.url);
    expect(readDeploySettings(root, {})).toEqual({ site: "https://pingan.example.org", base: "/" });
    expect(
      readDeploySettings(root, { PINGAN_SITE: "https://x.example", PINGAN_BASE: "/county" }),
    ).toEqual({ site: "https://x.example", base: "/county/" });
  });
});
