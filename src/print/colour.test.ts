/**
 * Colours through the shipped FOGRA39 profile and Little CMS: the rules print shops expect on
 * top of the profile (text and greys on K alone, rich black for big areas, the ink limit), and
 * profiles that cannot be a press profile refused in both languages.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { iccHeader, inkTable, profileProblem, totalInk } from "./colour.ts";
import { exampleSpecs } from "./examples.ts";
import { palette } from "./templates/common.ts";

const profile = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./profiles/${name}`, import.meta.url)));

describe("press colour", () => {
  it("reads the shipped profile as a CMYK output profile", () => {
    expect(iccHeader(profile("fogra39-tac300.icc"))).toMatchObject({
      deviceClass: "prtr",
      colourSpace: "CMYK",
    });
    expect(profileProblem(profile("fogra39-tac300.icc"))).toBeUndefined();
  });

  it("refuses an RGB profile and a file that is no profile, saying why in both languages", () => {
    const rgb = profileProblem(profile("srgb.icc"));
    expect(rgb?.zh).toContain("不是 CMYK 印刷（输出）特性文件");
    expect(rgb?.en).toContain('RGB "mntr" profile');
    expect(profileProblem(new TextEncoder().encode("not a profile"))?.en).toContain(
      "not an ICC profile",
    );
  });

  it("prints text and greys on black ink alone, matched in lightness", async () => {
    const inks = await inkTable("fogra39", profile("fogra39-tac300.icc"), 300);
    expect(inks.cmyk(palette.text.rgb)).toEqual([0, 0, 0, 100]);
    const [c, m, y, k] = inks.cmyk(palette.muted.rgb);
    expect([c, m, y]).toEqual([0, 0, 0]);
    expect(k).toBeGreaterThan(70);
    expect(k).toBeLessThan(95);
    expect(inks.cmyk("#ffffff")).toEqual([0, 0, 0, 0]);
  });

  it("converts colours through the profile within the ink limit, black as rich black", async () => {
    const inks = await inkTable("fogra39", profile("fogra39-tac300.icc"), 300);
    const red = inks.cmyk(exampleSpecs.poster.red);
    expect(red[1]).toBeGreaterThan(90);
    expect(red[2]).toBeGreaterThan(85);
    expect(red[0]).toBeLessThan(5);
    const black = inks.cmyk(palette.richBlack.rgb);
    expect(Math.min(...black)).toBeGreaterThan(40);
    for (const colour of ["#000000", "#0000ff", "#00ff00", "#3a0a0a", "#a40000"]) {
      expect(totalInk(inks.cmyk(colour))).toBeLessThanOrEqual(300);
    }
  });

  it("holds a profile's colours to a lower limit by taking down C, M and Y", async () => {
    const inks = await inkTable("fogra39", profile("fogra39-tac300.icc"), 240);
    const black = inks.cmyk("#000000");
    expect(totalInk(black)).toBeLessThanOrEqual(240);
    expect(black[3]).toBeGreaterThan(90);
  });
});
