/**
 * Print colour: sRGB → the press profile's CMYK through Little CMS (lcms-wasm), relative
 * colorimetric with black point compensation, the way a prepress tool converts vector art.
 * Three rules sit on top, because print shops ask for them and no profile gives them:
 *
 * - Greys print on black ink alone (the text colour, the muted grey, the QR code): small type in
 *   four inks shows colour fringes when the plates are a hair out of register. The K value is
 *   found through the profile, matching the grey's lightness; anything as dark as solid K or
 *   darker (the text colour #1a1a1a) is K 100, i.e. 0/0/0/100.
 * - Pure black (#000000, the palette's `richBlack`, for large areas only) prints as the
 *   profile's own black, all four inks: K alone looks grey on a big area.
 * - No colour carries more total ink than the limit (300 % by default). The profile shipped in
 *   ./profiles/ is built with that limit; a shop's own profile built for more (FOGRA39 allows
 *   330 %) is held to it by taking C, M and Y down evenly, keeping K, so the hue stays.
 */
import {
  INTENT_RELATIVE_COLORIMETRIC,
  TYPE_CMYK_16,
  TYPE_Lab_16,
  TYPE_RGB_8,
  cmsFLAGS_BLACKPOINTCOMPENSATION,
  cmsInfoDescription,
  instantiate,
  type Lcms,
} from "lcms-wasm";

/** Ink percentages, as pdfkit takes them. */
export type Cmyk = [number, number, number, number];

export const DEFAULT_INK_LIMIT = 300;

/** What the header of an ICC profile says it is (ICC.1:2022 section 7.2). */
export interface IccHeader {
  /** `prtr` for an output (printer) profile, `mntr`, `scnr`, `spac`, `link`… */
  deviceClass: string;
  /** `CMYK`, `RGB `, `GRAY`… */
  colourSpace: string;
  /** `4.2`, `2.1` */
  version: string;
}

export function iccHeader(bytes: Uint8Array): IccHeader | undefined {
  if (bytes.length < 128) return undefined;
  const ascii = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));
  const size = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (ascii(36) !== "acsp" || size !== bytes.length) return undefined;
  return {
    deviceClass: ascii(12),
    colourSpace: ascii(16),
    version: `${bytes[8] ?? 0}.${(bytes[9] ?? 0) >> 4}`,
  };
}

/** Why a profile cannot be the press profile, in both languages; undefined if it can. */
export function profileProblem(bytes: Uint8Array): { zh: string; en: string } | undefined {
  const header = iccHeader(bytes);
  if (!header) {
    return {
      zh: "不是 ICC 色彩特性文件（文件头不对或文件不完整）：请向印厂要 .icc 文件原件",
      en: "is not an ICC profile (its header is wrong or the file is cut short): ask the print shop for the .icc file itself",
    };
  }
  if (header.deviceClass !== "prtr" || header.colourSpace !== "CMYK") {
    return {
      zh: `不是 CMYK 印刷（输出）特性文件：它是 ${header.colourSpace.trim()} 的“${header.deviceClass}”类文件。请用印厂给的 CMYK 印刷特性文件，如 Japan Color 2001 Coated、GRACoL、FOGRA39`,
      en: `is not a CMYK output (press) profile: it is a ${header.colourSpace.trim()} "${header.deviceClass}" profile. Use the print shop's CMYK press profile, e.g. Japan Color 2001 Coated, GRACoL or FOGRA39`,
    };
  }
  return undefined;
}

let lcms: Promise<Lcms> | undefined;
let wasmUrl: string | undefined;

/**
 * Where a browser finds Little CMS's WebAssembly (the maker's bundle ships it as an asset);
 * Node reads it beside the module in node_modules.
 */
export function useLittleCmsWasm(url: string): void {
  wasmUrl = url;
  lcms = undefined;
}

/** Little CMS, loaded once per thread (from this site or node_modules: no other host). */
function littleCms(): Promise<Lcms> {
  const url = wasmUrl;
  // The bytes, fetched here: Emscripten's own streaming load fails, noisily, on a host that
  // serves .wasm without its MIME type.
  lcms ??=
    url === undefined
      ? instantiate()
      : fetch(url)
          .then((response) => response.arrayBuffer())
          .then((wasmBinary) => instantiate({ wasmBinary }));
  return lcms;
}

const pct = (value: number) => Math.round((value / 65535) * 1000) / 10;

export interface InkTable {
  /** The profile's own description (its `desc` tag). */
  description: string;
  inkLimit: number;
  /** The ink percentages of `#rrggbb` on this press. */
  cmyk(hex: string): Cmyk;
}

/** Total ink of a colour, in percent. */
export const totalInk = (cmyk: readonly number[]): number =>
  Math.round(cmyk.reduce((sum, ink) => sum + ink, 0) * 10) / 10;

function parseHex(hex: string): [number, number, number] {
  const value = /^#?([0-9a-f]{6})$/iu.exec(hex.trim())?.[1];
  if (!value) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [0, 2, 4].map((i) => parseInt(value.slice(i, i + 2), 16)) as [number, number, number];
}

function limitInk([c, m, y, k]: Cmyk, limit: number): Cmyk {
  const colour = c + m + y;
  if (c + m + y + k <= limit || colour === 0) return [c, m, y, k];
  const scale = Math.max(0, limit - k) / colour;
  const down = (ink: number) => Math.floor(ink * scale * 10) / 10;
  return [down(c), down(m), down(y), k];
}

const tables = new Map<string, Promise<InkTable>>();

/**
 * The ink table of a press profile: converts colours through Little CMS and remembers them.
 * One per profile and limit per thread; `key` names the profile (its hash).
 */
export function inkTable(key: string, profile: Uint8Array, inkLimit: number): Promise<InkTable> {
  const id = `${key}:${inkLimit}`;
  let table = tables.get(id);
  if (!table) {
    table = makeInkTable(profile, inkLimit);
    tables.set(id, table);
  }
  return table;
}

async function makeInkTable(profile: Uint8Array, inkLimit: number): Promise<InkTable> {
  const problem = profileProblem(profile);
  if (problem) throw new Error(`The press profile ${problem.en}`);
  const cms = await littleCms();
  const press = cms.cmsOpenProfileFromMem(profile, profile.byteLength);
  if (!press) throw new Error("Little CMS could not open the press profile.");
  const srgb = cms.cmsCreate_sRGBProfile();
  const lab = cms.cmsCreateLab4Profile(null);
  const flags = cmsFLAGS_BLACKPOINTCOMPENSATION;
  const intent = INTENT_RELATIVE_COLORIMETRIC;
  const toCmyk = cms.cmsCreateTransform(srgb, TYPE_RGB_8, press, TYPE_CMYK_16, intent, flags);
  const rgbToLab = cms.cmsCreateTransform(srgb, TYPE_RGB_8, lab, TYPE_Lab_16, intent, flags);
  const cmykToLab = cms.cmsCreateTransform(press, TYPE_CMYK_16, lab, TYPE_Lab_16, intent, flags);
  if (!toCmyk || !rgbToLab || !cmykToLab) {
    throw new Error("Little CMS could not make a transform to the press profile.");
  }
  const description = cms.cmsGetProfileInfoASCII(press, cmsInfoDescription, "en", "US");

  // Lightness of K alone from 0 to 100 %, through the profile: the ramp greys are matched on.
  const steps = 100;
  const ramp = new Uint16Array(4 * (steps + 1));
  for (let i = 0; i <= steps; i++) ramp[4 * i + 3] = Math.round((i / steps) * 65535);
  const rampLab = cms.cmsDoTransform(cmykToLab, ramp, steps + 1);
  const rampL = Array.from({ length: steps + 1 }, (_, i) => ((rampLab[3 * i] ?? 0) / 65535) * 100);

  const blackOnly = (rgb: [number, number, number]): Cmyk => {
    const L = ((cms.cmsDoTransform(rgbToLab, new Uint8Array(rgb), 1)[0] ?? 0) / 65535) * 100;
    const darkest = rampL[steps] ?? 0;
    if (L <= darkest) return [0, 0, 0, 100];
    for (let i = 1; i <= steps; i++) {
      const lighter = rampL[i - 1] ?? 100;
      const darker = rampL[i] ?? 0;
      if (L <= lighter && L >= darker) {
        const share = lighter === darker ? 0 : (lighter - L) / (lighter - darker);
        return [0, 0, 0, Math.round((i - 1 + share) * 10) / 10];
      }
    }
    return [0, 0, 0, 0];
  };

  const known = new Map<string, Cmyk>();
  return {
    description,
    inkLimit,
    cmyk(hex) {
      const key = hex.toLowerCase();
      const hit = known.get(key);
      if (hit) return [...hit];
      const rgb = parseHex(key);
      const [r, g, b] = rgb;
      let inks: Cmyk;
      if (Math.max(r, g, b) - Math.min(r, g, b) <= 1 && r + g + b > 0) inks = blackOnly(rgb);
      else {
        const out = cms.cmsDoTransform(toCmyk, new Uint8Array(rgb), 1);
        inks = [pct(out[0] ?? 0), pct(out[1] ?? 0), pct(out[2] ?? 0), pct(out[3] ?? 0)];
      }
      inks = limitInk(inks, inkLimit);
      known.set(key, inks);
      return [...inks];
    },
  };
}
