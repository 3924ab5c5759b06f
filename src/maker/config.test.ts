import { describe, expect, it } from "vitest";
import { exampleSpecs } from "../print/examples.ts";
import type { BannerSpec, PosterSpec } from "../print/spec.ts";
import {
  bannerSizeOk,
  fileStem,
  fill,
  makerSpec,
  type MakerConfig,
  type MakerInput,
} from "./config.ts";

const config = {
  locale: "zh-cn",
  banner: exampleSpecs.banner,
  poster: exampleSpecs.poster,
  files: { fonts: "/f/", press: "/p.icc", srgb: "/s.icc" },
  strings: {},
} as unknown as MakerConfig;

const input: MakerInput = {
  kind: "banner",
  text: "  扫黑除恶 人人有责 ",
  body: "短文",
  scheme: "red-on-white",
  widthCm: 800,
  heightCm: 70,
  paper: "A2",
};

describe("the maker's material", () => {
  it("is the site's banner at the chosen size and colours, with the trimmed slogan", () => {
    const spec = makerSpec(config, input) as BannerSpec;
    expect(spec.kind).toBe("banner");
    expect(spec.slogan).toBe("扫黑除恶 人人有责");
    expect(spec.trim).toEqual({ widthMm: 8000, heightMm: 700 });
    expect(spec.scheme).toBe("red-on-white");
    expect(spec.press).toBe(exampleSpecs.banner.press);
    expect(fileStem(input)).toBe("banner-800x70cm");
  });

  it("is the site's poster on the chosen paper, keeping its channels and QR code", () => {
    const poster = { ...input, kind: "poster" as const };
    const spec = makerSpec(config, poster) as PosterSpec;
    expect(spec.trim).toEqual({ widthMm: 420, heightMm: 594 });
    expect(spec.paper).toBe("A2");
    expect(spec.text).toBe("短文");
    expect(spec.channels).toEqual(exampleSpecs.poster.channels);
    expect(spec.qr).toEqual(exampleSpecs.poster.qr);
    expect(fileStem(poster)).toBe("poster-A2");
  });

  it("accepts the banner sizes the content schema does", () => {
    expect(bannerSizeOk({ widthCm: 50, heightCm: 20 })).toBe(true);
    expect(bannerSizeOk({ widthCm: 5000, heightCm: 300 })).toBe(true);
    expect(bannerSizeOk({ widthCm: 49, heightCm: 70 })).toBe(false);
    expect(bannerSizeOk({ widthCm: 600, heightCm: Number.NaN })).toBe(false);
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(fill("最多 {max} 个字，{x}", { max: 12 })).toBe("最多 12 个字，{x}");
  });
});
