// svg-to-pdfkit ships no types; this is the part of its API the PDF writer uses.
declare module "svg-to-pdfkit" {
  type Rgb = [number, number, number];
  interface Options {
    width?: number;
    height?: number;
    assumePt?: boolean;
    preserveAspectRatio?: string;
    precision?: number;
    colorCallback?: (color: [Rgb, number], raw: string) => [number[], number];
    warningCallback?: (warning: string) => void;
  }
  export default function SVGtoPDF(
    doc: PDFKit.PDFDocument,
    svg: string,
    x?: number,
    y?: number,
    options?: Options,
  ): void;
}
