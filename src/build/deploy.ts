/**
 * Deployment settings: the public address and base path. Read from content/data/deploy.yaml;
 * the build command's `--site` and `--base` (passed on as PINGAN_SITE / PINGAN_BASE) win.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

export interface DeploySettings {
  site: string;
  base: string;
}

const FILE = "content/data/deploy.yaml";

export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

export function checkSite(site: string, from: string): string {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new Error(
      `${from}: site "${site}" is not a full address; write it like https://example.org`,
    );
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`${from}: site must start with https:// (got "${site}")`);
  }
  return url.origin;
}

export function readDeploySettings(
  root: URL,
  env: Record<string, string | undefined> = process.env,
): DeploySettings {
  const path = fileURLToPath(new URL(FILE, root));
  let data: unknown;
  try {
    data = parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`${FILE} could not be read: ${(error as Error).message}`);
  }
  const record = (data ?? {}) as Record<string, unknown>;
  const fileSite = typeof record["site"] === "string" ? record["site"] : undefined;
  const fileBase = typeof record["base"] === "string" ? record["base"] : "/";
  const site = env["PINGAN_SITE"] ?? fileSite;
  if (!site) throw new Error(`${FILE}: "site" is missing; add e.g. site: https://example.org`);
  return {
    site: checkSite(site, env["PINGAN_SITE"] ? "--site" : FILE),
    base: normaliseBase(env["PINGAN_BASE"] ?? fileBase),
  };
}
