/**
 * Deployment settings: the public address and base path. Read from content/data/deploy.yaml;
 * the build command's `--site` and `--base` (passed on as PINGAN_SITE / PINGAN_BASE) win.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { UserError } from "../cli/errors.ts";

export interface DeploySettings {
  site: string;
  base: string;
}

const FILE = "content/data/deploy.yaml";

export function normaliseBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, "");
  return trimmed ? `/${trimmed}/` : "/";
}

/**
 * A site address: `https:` or `http:`, the host and nothing after it. A path would be dropped
 * from canonical links and QR codes without a word (the base path is its own setting), so it is
 * refused with the fix: `--site https://example.org --base /county/`.
 */
export function checkSite(site: string, from: string): string {
  let url: URL;
  try {
    url = new URL(site.trim());
  } catch {
    throw new UserError({
      "zh-cn": `${from}：网站地址 "${site}" 不是完整的地址；请写成 https://example.org 这样。`,
      en: `${from}: site "${site}" is not a full address; write it like https://example.org`,
    });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new UserError({
      "zh-cn": `${from}：网站地址必须以 https:// 或 http:// 开头（现在是 "${site}"）；请写成 https://example.org 这样。`,
      en: `${from}: site must start with https:// or http:// (got "${site}"); write it like https://example.org`,
    });
  }
  if (url.username || url.password) {
    throw new UserError({
      "zh-cn": `${from}：网站地址 "${site}" 里不能有用户名或密码；请只写 ${url.protocol}//${url.host}。`,
      en: `${from}: site "${site}" must not contain a user name or password; write only ${url.protocol}//${url.host}`,
    });
  }
  const path = url.pathname.replace(/\/+$/u, "");
  if (path !== "" || url.search || url.hash) {
    const extra = `${url.pathname === "/" ? "" : url.pathname}${url.search}${url.hash}`;
    const fix = path
      ? from === "--site"
        ? `--site ${url.origin} --base ${path}/`
        : `site: ${url.origin} / base: ${path}/`
      : `${from === "--site" ? "--site " : "site: "}${url.origin}`;
    throw new UserError({
      "zh-cn": `${from}：网站地址 "${site}" 后面带有 ${extra}，它不会出现在规范链接和二维码里。网站地址只写协议和域名，子路径另用 base 设置：请改为 ${fix}。`,
      en: `${from}: site "${site}" has ${extra} after the host, which canonical links and QR codes would leave out. Give the site as the scheme and host only, and the sub-folder as the base: use ${fix}`,
    });
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
