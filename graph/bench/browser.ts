import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Page } from "playwright-core";
import { readBenchSource } from "./corpus.ts";
import { buildApp, CHROMIUM, CHROMIUM_ARGS, siteWithData } from "./site.ts";
import { serveStatic } from "./static-server.ts";
import { syntheticAtlas } from "./synthetic.ts";

/** What the target names: 20k nodes with 100k edges. */
export const EDGES_PER_NODE = 5;
const VIEWPORT = { width: 1440, height: 900 };
/** The marks src/perf.ts sets. */
const MARKS = { data: "atlas:data-ready", firstFrame: "atlas:first-frame" };
const FIRST_FRAME_TIMEOUT_MS = 60_000;
/** Loads per graph: on a shared two-core machine one load is noise, the median of a few is a number. */
const LOADS = 3;

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
}

export interface BrowserRun {
  bench: "browser";
  graph: string;
  nodes: number;
  edges: number;
  /** atlas.json as served, uncompressed. */
  atlasBytes: number;
  /** From navigation start, median of LOADS loads: data fetched, parsed and validated. */
  dataMs: number;
  /** From navigation start, median of LOADS loads: sigma's first frame of the map. */
  firstFrameMs: number;
  firstFrameRunsMs: number[];
  /** Intervals between animation frames while dragging the map, and while zooming with the wheel. */
  pan: FrameStats;
  zoom: FrameStats;
  /** The machine's 1-minute load average when the run started: other work on the cores skews every number. */
  loadAverage: number;
  errors: string[];
}

export interface BrowserBenchOptions {
  /** Synthetic graphs of these many nodes (EDGES_PER_NODE edges each). */
  sizes: number[];
  /** Directories written by `atlas build`, measured as they are. */
  dataDirs: string[];
  /** Real titles for the synthetic graphs' labels. */
  titlesFrom: string | null;
  seed: string;
  onRun?: (run: BrowserRun) => void;
}

function frameStats(intervals: number[]): FrameStats {
  const sorted = [...intervals].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { frames: sorted.length, medianMs: round(at(0.5)), p95Ms: round(at(0.95)), maxMs: round(sorted.at(-1) ?? 0) };
}

/**
 * In-page code as strings: tsx compiles this file with esbuild's name helpers,
 * which a function serialised into the page would call without having them.
 */
const START_RECORDING = `(() => {
  window.__frames = [];
  window.__recording = true;
  let last = 0;
  const tick = (now) => {
    window.__frames.push(now - last);
    last = now;
    if (window.__recording) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
})()`;
const STOP_RECORDING = `(() => {
  window.__recording = false;
  return window.__frames;
})()`;
const markTime = (name: string) => `Math.round(performance.getEntriesByName(${JSON.stringify(name)})[0]?.startTime ?? -1)`;

/** Records the time between animation frames while `interact` runs. */
async function framesDuring(page: Page, interact: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(START_RECORDING);
  await interact();
  return frameStats(await page.evaluate<number[]>(STOP_RECORDING));
}

/** Opens the explorer and reads its marks: time to data and to first frame, from navigation start. */
async function load(page: Page, url: string): Promise<{ dataMs: number; firstFrameMs: number }> {
  await page.goto(url);
  await page.waitForFunction(`${markTime(MARKS.firstFrame)} >= 0`, undefined, { timeout: FIRST_FRAME_TIMEOUT_MS });
  return { dataMs: await page.evaluate<number>(markTime(MARKS.data)), firstFrameMs: await page.evaluate<number>(markTime(MARKS.firstFrame)) };
}

/** Frame times while dragging the map, then while zooming in and out with the wheel. */
async function frames(page: Page): Promise<{ pan: FrameStats; zoom: FrameStats }> {
  const box = (await page.locator(".sigma-container").first().boundingBox())!;
  const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  // Let the initial frames and the idle-time search index settle first.
  await page.waitForTimeout(2500);
  const pan = await framesDuring(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    await page.mouse.down();
    for (let i = 1; i <= 40; i++) {
      await page.mouse.move(centre.x + 6 * i, centre.y + 3 * i);
      await page.waitForTimeout(16);
    }
    await page.mouse.up();
    await page.waitForTimeout(300);
  });
  const zoom = await framesDuring(page, async () => {
    await page.mouse.move(centre.x, centre.y);
    for (let i = 0; i < 12; i++) {
      await page.mouse.wheel(0, i < 6 ? -240 : 240);
      await page.waitForTimeout(120);
    }
    await page.waitForTimeout(400);
  });
  return { pan, zoom };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Opens the built explorer in Debian's Chromium on graphs of each size and
 * reports load and frame times. A benchmark, not a test: it prints numbers.
 */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<BrowserRun[]> {
  if (!existsSync(CHROMIUM)) throw new Error(`the browser benchmark needs ${CHROMIUM} (apt-get install chromium)`);
  const { chromium } = await import("playwright-core");
  const root = await mkdtemp(join(tmpdir(), "paper-atlas-browser-bench-"));
  const titles = options.titlesFrom ? (await readBenchSource(options.titlesFrom)).map((p) => p.title) : [];
  const runs: BrowserRun[] = [];
  try {
    const app = join(root, "app");
    await buildApp(app);
    const graphs: { name: string; dir: string }[] = [];
    for (const size of options.sizes) {
      const dir = join(root, `data-${size}`);
      await mkdir(dir, { recursive: true });
      await writeFile(join(dir, "atlas.json"), JSON.stringify(syntheticAtlas(size, EDGES_PER_NODE, titles, `${options.seed}:${size}`)));
      graphs.push({ name: `synthetic-${size}`, dir });
    }
    for (const dir of options.dataDirs) graphs.push({ name: basename(dir.replace(/\/+$/, "")), dir });

    for (const [i, { dir }] of graphs.entries()) await siteWithData(app, join(root, `site-${i}`), dir);
    const server = await serveStatic(root);
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      for (const [i, graph] of graphs.entries()) {
        const errors: string[] = [];
        const atlas = JSON.parse(await readFile(join(graph.dir, "atlas.json"), "utf8")) as {
          view: string;
          nodes?: { key: string[] };
          edges?: Record<string, { target: number[] }>;
          communities?: { x: number[] };
          links?: { source: number[] };
        };
        const nodes = atlas.nodes?.key.length ?? atlas.communities?.x.length ?? 0;
        const edges = atlas.edges ? Object.values(atlas.edges).reduce((sum, e) => sum + e.target.length, 0) : (atlas.links?.source.length ?? 0);
        const loadAverage = Math.round(loadavg()[0]! * 100) / 100;
        const loads: { dataMs: number; firstFrameMs: number }[] = [];
        let moving: { pan: FrameStats; zoom: FrameStats } | null = null;
        for (let attempt = 0; attempt < LOADS; attempt++) {
          // A fresh context each time: nothing cached from the previous load.
          const context = await browser.newContext({ viewport: VIEWPORT });
          const page = await context.newPage();
          page.on("console", (message) => {
            if (message.type() === "error") errors.push(message.text());
          });
          page.on("pageerror", (error) => errors.push(error.message));
          loads.push(await load(page, `${server.url}site-${i}/`));
          if (attempt === LOADS - 1) moving = await frames(page);
          await context.close();
        }
        const atlasBytes = (await stat(join(graph.dir, "atlas.json"))).size;
        const run: BrowserRun = {
          bench: "browser",
          graph: graph.name,
          nodes,
          edges,
          atlasBytes,
          dataMs: median(loads.map((l) => l.dataMs)),
          firstFrameMs: median(loads.map((l) => l.firstFrameMs)),
          firstFrameRunsMs: loads.map((l) => l.firstFrameMs),
          ...moving!,
          loadAverage,
          errors: [...new Set(errors)],
        };
        runs.push(run);
        options.onRun?.(run);
      }
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return runs;
}

export function formatBrowserRun(run: BrowserRun): string {
  const frames = (stats: FrameStats) => `${stats.medianMs} ms median, ${stats.p95Ms} ms p95, ${stats.maxMs} ms max`;
  return (
    `${run.graph.padEnd(18)} ${String(run.nodes).padStart(6)} nodes ${String(run.edges).padStart(7)} edges  ` +
    `atlas.json ${(run.atlasBytes / 1e6).toFixed(2)} MB  data ${run.dataMs} ms  first frame ${run.firstFrameMs} ms (${run.firstFrameRunsMs.join(", ")})  ` +
    `pan ${frames(run.pan)}  zoom ${frames(run.zoom)}  (load ${run.loadAverage})` +
    (run.errors.length ? `  ERRORS: ${run.errors.join(" | ")}` : "")
  );
}

/** Keeps the argument list of `atlas bench --browser-data` honest: a directory holding an atlas.json. */
export async function checkDataDir(dir: string): Promise<string> {
  const files: string[] = await readdir(dir).catch(() => []);
  if (!files.includes("atlas.json")) throw new Error(`${dir} holds no atlas.json: build one with \`atlas build FILES --out ${dir}\``);
  return dir;
}
