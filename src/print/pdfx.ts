/**
 * PDF/X-4 (ISO 15930-7) for pdfkit documents: what a print shop's preflight looks for besides
 * the page boxes (pdf.ts). The output intent `/S /GTS_PDFX` with the press profile embedded
 * (`/N 4`) and its output condition; `GTS_PDFXVersion` and `/Trapped /False` in the document
 * information; XMP metadata saying the same (`pdfxid:GTS_PDFXVersion`, dates, title, document
 * and version ids, rendition class). An RGB file keeps its colours device-independent by giving
 * every page a `DefaultRGB` colour space (sRGB), so its DeviceRGB operators mean sRGB.
 *
 * pdfkit has no PDF/X option; this writes the same objects its PDF/A code writes, through the
 * same internals (`_root`, `ref`), which its types do not list.
 */
export const PDFX_VERSION = "PDF/X-4";

/** The press the file is made for: the profile embedded in the output intent. */
export interface OutputIntent {
  profile: Uint8Array;
  /**
   * A characterised printing condition registered at the ICC (`FOGRA39`, `JC200103`,
   * `CGATS TR 006`), or `Custom` for a shop's own profile.
   */
  identifier: string;
  /** What people call it: the profile's description. */
  condition: string;
}

interface Reference {
  data: Record<string, unknown>;
  compress: boolean;
  write(chunk: Uint8Array | string): void;
  end(): void;
}

interface Internals {
  _root: Reference;
  page: { resources: Reference };
  ref(data?: Record<string, unknown>): Reference;
  /** Adds to the XMP packet pdfkit writes at the end (uncompressed, as XMP should be). */
  appendXML(xml: string): void;
}

const internals = (doc: PDFKit.PDFDocument) => doc as unknown as Internals;

/**
 * A PDF name that pdfkit writes as such in the document information, whose values it otherwise
 * turns into strings: `/Trapped` must be the name `/False`, not the string `(False)`.
 */
class PdfName {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
  }
  get [Symbol.toStringTag]() {
    return "PDFName";
  }
  toString() {
    return `/${this.name}`;
  }
}

/** The document information entries PDF/X adds: pass them with pdfkit's `info`. */
export function pdfxInfo(): Record<string, unknown> {
  return { Trapped: new PdfName("False"), GTS_PDFXVersion: PDFX_VERSION };
}

type Deflate = (bytes: Uint8Array) => Uint8Array;

const deflated = new WeakMap<Uint8Array, Uint8Array>();

/**
 * An ICC profile as a stream, deflated once per profile and thread: every file embeds the same
 * 228 kB press profile, and deflating it took a tenth of a small material's time. pdfkit leaves
 * a stream that already names its filter as it is.
 */
function profileStream(
  doc: PDFKit.PDFDocument,
  data: Record<string, unknown>,
  bytes: Uint8Array,
  deflate: Deflate,
) {
  let packed = deflated.get(bytes);
  if (!packed) {
    packed = deflate(bytes);
    deflated.set(bytes, packed);
  }
  const ref = internals(doc).ref({ ...data, Filter: "FlateDecode" });
  ref.write(packed);
  ref.end();
  return ref;
}

const cache = new WeakMap<PDFKit.PDFDocument, Reference>();

/** Makes every DeviceRGB colour on the current page sRGB (call after each addPage). */
export function useSrgb(doc: PDFKit.PDFDocument, srgb: Uint8Array, deflate: Deflate): void {
  let ref = cache.get(doc);
  if (!ref) {
    ref = profileStream(doc, { N: 3, Alternate: "DeviceRGB" }, srgb, deflate);
    cache.set(doc, ref);
  }
  const resources = internals(doc).page.resources.data;
  resources["ColorSpace"] = {
    ...(resources["ColorSpace"] as Record<string, unknown> | undefined),
    DefaultRGB: ["ICCBased", ref],
  };
}

/**
 * A UUID made from `seed`, so the same input gives the same document id: SHA-256 through Web
 * Crypto, which Node and browsers (on https and localhost) both have.
 */
export async function documentId(seed: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(seed));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join(
    "",
  );
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export interface PdfxMeta {
  /** The document's dates (fixed, see pdf.ts). */
  date: Date;
  /** The document id (documentId of everything the file depends on). */
  id: string;
  deflate: Deflate;
}

/**
 * What PDF/X adds to the XMP packet pdfkit writes (which holds the title, author, subject,
 * creation date, creator tool and producer).
 */
function xmp(meta: PdfxMeta): string {
  const date = meta.date.toISOString().replace(/\.\d{3}Z$/u, "Z");
  const id = meta.id;
  return `
        <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
            <xmp:ModifyDate>${date}</xmp:ModifyDate>
            <xmp:MetadataDate>${date}</xmp:MetadataDate>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
            <xmpMM:DocumentID>uuid:${id}</xmpMM:DocumentID>
            <xmpMM:InstanceID>uuid:${id}</xmpMM:InstanceID>
            <xmpMM:VersionID>1</xmpMM:VersionID>
            <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
            <pdf:Trapped>False</pdf:Trapped>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
            <pdfxid:GTS_PDFXVersion>${PDFX_VERSION}</pdfxid:GTS_PDFXVersion>
        </rdf:Description>`;
}

/** The output intent and the XMP metadata: call once, before `doc.end()`. */
export function finishPdfX(doc: PDFKit.PDFDocument, intent: OutputIntent, meta: PdfxMeta): void {
  const pdf = internals(doc);
  const profile = profileStream(
    doc,
    { N: 4, Alternate: "DeviceCMYK" },
    intent.profile,
    meta.deflate,
  );
  const registered = intent.identifier !== "Custom";
  const outputIntent = pdf.ref({
    Type: "OutputIntent",
    S: "GTS_PDFX",
    OutputConditionIdentifier: new String(intent.identifier),
    OutputCondition: new String(intent.condition),
    Info: new String(intent.condition),
    ...(registered ? { RegistryName: new String("http://www.color.org") } : {}),
    DestOutputProfile: profile,
  });
  outputIntent.end();
  pdf._root.data["OutputIntents"] = [outputIntent];
  pdf.appendXML(xmp(meta));
}
