import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { cleanImage, MAX_IMAGE_WIDTH } from "./images.ts";

describe("images staff upload", () => {
  it("lose their EXIF data, GPS included, and are no wider than the site shows them", async () => {
    const photo = await sharp({
      create: { width: 2400, height: 1600, channels: 3, background: "#b71c1c" },
    })
      .withExif({ IFD0: { Artist: "某摄影者" }, IFD3: { GPSLatitudeRef: "N" } })
      .jpeg()
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    const cleaned = await cleanImage("content/bulletins/zh-cn/photo.jpg", photo);
    const metadata = await sharp(cleaned).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.width).toBe(MAX_IMAGE_WIDTH);
    expect(metadata.format).toBe("jpeg");
  });

  it("leaves other files as they are", async () => {
    const bytes = Buffer.from("not an image");
    expect(await cleanImage("content/data/x.yaml", bytes)).toBe(bytes);
  });
});
