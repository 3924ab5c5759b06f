import { describe, expect, it } from "vitest";
import { setMessageLocale } from "../i18n/messages.ts";
import { checkSite, normaliseBase, readDeploySettings } from "./deploy.ts";

describe("deploy settings", () => {
  it("normalise any base path to /…/", () => {
    expect(normaliseBase("")).toBe("/");
    expect(normaliseBase("/")).toBe("/");
    expect(normaliseBase("county")).toBe("/county/");
    expect(normaliseBase("/a/b")).toBe("/a/b/");
    expect(normaliseBase("//a/b//")).toBe("/a/b/");
  });

  it("accept only full http(s) addresses for the site, in every language", () => {
    expect(checkSite("https://example.org", "--site")).toBe("https://example.org");
    expect(checkSite("http://example.org:8080/", "--site")).toBe("http://example.org:8080");
    expect(() => checkSite("example.org", "--site")).toThrow(
      /--site：网站地址 "example.org" 不是完整的地址/,
    );
    for (const bad of ["ftp://example.org", "javascript:alert(1)", "file:///etc/passwd"]) {
      expect(() => checkSite(bad, "--site")).toThrow(/https:\/\/ 或 http:\/\//);
    }
    setMessageLocale("en");
    try {
      expect(() => checkSite("ftp://example.org", "--site")).toThrow(
        /must start with https:\/\/ or http:\/\//,
      );
      expect(() => checkSite("https://u:p@example.org", "--site")).toThrow(/user name/);
    } finally {
      setMessageLocale("zh-cn");
    }
  });

  it("refuse a site with a path, giving the --site and --base to use instead", () => {
    expect(() => checkSite("https://example.org/county/", "--site")).toThrow(
      "请改为 --site https://example.org --base /county/",
    );
    expect(() => checkSite("https://example.org/a/b?x=1", "--site")).toThrow(
      "--site https://example.org --base /a/b/",
    );
    expect(() => checkSite("https://example.org/county", "content/data/deploy.yaml")).toThrow(
      "site: https://example.org / base: /county/",
    );
    setMessageLocale("en");
    try {
      expect(() => checkSite("https://example.org/county/", "--site")).toThrow(
        '--site: site "https://example.org/county/" has /county/ after the host, which canonical links and QR codes would leave out. Give the site as the scheme and host only, and the sub-folder as the base: use --site https://example.org --base /county/',
      );
    } finally {
      setMessageLocale("zh-cn");
    }
  });

  it("let --site and --base override content/data/deploy.yaml", () => {
    // The fixture content's deploy.yaml: an office changes the shipped one.
    const root = new URL("../../tests/fixtures/", import.meta.url);
    expect(readDeploySettings(root, {})).toEqual({ site: "https://pingan.example.org", base: "/" });
    expect(
      readDeploySettings(root, { PINGAN_SITE: "https://x.example", PINGAN_BASE: "/county" }),
    ).toEqual({ site: "https://x.example", base: "/county/" });
  });
});
