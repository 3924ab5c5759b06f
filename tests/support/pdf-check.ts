/**
 * PDF files as a print shop's preflight reads them, through the Debian tools the tests have:
 * qpdf's JSON for the structure (PDF/X keys, output intent, colour spaces, soft masks and
 * transparency groups), Ghostscript for what a RIP sees (its messages, and the total ink of
 * every pixel of the CMYK separations inside the bleed box).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
interface QpdfObject {
  value?: Json;
  stream?: { dict: Record<string, Json>; data?: string };
}

function objectsOf(file: string): Record<string, QpdfObject> {
  const json = execFileSync(
    "qpdf",
    ["--json", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", file],
    { maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
  );
  const parsed = JSON.parse(json) as { qpdf: [unknown, Record<string, QpdfObject>] };
  return parsed.qpdf[1];
}

/** What a PDF/X-4 check finds wrong with `file`; empty when nothing. */
export function pdfxProblems(file: string, { cmyk }: { cmyk: boolean }): string[] {
  const objects = objectsOf(file);
  const problems: string[] = [];
  const deref = (value: Json | undefined): Json | undefined => {
    if (typeof value === "string" && / 0 R$/u.test(value)) {
      const object = objects[`obj:${value}`];
      return object?.value ?? (object?.stream?.dict as Json | undefined);
    }
    return value;
  };
  const dict = (value: Json | undefined) =>
    (deref(value) ?? {}) as Record<string, Json | undefined>;
  const trailer = dict(objects["trailer"]?.value);
  const info = dict(trailer["/Info"]);
  if (deref(info["/GTS_PDFXVersion"]) !== "u:PDF/X-4") problems.push("no GTS_PDFXVersion PDF/X-4");
  if (deref(info["/Trapped"]) !== "/False") problems.push("no /Trapped /False");
  if (!Array.isArray(trailer["/ID"])) problems.push("no /ID");
  const root = dict(trailer["/Root"]);
  const intents = deref(root["/OutputIntents"]);
  if (!Array.isArray(intents) || intents.length !== 1) problems.push("not one output intent");
  else {
    const intent = dict(intents[0]);
    if (intent["/S"] !== "/GTS_PDFX") problems.push("output intent is not /GTS_PDFX");
    if (typeof deref(intent["/OutputConditionIdentifier"]) !== "string") {
      problems.push("no OutputConditionIdentifier");
    }
    const profile = dict(intent["/DestOutputProfile"]);
    if (profile["/N"] !== 4) problems.push("DestOutputProfile is not /N 4");
  }
  const metadataRef = root["/Metadata"];
  const metadata =
    typeof metadataRef === "string" ? objects[`obj:${metadataRef}`]?.stream?.data : undefined;
  const xmp = metadata ? Buffer.from(metadata, "base64").toString("utf8") : "";
  if (!xmp.includes("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>")) {
    problems.push("no pdfxid:GTS_PDFXVersion in the XMP");
  }
  if (!xmp.includes("<pdf:Trapped>False</pdf:Trapped>")) problems.push("no pdf:Trapped in XMP");

  const pages = Object.values(objects)
    .map((object) => object.value)
    .filter(
      (value): value is Record<string, Json> =>
        typeof value === "object" &&
        value !== null &&
        !Array.isArray(value) &&
        value["/Type"] === "/Page",
    );
  for (const page of pages) {
    if (!page["/TrimBox"]) problems.push("a page without TrimBox");
    if (!cmyk) {
      const spaces = dict(dict(page["/Resources"])["/ColorSpace"]);
      if (!spaces["/DefaultRGB"]) problems.push("an RGB page without DefaultRGB");
    }
  }

  // Every name, key and painting operator anywhere in the file.
  const names = new Set<string>();
  let translucent = false;
  const walk = (value: Json | undefined) => {
    if (typeof value === "string") names.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") {
      for (const [key, inner] of Object.entries(value)) {
        names.add(key);
        if ((key === "/ca" || key === "/CA") && inner !== 1) translucent = true;
        walk(inner);
      }
    }
  };
  let painting = "";
  for (const object of Object.values(objects)) {
    walk(object.value);
    if (object.stream) {
      walk(object.stream.dict);
      const type = object.stream.dict["/Type"] ?? object.stream.dict["/Subtype"];
      if (!type || type === "/Form") {
        painting += Buffer.from(object.stream.data ?? "", "base64").toString("latin1");
      }
    }
  }
  if (names.has("/SMask") && !names.has("/None")) problems.push("a soft mask");
  if (names.has("/Group")) problems.push("a transparency group");
  if (translucent) problems.push("opacity below 1");
  if (cmyk) {
    for (const space of ["/DeviceRGB", "/CalRGB"]) {
      if (names.has(space) || painting.includes(space)) problems.push(`${space} in a CMYK file`);
    }
    if (/\s(?:rg|RG)\s/u.test(painting)) problems.push("an RGB colour operator in a CMYK file");
  }
  return problems;
}

/**
 * The highest total ink (C+M+Y+K, percent) of any pixel inside the bleed box, as Ghostscript
 * separates the file at `dpi` (no anti-aliasing, so no pixel mixes two colours). The slug
 * outside the bleed (crop marks in registration) is not printed.
 */
export function maxTotalInk(file: string, dpi = 36): number {
  const dir = mkdtempSync(join(tmpdir(), "pingan-ink-"));
  try {
    execFileSync("gs", [
      "-q",
      "-dNOPAUSE",
      "-dBATCH",
      "-dSAFER",
      "-sDEVICE=bitcmyk",
      "-dGrayValues=256",
      `-r${dpi}`,
      "-dUseBleedBox",
      `-sOutputFile=${join(dir, "page-%d.raw")}`,
      file,
    ]);
    let max = 0;
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(join(dir, name));
      for (let i = 0; i + 3 < bytes.length; i += 4) {
        const sum =
          (bytes[i] ?? 0) + (bytes[i + 1] ?? 0) + (bytes[i + 2] ?? 0) + (bytes[i + 3] ?? 0);
        if (sum > max) max = sum;
      }
    }
    return Math.round((max / 255) * 1000) / 10;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everything Ghostscript says while rendering `file` (empty when it has no warning). */
export function ghostscriptSays(file: string): string {
  const run = spawnSync(
    "gs",
    ["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=nullpage", file],
    { encoding: "utf8" },
  );
  return `${run.stdout}${run.stderr}`.trim() + (run.status === 0 ? "" : ` (exit ${run.status})`);
}

/** qpdf --check's verdict: empty when the file has no error or warning. */
export function qpdfSays(file: string): string {
  const run = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
  const out = `${run.stdout}${run.stderr}`;
  return run.status === 0 && /No syntax or stream encoding errors found/u.test(out)
    ? ""
    : out.trim();
}
