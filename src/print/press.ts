/**
 * The press a material's CMYK file is made for, from content/data/print.yaml: which ICC profile
 * (the FOGRA39 one shipped in ./profiles/, or a print shop's own file), the printing condition it
 * stands for, the ink limit, and banners' hem margin. Resolved once into the MaterialSpec (by
 * name and hash, so a changed profile redraws every file); the bytes are read where the PDF is
 * written.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUILTIN_PROFILE, type PrintSettings } from "../schemas/print.ts";
import { profileProblem } from "./colour.ts";

export interface Press {
  /** `fogra39`, or the shop's profile, project-relative (`content/data/profiles/x.icc`). */
  profile: string;
  /** What the material page and the preflight note call it. */
  profileName: string;
  /** sha256 of the profile's bytes. */
  profileHash: string;
  /** The printing condition registered at the ICC (`FOGRA39`), or `Custom`. */
  outputCondition: string;
  /** Total ink, in percent, that no colour exceeds. */
  inkLimit: number;
  /** Banners: centimetres kept clear of text along every edge, for the hem and grommets. */
  hemCm: number;
  /** Banners: the bleed when the material does not set its own (0 for inkjet, 喷绘). */
  bannerBleedMm: number;
}

/**
 * A profile shipped in ./profiles/: beside this module, or, when Astro has bundled this module
 * into its build folder (the material pages work out the preflight note), under the project the
 * build runs in.
 */
function shipped(name: string): string {
  const here = fileURLToPath(new URL(`./profiles/${name}`, import.meta.url));
  return existsSync(here) ? here : resolve(process.cwd(), "src/print/profiles", name);
}

const BUILTIN_FILE = "fogra39-tac300.icc";
const SRGB_FILE = "srgb.icc";

const hashOf = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

let builtin: { bytes: Uint8Array; hash: string } | undefined;
function builtinProfile() {
  if (!builtin) {
    const bytes = new Uint8Array(readFileSync(shipped(BUILTIN_FILE)));
    builtin = { bytes, hash: hashOf(bytes) };
  }
  return builtin;
}

let srgb: Uint8Array | undefined;
/** sRGB IEC 61966-2.1, the colour space the templates draw in. */
export function srgbProfile(): Uint8Array {
  srgb ??= new Uint8Array(readFileSync(shipped(SRGB_FILE)));
  return srgb;
}

/** A profile named in print.yaml that cannot be used: which file, and why, in both languages. */
export class PressError extends Error {
  readonly file: string;
  readonly zh: string;
  readonly en: string;
  constructor(file: string, reason: { zh: string; en: string }) {
    super(`${file}: ${reason.en}`);
    this.name = "PressError";
    this.file = file;
    this.zh = reason.zh;
    this.en = reason.en;
  }
}

/** The shop's profile file, checked: it exists and is a CMYK output profile. */
function shopProfile(file: string, root: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(resolve(root, file)));
  } catch {
    throw new PressError(file, {
      zh: "找不到这个特性文件：content/data/print.yaml 的 profile 写的文件要放在 content/data/profiles/ 里",
      en: "was not found: the file print.yaml names as its profile must be in content/data/profiles/",
    });
  }
  const problem = profileProblem(bytes);
  if (problem) throw new PressError(file, problem);
  return bytes;
}

/** The press of print.yaml (or its defaults), with the profile checked and hashed. */
export function pressOf(settings: PrintSettings, root: string = process.cwd()): Press {
  const shared = {
    inkLimit: settings.inkLimit,
    hemCm: settings.banner.hemCm,
    bannerBleedMm: settings.banner.bleedMm,
  };
  if (settings.profile === BUILTIN_PROFILE) {
    return {
      ...shared,
      profile: BUILTIN_PROFILE,
      profileName: "FOGRA39 (ISO 12647-2, coated paper), total ink 300 %",
      profileHash: builtinProfile().hash,
      outputCondition: "FOGRA39",
    };
  }
  const bytes = shopProfile(settings.profile, root);
  return {
    ...shared,
    profile: settings.profile,
    profileName: basename(settings.profile),
    profileHash: hashOf(bytes),
    outputCondition: settings.outputCondition ?? "Custom",
  };
}

/** The profile's bytes where the PDF is drawn (the build and the CLI run in the project). */
export function profileBytes(press: Press, root: string = process.cwd()): Uint8Array {
  if (press.profile === BUILTIN_PROFILE) return builtinProfile().bytes;
  const bytes = shopProfile(press.profile, root);
  if (hashOf(bytes) !== press.profileHash) {
    throw new PressError(press.profile, {
      zh: "特性文件在排版之后被改过：请重新运行",
      en: "changed after the materials were resolved: run again",
    });
  }
  return bytes;
}
