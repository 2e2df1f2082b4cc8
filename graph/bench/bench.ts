import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readFile, rm } from "node:fs/promises";
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
  /** A rebuild after adding 1% more papers to the corpus just built, and how it compares. */
  incremental?: { mode: "update" | "cached"; added: number; fullBuildSeconds: number; ofFullBuild: number };
}

export interface BenchOptions {
  sizes: number[];
  source: string;
  /** More real abstracts whose sentences the synthetic ones recombine (the bundled corpus). */
  also?: string[];
  workers: number;
  seed: string;
  /** Also time rebuilds after adding 1% more papers: with --update, and from the cache alone. */
  incremental: boolean;
  onRun?: (run: BenchRun) => void;
}

/** Share of papers an incremental run adds, as the target has it. */
const ADDED_SHARE = 0.01;

function* slice<T>(items: Iterable<T>, from: number, to: number): Generator<T> {
  let i = 0;
  for (const item of items) {
    if (i >= to) return;
    if (i++ >= from) yield item;
  }
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
 * Builds corpora of each size from scratch (an empty cache) in a child process, so peak RSS is
 * the build's own, and reports per-stage times. With `incremental`, 1% more papers (the
 * continuation of the same seeded corpus) are then added and the corpus rebuilt twice: with
 * --update, and from the cache alone, whose output matches a clean build's.
 */
export async function runBench(options: BenchOptions): Promise<BenchRun[]> {
  const real = (await Promise.all([options.source, ...(options.also ?? [])].map(sourcePapers))).flat();
  const dir = join(tmpdir(), `paper-atlas-bench-${process.pid}`);
  await mkdir(dir, { recursive: true });
  const runs: BenchRun[] = [];
  const build = async (inputs: string[], name: string, flags: string[]): Promise<BenchRun> => {
    const report = join(dir, `report-${name}.json`);
    const started = performance.now();
    await runAtlas(["build", ...inputs, "--out", join(dir, `out-${name}`), "--workers", String(options.workers), "--report", report, ...flags]);
    const wallSeconds = (performance.now() - started) / 1000;
    const built = JSON.parse(await readFile(report, "utf8")) as BuildReport;
    return { ...built, wallSeconds, abstractsPerSecond: built.papers / wallSeconds, workers: options.workers, source: options.source };
  };
  const record = (run: BenchRun) => {
    runs.push(run);
    options.onRun?.(run);
  };
  try {
    for (const size of options.sizes) {
      const corpus = join(dir, `corpus-${size}.jsonl`);
      const more = join(dir, `corpus-${size}-more.jsonl`);
      const added = Math.max(1, Math.round(size * ADDED_SHARE));
      // The first `size` papers of the longer corpus are the corpus of `size`: same seed, same sequence.
      const papers = () => benchCorpus(real, size + added, `${options.seed}:${size}`);
      await writeBenchCorpus(corpus, slice(papers(), 0, size));
      const cache = join(dir, `cache-${size}`);
      const full = await build([corpus], String(size), ["--cache", cache]);
      record(full);
      if (options.incremental) {
        await writeBenchCorpus(more, slice(papers(), size, size + added));
        const compare = (run: BenchRun, mode: "update" | "cached"): BenchRun => ({
          ...run,
          incremental: { mode, added, fullBuildSeconds: full.wallSeconds, ofFullBuild: run.wallSeconds / full.wallSeconds },
        });
        // Another output directory and a copy of the cache: this rebuild starts from no previous map.
        await cp(cache, `${cache}-cached`, { recursive: true });
        record(compare(await build([corpus, more], `${size}-cached`, ["--cache", `${cache}-cached`]), "cached"));
        record(compare(await build([corpus, more], String(size), ["--cache", cache, "--update"]), "update"));
      }
      for (const leftover of [String(size), `${size}-cached`]) await rm(join(dir, `out-${leftover}`), { recursive: true, force: true });
      for (const leftover of [corpus, more, cache, `${cache}-cached`]) await rm(leftover, { recursive: true, force: true });
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
  const incremental = run.incremental
    ? `  ${run.incremental.mode === "update" ? "--update" : "cached"} after adding ${run.incremental.added}: ${(100 * run.incremental.ofFullBuild).toFixed(0)}% of the full build's ${run.incremental.fullBuildSeconds.toFixed(1)} s`
    : "";
  return (
    `${String(run.papers).padStart(7)} papers  ${run.wallSeconds.toFixed(1).padStart(6)} s  ` +
    `${run.abstractsPerSecond.toFixed(0).padStart(6)} abstracts/s  ${run.peakRssMB.toFixed(0).padStart(5)} MB peak  ` +
    `${(run.outputBytes / 1e6).toFixed(1).padStart(6)} MB out  ${run.nodes} nodes, ${run.edges} edges  (${stages})${incremental}`
  );
}
