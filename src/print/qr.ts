/**
 * QR codes drawn as one SVG path of filled squares, so they stay vector in the PDF (an SVG
 * `<image>` would be dropped by svg-to-pdfkit and blurred by print). Error correction level M
 * survives the wear of a poster on a wall; the quiet zone of four modules is part of the box.
 */
import QRCode from "qrcode";

export const QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  dark(x: number, y: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (x, y) => modules.get(y, x) === 1 };
}

/**
 * The `d` of a path drawing the dark modules in a box of `size` points at (x, y), quiet zone
 * included. Runs of dark modules on a row are merged into one rectangle: fewer, longer
 * subpaths, and no hairline seams between neighbours at any zoom.
 */
export function qrPath(text: string, x: number, y: number, size: number): string {
  const matrix = qrMatrix(text);
  const cells = matrix.size + 2 * QUIET_ZONE;
  const unit = size / cells;
  const n = (value: number) => Number(value.toFixed(3));
  const parts: string[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let col = 0;
    while (col < matrix.size) {
      if (!matrix.dark(col, row)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < matrix.size && matrix.dark(col, row)) col += 1;
      const left = x + (start + QUIET_ZONE) * unit;
      const top = y + (row + QUIET_ZONE) * unit;
      parts.push(
        `M${n(left)} ${n(top)}h${n((col - start) * unit)}v${n(unit)}h${n(-(col - start) * unit)}z`,
      );
    }
  }
  return parts.join("");
}
