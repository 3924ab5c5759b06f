/**
 * Images staff upload: a phone photo carries EXIF data, GPS position included, which can tell
 * who took it and where. sharp re-encodes every image without its metadata (after turning it
 * upright by its EXIF orientation) and scales it down to the largest size the site shows.
 */
import sharp from "sharp";

/** The widest an image is shown (a bulletin's cover at full width, on a 2× screen). */
export const MAX_IMAGE_WIDTH = 1600;

export const isImagePath = (path: string): boolean => /\.(?:jpe?g|png|webp)$/iu.test(path);

export async function cleanImage(path: string, bytes: Buffer): Promise<Buffer> {
  if (!isImagePath(path)) return bytes;
  const image = sharp(bytes, { failOn: "error" })
    .rotate()
    .resize({ width: MAX_IMAGE_WIDTH, withoutEnlargement: true });
  if (/\.png$/iu.test(path)) return image.png().toBuffer();
  if (/\.webp$/iu.test(path)) return image.webp({ quality: 85 }).toBuffer();
  return image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
}
