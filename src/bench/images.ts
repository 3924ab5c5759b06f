/**
 * Image benchmark: the same share cards rendered by plain Satori + resvg (fonts read once,
 * resvg's defaults, one thread) as the baseline, then by the render module cold (empty cache,
 * all cores) and warm (same cards again: nothing should be rendered).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import satori from "satori";
import { random, sentences } from "../../tests/support/corpus.ts";
import { projectRoot } from "../../tests/support/project.ts";
import { renderBatch, type ImageJob } from "../share/batch.ts";
import { satoriFonts } from "../draw/fonts.ts";
import { cardElement, renderPng } from "../share/render.ts";
import type { CardData } from "../share/templates/card.ts";
import { templates } from "../share/templates/index.ts";

export interface ImageFigures {
  run: string;
  cards: number;
  seconds: number;
  cardsPerSecond: number;
  rendered: number;
  peakRssMiB: number;
}

/** Highest resident memory seen while `work` runs (worker threads share the process). */
async function withPeakRss<T>(work: () => Promise<T>): Promise<[T, number]> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return [result, Math.round(peak / 1024 / 1024)];
  } finally {
    clearInterval(timer);
  }
}

function cards(count: number): CardData[] {
  const next = random(3);
  const colours = { primary: "#b71c1c", onPrimary: "#ffffff", accent: "#8a5a00" };
  const zh = sentences(join(projectRoot, "content"), "zh-cn");
  const en = sentences(join(projectRoot, "content"), "en");
  return Array.from({ length: count }, (_, i) => {
    const english = i % 5 === 4;
    const pool = english ? en : zh;
    const sentence = pool[Math.floor(next() * pool.length)] ?? "";
    return {
      lang: english ? "en" : "zh-CN",
      section: english ? "News" : "工作动态",
      title: english
        ? sentence.split(/\s+/).slice(0, 14).join(" ")
        : sentence.slice(0, 10 + (i % 40)),
      date: english ? `${(i % 28) + 1} June 2024` : `2024年6月${(i % 28) + 1}日`,
      siteName: english
        ? "Sample County Campaign Against Organised Crime"
        : "示例县扫黑除恶宣传平台",
      colours,
    };
  });
}

export async function benchImages(
  count: number,
  log: (line: string) => void,
): Promise<{ firstRenderMs: number; rows: ImageFigures[] }> {
  const data = cards(count);
  const template = templates.og;
  const dir = await mkdtemp(join(tmpdir(), "pingan-bench-images-"));
  try {
    // The first card in this process pays for reading and parsing the fonts.
    const first = performance.now();
    await renderPng(template, data[0] as CardData, "bench");
    const firstRenderMs = Math.round(performance.now() - first);
    log(`  first render in this process: ${firstRenderMs} ms`);

    const rows: ImageFigures[] = [];
    const [baselineSeconds, baselineRss] = await withPeakRss(async () => {
      const started = performance.now();
      for (const [i, card] of data.entries()) {
        const element = cardElement(template, card, `card ${i}`);
        const svg = await satori(element, {
          width: template.width,
          height: template.height,
          fonts: satoriFonts(),
        });
        new Resvg(svg).render().asPng();
      }
      return (performance.now() - started) / 1000;
    });
    rows.push({
      run: "plain satori + resvg (baseline)",
      cards: count,
      seconds: baselineSeconds,
      cardsPerSecond: count / baselineSeconds,
      rendered: count,
      peakRssMiB: baselineRss,
    });

    const cache = join(dir, "cache");
    const jobs: ImageJob[] = data.map((card, i) => ({
      template: "og",
      data: card,
      where: `card ${i}`,
      out: join(dir, "out", `${i}.png`),
    }));
    for (const run of ["pingan cold", "pingan warm"]) {
      const [stats, rss] = await withPeakRss(() => renderBatch(jobs, { cache }));
      rows.push({
        run: `${run} (${stats.workers || 1} thread${stats.workers > 1 ? "s" : ""})`,
        cards: count,
        seconds: stats.ms / 1000,
        cardsPerSecond: count / (stats.ms / 1000),
        rendered: stats.rendered,
        peakRssMiB: rss,
      });
    }
    return { firstRenderMs, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
