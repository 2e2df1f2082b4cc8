import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readCorpus } from "../ingest/index.ts";
import { PROJECT_DIR } from "../paths.ts";
import type { Stage } from "../progress.ts";
import { benchCorpus, readBenchSource, writeBenchCorpus, type BenchPaper } from "./corpus.ts";

/** What `atlas build --report` writes. */
export interface BuildReport {
  papers: number;
  nodes: number;
  edges: number;
  seconds: number;
  stages: Record<Stage, number>;
  peakRssMB: number;
  outputBytes: number;
}

export interface BenchRun extends BuildReport {
  /** Wall time of the whole `atlas build` process, start-up included. */
  wallSeconds: number;
  abstractsPerSecond: number;
  workers: number;
  source: string;
}

export interface BenchOptions {
  sizes: number[];
  source: string;
  /** More real abstracts whose sentences the synthetic ones recombine (the bundled corpus). */
  also?: string[];
  workers: number;
  seed: string;
  onRun?: (run: BenchRun) => void;
}

const ATLAS_BIN = join(PROJECT_DIR, "bin/atlas.mjs");

async function sourcePapers(source: string): Promise<BenchPaper[]> {
  if (source.endsWith(".jsonl")) return readBenchSource(source);
  const { papers } = await readCorpus([source]);
  return papers.map((p, i) => ({
    id: `bundled-${i}`,
    title: p.title,
    abstract: p.abstract,
    authors: (p.authors ?? []).join(", "),
    categories: (p.categories ?? ["cs.LG"]).join(" "),
    update_date: p.date ?? "2025-01-01",
  }));
}

function runAtlas(args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ATLAS_BIN, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`atlas ${args[0]} failed (${code}): ${stderr.trim().split("\n").slice(-3).join(" | ")}`))));
  });
}

/**
 * Builds corpora of each size from scratch (no cache) in a child process, so
 * peak RSS is the build's own, and reports per-stage times.
 */
export async function runBench(options: BenchOptions): Promise<BenchRun[]> {
  const real = (await Promise.all([options.source, ...(options.also ?? [])].map(sourcePapers))).flat();
  const dir = join(tmpdir(), `paper-atlas-bench-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const runs: BenchRun[] = [];
  try {
    for (const size of options.sizes) {
      const corpus = join(dir, `corpus-${size}.jsonl`);
      await writeBenchCorpus(corpus, benchCorpus(real, size, `${options.seed}:${size}`));
      const report = join(dir, `report-${size}.json`);
      const started = performance.now();
      await runAtlas(["build", corpus, "--out", join(dir, `out-${size}`), "--no-cache", "--workers", String(options.workers), "--report", report]);
      const wallSeconds = (performance.now() - started) / 1000;
      const built = JSON.parse(await readFile(report, "utf8")) as BuildReport;
      const run: BenchRun = { ...built, wallSeconds, abstractsPerSecond: built.papers / wallSeconds, workers: options.workers, source: options.source };
      runs.push(run);
      options.onRun?.(run);
      await rm(join(dir, `out-${size}`), { recursive: true, force: true });
      await rm(corpus, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return runs;
}

export interface BundledRun {
  bundled: true;
  papers: number;
  /** Median wall seconds of the runs, start-up included. */
  seconds: number;
  runs: number[];
}

/**
 * The first target as a user meets it: `atlas build` of the bundled corpus, as on a
 * fresh clone (empty extraction cache), whole process timed. Repeated, because one run on a
 * shared VM moves by more than the margin; the median is reported.
 */
export async function runBundledBench(repeats: number, papers: number): Promise<BundledRun> {
  const dir = join(tmpdir(), `paper-atlas-bench-bundled-${process.pid}`);
  const runs: number[] = [];
  try {
    // Compiles the builder if its sources changed, so no timed run pays for that.
    await runAtlas(["--help"]);
    for (let i = 0; i < repeats; i++) {
      await rm(dir, { recursive: true, force: true });
      const started = performance.now();
      await runAtlas(["build", "--out", join(dir, "out"), "--cache", join(dir, "cache")]);
      runs.push((performance.now() - started) / 1000);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { bundled: true, papers, seconds: sorted[Math.floor(sorted.length / 2)]!, runs };
}

export function formatBundledRun(run: BundledRun): string {
  const sorted = [...run.runs].sort((a, b) => a - b);
  return `bundled corpus (${run.papers} papers), atlas build from an empty cache: median ${run.seconds.toFixed(2)} s wall over ${run.runs.length} runs (${sorted[0]!.toFixed(2)} to ${sorted.at(-1)!.toFixed(2)} s)`;
}

export function defaultBenchSource(bundled: string): string {
  const shared = join(PROJECT_DIR, "../shared/bench/arxiv-2025.jsonl");
  return existsSync(shared) ? shared : bundled;
}

export function formatRun(run: BenchRun): string {
  const stages = Object.entries(run.stages)
    .map(([stage, s]) => `${stage} ${s.toFixed(1)}`)
    .join(", ");
  return (
    `${String(run.papers).padStart(7)} papers  ${run.wallSeconds.toFixed(1).padStart(6)} s  ` +
    `${run.abstractsPerSecond.toFixed(0).padStart(6)} abstracts/s  ${run.peakRssMB.toFixed(0).padStart(5)} MB peak  ` +
    `${(run.outputBytes / 1e6).toFixed(1).padStart(6)} MB out  ${run.nodes} nodes, ${run.edges} edges  (${stages})`
  );
}
