import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ELDER_BOOT_SCRIPT, cspHeader, cspMeta, headersFile } from "./csp.ts";

describe("content security policy", () => {
  it("allows nothing from any other host", () => {
    for (const directive of cspMeta.split("; ")) {
      expect(directive).not.toMatch(/https?:|\*/);
    }
    expect(cspMeta).toContain("default-src 'self'");
    expect(cspMeta).not.toContain("unsafe-inline");
  });

  it("allows the one inline script by its hash", () => {
    const hash = createHash("sha256").update(ELDER_BOOT_SCRIPT).digest("base64");
    expect(cspMeta).toContain(`'sha256-${hash}'`);
  });

  it("forbids framing in the header, where browsers honour it", () => {
    expect(cspMeta).not.toContain("frame-ancestors");
    expect(cspHeader).toContain("frame-ancestors 'none'");
    expect(headersFile()).toMatch(/^\/\*\n {2}Content-Security-Policy: /);
    expect(headersFile()).toContain("Referrer-Policy: no-referrer");
  });
});
