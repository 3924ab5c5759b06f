import { describe, expect, it } from "vitest";
import { checkRequest, DECAP_CSP, newToken, STUDIO_CSP, studioAddress } from "./security.ts";
import { SITE_CSP } from "./site-preview.ts";

const guard = { port: 4567, token: "abcDEF123_-abcDEF123_-abcDEF123_" };
const ok = { host: "127.0.0.1:4567" };

const check = (
  url: string,
  headers: Record<string, string> = ok,
  method = "GET",
): ReturnType<typeof checkRequest> => checkRequest(guard, { method, url, headers });

describe("who may drive the studio", () => {
  it("answers its own address with the token, and says which path", () => {
    expect(check(`/s/${guard.token}/`)).toEqual({ ok: true, path: "", raw: "", search: "" });
    expect(check(`/s/${guard.token}/cms/decap-cms.js`)).toEqual({
      ok: true,
      path: "cms/decap-cms.js",
      raw: "cms/decap-cms.js",
      search: "",
    });
    // The page preview passes the address on as it came (still encoded, with its query).
    expect(check(`/s/${guard.token}/site/_image?href=%2Fa%20b.jpg&w=800`)).toMatchObject({
      path: "site/_image",
      raw: "site/_image",
      search: "?href=%2Fa%20b.jpg&w=800",
    });
    expect(check(`/s/${guard.token}/api`, { host: "localhost:4567" })).toMatchObject({
      ok: true,
    });
  });

  it("refuses a request without the token or with a wrong one", () => {
    expect(check("/")).toMatchObject({ ok: false, status: 404 });
    expect(check("/s/wrong/")).toMatchObject({ ok: false, status: 404 });
    expect(check(`/s/${guard.token.slice(0, -1)}x/`)).toMatchObject({ ok: false, status: 404 });
    expect(check(`/cms/decap-cms.js`)).toMatchObject({ ok: false });
  });

  it("refuses another Host: a DNS-rebinding page has its own name there", () => {
    expect(check(`/s/${guard.token}/`, { host: "evil.example:4567" })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(check(`/s/${guard.token}/`, { host: "127.0.0.1:80" })).toMatchObject({ ok: false });
    expect(check(`/s/${guard.token}/`, {})).toMatchObject({ ok: false, status: 403 });
  });

  it("refuses another Origin, and a change that names none", () => {
    const api = `/s/${guard.token}/api`;
    expect(check(api, { ...ok, origin: "http://127.0.0.1:4567" }, "POST")).toMatchObject({
      ok: true,
    });
    expect(check(api, { ...ok, origin: "https://evil.example" }, "POST")).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(check(api, { ...ok, origin: "http://127.0.0.1:4568" }, "POST")).toMatchObject({
      ok: false,
    });
    expect(check(api, ok, "POST")).toMatchObject({ ok: false, status: 403 });
    expect(check(api, { ...ok, "sec-fetch-site": "cross-site" })).toMatchObject({ ok: false });
  });

  it("refuses paths that climb out", () => {
    expect(check(`/s/${guard.token}/%2e%2e/package.json`)).toMatchObject({ ok: false });
    expect(check(`/s/${guard.token}/cms/%2e%2e/%2e%2e/x`)).toMatchObject({ ok: false });
  });

  it("makes a new unguessable token each run, part of the printed address", () => {
    const a = newToken();
    expect(a).toMatch(/^[\w-]{32}$/u);
    expect(newToken()).not.toBe(a);
    expect(studioAddress({ port: 4567, token: a })).toBe(`http://127.0.0.1:4567/s/${a}/`);
  });

  it("allows only its own origin in the Content Security Policy", () => {
    for (const csp of [STUDIO_CSP, DECAP_CSP]) {
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).not.toMatch(/https?:|\*/u);
    }
    expect(STUDIO_CSP).not.toContain("unsafe-eval");
    // The page preview runs no script at all, and asks for nothing from another host.
    expect(SITE_CSP).toContain("default-src 'none'");
    expect(SITE_CSP).not.toMatch(/script-src|https?:|\*/u);
  });
});
