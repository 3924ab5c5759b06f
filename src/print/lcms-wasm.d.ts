// lcms-wasm ships no types; this is the part of its API the colour converter uses (Little CMS
// 2.16 compiled to WebAssembly: handles are numbers, pixels typed arrays).
declare module "lcms-wasm" {
  export interface Lcms {
    cmsOpenProfileFromMem(bytes: Uint8Array, size: number): number;
    cmsCreate_sRGBProfile(): number;
    cmsCreateLab4Profile(whitePoint: number[] | null): number;
    cmsCloseProfile(profile: number): void;
    cmsGetProfileInfoASCII(
      profile: number,
      info: number,
      language: string,
      country: string,
    ): string;
    cmsGetColorSpaceASCII(profile: number): string | null;
    cmsCreateTransform(
      input: number,
      inputFormat: number,
      output: number,
      outputFormat: number,
      intent: number,
      flags: number,
    ): number;
    cmsDeleteTransform(transform: number): void;
    cmsDoTransform(
      transform: number,
      input: Uint8Array | Uint16Array,
      pixels: number,
    ): Uint8Array | Uint16Array;
  }
  export function instantiate(options?: Record<string, unknown>): Promise<Lcms>;
  export const TYPE_RGB_8: number;
  export const TYPE_CMYK_16: number;
  export const TYPE_Lab_16: number;
  export const INTENT_RELATIVE_COLORIMETRIC: number;
  export const cmsFLAGS_BLACKPOINTCOMPENSATION: number;
  export const cmsFLAGS_NOCACHE: number;
  export const cmsInfoDescription: number;
}
