// `npm run print` as staff run it: plain Node over the fixture content, into a temporary folder.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureContent } from "../../../tests/support/project.ts";
import { runScript } from "../../../tests/support/script.ts";

const PT_PER_MM = 72 / 25.4;

const root = mkdtempSync(join(tmpdir(), "pingan-print-cli-"));
const out = join(root, "out");
cpSync(fixtureContent, join(root, "content"), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const print = (...args: string[]) =>
  runScript("print", [...args, "--out", out, "--lang", "en"], { cwd: root });

describe("npm run print", { timeout: 60_000 }, () => {
  it("refuses a material with sample data, and with --sample draws a proof marked SAMPLE", async () => {
    const refused = print("poster-report", "--locale", "en", "--size", "a2");
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(
      /poster-report\.yaml: still holds sample data \(Sample County office reporting line .*add --sample for a proof/u,
    );
    expect(existsSync(join(out, "poster-report-en-A2.pdf"))).toBe(false);

    const { status, output } = print("poster-report", "--locale", "en", "--size", "a2", "--sample");
    expect(status, output).toBe(0);
    expect(output).toMatch(/contains sample data: Sample County office reporting line/u);
    // The mark sits in a slug outside the bleed (there are no crop marks here)...
    const pdf = await PDFDocument.load(readFileSync(join(out, "poster-report-en-A2.pdf")));
    const [page] = pdf.getPages();
    expect(page && page.getMediaBox().height - page.getBleedBox().height).toBeCloseTo(
      2 * 10 * PT_PER_MM,
      1,
    );
    // ...and across the top of the preview, on its pale band.
    const preview = PNG.sync.read(readFileSync(join(out, "poster-report-en-A2-1.png")));
    const at = (x: number, y: number) =>
      preview.data.subarray((y * preview.width + x) * 4, (y * preview.width + x) * 4 + 3);
    expect([...at(3, 3)]).toEqual([0xff, 0xf3, 0xcd]);
  });

  it("takes a material's file as well as its id", () => {
    const { status } = print("content/print/zh-cn/banner-duty-white-on-red.yaml");
    expect(status).toBe(0);
    expect(existsSync(join(out, "banner-duty-white-on-red-zh-cn.pdf"))).toBe(true);
    expect(existsSync(join(out, "banner-duty-white-on-red-zh-cn-cmyk.pdf"))).toBe(true);
  });

  it("names the known materials when the id is unknown, and the options when one is wrong", () => {
    const unknown = print("no-such-poster");
    expect(unknown.status).toBe(1);
    expect(unknown.output).toMatch(
      /no material "no-such-poster".*Known materials: .*poster-report/u,
    );
    const size = print("poster-report", "--size", "B5");
    expect(size.status).toBe(2);
    expect(size.output).toMatch(/--size B5: expected one of A4, A3, A2/u);
    const banner = print("banner-duty-white-on-red", "--size", "A2");
    expect(banner.status).toBe(1);
    expect(banner.output).toMatch(/--size does not apply: a banner has its size in centimetres/u);
  });

  it("prints everything with --all, leaving no temporary files", () => {
    const { status, output } = print("--all", "--locale", "zh-cn", "--sample");
    expect(status, output).toBe(0);
    const files = readdirSync(out);
    expect(files.filter((file) => file.endsWith(".pdf")).length).toBeGreaterThanOrEqual(7);
    expect(files.filter((file) => file.endsWith(".tmp"))).toEqual([]);
  });

  it("fails at once, in one line naming the folder and the fix, for an --out it cannot write", () => {
    const started = Date.now();
    // Node's recursive mkdir spun for ever on /proc/x.
    const proc = runScript("print", ["poster-report", "--out", "/proc/x", "--lang", "en"], {
      cwd: root,
    });
    expect(proc.status).toBe(1);
    expect(proc.output.trim()).toBe(
      "error: --out /proc/x: /proc/x does not exist, or cannot be created there (ENOENT). Check the path, or use another folder.",
    );
    const file = join(out, "not-a-folder");
    writeFileSync(file, "");
    const onFile = runScript("print", ["poster-report", "--out", file], { cwd: root });
    expect(onFile.status).toBe(1);
    expect(onFile.output).toMatch(/^error: --out .*not-a-folder：.*（ENOTDIR）。请检查路径/u);
    expect(onFile.output).not.toMatch(/\n\s+at /u);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
