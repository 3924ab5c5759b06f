/**
 * Banner (横幅): one slogan on one line, letters at a fixed share of the height (banner.ts in
 * src/print), centred, white on red or red on white. The background runs into the bleed; the
 * fit rule is the same one `npm run check` and the build apply, so a banner that passes the
 * check always draws.
 */
import { div } from "../../draw/element.ts";
import { spaceMixed } from "../../draw/typography.ts";
import { bannerFit } from "../banner.ts";
import { bannerTooLong } from "../banner.ts";
import { PrintFitError } from "../layout.ts";
import type { BannerSpec } from "../spec.ts";
import { canvasOf, schemeColours, sheet, type PrintFonts, type PrintPage } from "./common.ts";

export function bannerPages(spec: BannerSpec, fonts: PrintFonts): PrintPage[] {
  const c = canvasOf(spec, spec.trim.widthMm);
  const size = {
    widthCm: spec.trim.widthMm / 10,
    heightCm: spec.trim.heightMm / 10,
    hemCm: spec.press.hemCm,
  };
  const fit = bannerFit(spec.slogan, size, fonts.bold);
  if (!fit.fits) {
    throw new PrintFitError(spec.file, "slogan", bannerTooLong(fit, size));
  }
  const colours = schemeColours(spec.scheme, spec.red);
  const fontSize = fit.fontSizeCm * (c.trimW / size.widthCm);
  const element = sheet(c, spec.lang, [
    div(
      {
        display: "flex",
        width: c.width,
        height: c.height,
        alignItems: "center",
        justifyContent: "center",
        backgroundColor: colours.band,
        color: colours.onBand,
        fontSize,
        fontWeight: 700,
        whiteSpace: "pre",
        // The line sits optically centred: CJK glyphs fill the em box evenly.
        lineHeight: 1,
      },
      spaceMixed(spec.slogan),
    ),
  ]);
  return [{ element, qr: [] }];
}
