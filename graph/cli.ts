import { mkdir, stat, writeFile } from "node:fs/promises";
import { Command, InvalidArgumentError, Option } from "commander";
import type { BuildReport } from "./bench/bench.ts";
import { checkDataDir, EDGES_PER_NODE, formatBrowserRun, runBrowserBench } from "./bench/browser.ts";
import { CHROMIUM } from "./bench/site.ts";
import { cacheHint, rejectionLines, summaryLine, updateLine } from "./report.ts";
import { terminalProgress } from "./progress.ts";
import { DEFAULT_LAYOUT } from "./layout/layout.ts";
import { DEFAULT_RELATED } from "./link/related.ts";
import { BUILDER_SOURCES, BUNDLED_CORPUS, DEFAULT_CACHE_DIR, DEFAULT_OUT_DIR, PROJECT_ROOT } from "./paths.ts";
import { defaultWorkers } from "./parallel/workers.ts";
import { checkFreshness } from "./freshness.ts";
import { rerunWithHeapFor } from "./heap.ts";
import { parseCategoryNames, parseDateBound } from "./ingest/select.ts";
import type { Selection } from "./schema.ts";

/** Errors the user can act on: printed as one message, never as a stack trace. */
export class UsageError extends Error {}

function integer(name: string, min: number) {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };
}

function categories(value: string): string[] {
  const parsed = parseCategoryNames(value);
  if ("error" in parsed) throw new InvalidArgumentError(parsed.error);
  return parsed.names;
}

/** The selection flags of build, extract and cache, one definition each. */
function categoryOption(): Option {
  return new Option("--category <names>", CATEGORY_HELP).argParser(categories);
}

function dateOption(flag: "--since" | "--until"): Option {
  return new Option(`${flag} <date>`, flag === "--since" ? SINCE_HELP : UNTIL_HELP).argParser(dateBound(flag));
}

const CATEGORY_HELP = "keep only records of these arXiv categories or archives, comma-separated (cs.CL,cs.LG or cs), as the arXiv metadata snapshot names them in its categories field";
const SINCE_HELP = "keep only records dated on or after this date (2025, 2025-06 or 2025-06-30)";
const UNTIL_HELP = "keep only records dated on or before this date (2025, 2025-06 or 2025-06-30)";

function dateBound(flag: string) {
  return (value: string) => {
    const parsed = parseDateBound(flag, value);
    if ("error" in parsed) throw new InvalidArgumentError(parsed.error);
    return parsed.date;
  };
}

interface SelectionFlags {
  category?: string[];
  since?: string;
  until?: string;
}

/** The selection the flags ask for, or none; a range that ends before it starts is refused. */
function selectionOf(flags: SelectionFlags): Selection | undefined {
  const { category, since, until } = flags;
  if (since !== undefined && until !== undefined && until < since) throw new UsageError(`--until ${until} is before --since ${since}: no date is in that range`);
  if (category === undefined && since === undefined && until === undefined) return undefined;
  return { ...(category && { categories: category }), ...(since && { since }), ...(until && { until }) };
}

function seconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("--layout-seconds must be a positive number");
  return n;
}

const program = new Command()
  .name("atlas")
  .description("Paper Atlas: turn research-paper abstracts into an explorable, typed knowledge graph.")
  .showHelpAfterError();

interface BuildFlags extends SelectionFlags {
  out: string;
  year?: number;
  strict?: boolean;
  seed: string;
  related: number;
  layoutSeconds: number;
  workers: number;
  overviewAbove: number;
  /** A directory, or false for --no-cache. */
  cache: string | false;
  update?: boolean;
  report?: string;
}

const DEFAULT_SEED = "paper-atlas";

/** A headless Linux session has nowhere to open a browser; printing the URL is enough there. */
function canOpenBrowser(): boolean {
  return process.platform !== "linux" || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** Whether the command ran again, to its end, in a Node with a heap large enough for `inputs` (see heap.ts). */
async function ranWithLargerHeap(command: string, inputs: string[], selection?: Selection): Promise<boolean> {
  const code = await rerunWithHeapFor(inputs, (line) => process.stderr.write(`atlas ${command}: ${line}\n`), { selected: selection !== undefined });
  if (code === undefined) return false;
  process.exitCode = code;
  return true;
}

/**
 * Makes sure a directory the build writes into can be one, before minutes of work: a file in
 * its place would otherwise fail the build at its very end.
 */
async function usableDirectory(flag: string, dir: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (info && !info.isDirectory()) throw new UsageError(`${flag} ${dir} is a file, not a directory`);
  await mkdir(dir, { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`${flag} ${dir} cannot be created (${error.code === "ENOTDIR" ? "a parent of it is a file" : (error.code ?? error.message)})`);
  });
}

async function runBuild(inputs: string[], opts: BuildFlags, selection: Selection | undefined): Promise<{ rejected: number }> {
  await usableDirectory("--out", opts.out);
  if (opts.cache) await usableDirectory("--cache", opts.cache);
  // Loaded here, not at the top: compromise alone takes about half a second to load, which
  // `--help` and an `atlas serve` with nothing to build need not wait for.
  const { buildAtlas, EmptyCorpusError } = await import("./pipeline.ts");
  let result;
  try {
    result = await buildAtlas({
      inputs,
      outDir: opts.out,
      year: opts.year,
      selection,
      seed: opts.seed,
      relatedK: opts.related,
      layoutSeconds: opts.layoutSeconds,
      overviewAbove: opts.overviewAbove,
      workers: opts.workers,
      cacheDir: opts.cache || undefined,
      update: opts.update,
      progress: terminalProgress(),
    });
  } catch (error) {
    if (error instanceof EmptyCorpusError) {
      for (const line of rejectionLines(error.summary)) process.stderr.write(line + "\n");
      throw new UsageError(error.message);
    }
    throw error;
  }
  const { summary, stats, seconds: s, outputs, cached, update } = result;
  for (const line of rejectionLines(summary)) process.stderr.write(line + "\n");
  const total = Object.values(s).reduce((a, b) => a + b, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
  process.stderr.write(
    `atlas build: ${summaryLine(summary)}; ${stats.papers} papers, ${stats.entities} entities, ` +
      `${stats.edgesByKind.related} related, ${stats.edgesByKind.cites} cites, ${stats.communities} communities; ` +
      `wrote ${outputs.map((o) => `${o.path} (${kb(o.bytes)})`).join(", ")} in ${total.toFixed(1)} s` +
      (cached ? ` (${cached} extractions from cache)` : "") +
      "\n",
  );
  if (update) process.stderr.write(`atlas build --update: ${updateLine(update)}\n`);
  const hint = cacheHint(result.cachedElsewhere, stats.papers);
  if (hint) process.stderr.write(`atlas build: ${hint}\n`);
  if (opts.report) {
    const report: BuildReport = {
      papers: stats.papers,
      nodes: stats.papers + stats.entities,
      edges: Object.values(stats.edgesByKind).reduce((a, b) => a + b, 0),
      seconds: total,
      stages: s,
      // maxRSS is in kilobytes; worker threads share the process, so it covers them too.
      peakRssMB: process.resourceUsage().maxRSS / 1024,
      outputBytes: outputs.reduce((sum, o) => sum + o.bytes, 0),
    };
    await writeFile(opts.report, JSON.stringify(report, null, 2) + "\n");
  }
  return { rejected: summary.rejected };
}

program
  .command("build")
  .description("Build graph.json and graph.gexf from abstracts (default: the bundled corpus)")
  .argument("[files...]", "inputs: Hugging Face listing pages (.txt), JSONL, JSON, CSV, BibTeX, or directories of them", [])
  .option("-o, --out <dir>", "output directory", DEFAULT_OUT_DIR)
  .option("--year <year>", "year for the year-less dates of Hugging Face pages (default: the year after the latest on each page)", integer("--year", 1900))
  .addOption(categoryOption())
  .addOption(dateOption("--since"))
  .addOption(dateOption("--until"))
  .option("--strict", "exit with status 1 if any record is rejected")
  .option("--seed <seed>", "seed for community detection and layout", DEFAULT_SEED)
  .option("--related <k>", "related-paper links kept per paper", integer("--related", 0), DEFAULT_RELATED.k)
  .option("--layout-seconds <s>", "time budget for the layout (turned into a fixed iteration count, so output stays deterministic)", seconds, DEFAULT_LAYOUT.seconds)
  .option("--workers <n>", "extraction threads, the main one included (output is identical for any count)", integer("--workers", 1), defaultWorkers())
  .option("--overview-above <nodes>", "past this many nodes, lay communities out as islands and give the explorer an overview of communities", integer("--overview-above", 1), DEFAULT_LAYOUT.islandsAbove)
  .option("--cache <dir>", "extraction cache directory", DEFAULT_CACHE_DIR)
  .option("--no-cache", "extract every paper again")
  .option("--update", "keep the map of the last build into --out: its nodes stay where they were and in their clusters, and new ones are placed by their neighbours (much faster; a build without it lays the whole map out again)")
  .option("--report <file>", "also write stage timings, peak memory and output size as JSON")
  .action(async (files: string[], opts: BuildFlags) => {
    if (opts.update && !opts.cache) throw new UsageError("--update keeps the previous map in the cache: it cannot be used with --no-cache");
    const inputs = files.length ? files : [BUNDLED_CORPUS];
    const selection = selectionOf(opts);
    if (await ranWithLargerHeap("build", inputs, selection)) return;
    const { rejected } = await runBuild(inputs, opts, selection);
    if (opts.strict && rejected > 0) {
      process.stderr.write(`atlas build: --strict: ${rejected} record${rejected === 1 ? "" : "s"} rejected\n`);
      process.exitCode = 1;
    }
  });

program
  .command("serve")
  .description("Build the graph if it is missing or older than its inputs, then serve the explorer on 127.0.0.1 (what `npm start` runs)")
  .option("-p, --port <port>", "port (the next free one is taken if it is busy)", integer("--port", 1), 5173)
  .option("--no-open", "do not open a browser")
  .action(async (opts: { port: number; open: boolean }) => {
    const freshness = await checkFreshness(DEFAULT_OUT_DIR, [BUNDLED_CORPUS], BUILDER_SOURCES);
    if (!freshness.fresh) {
      if (await ranWithLargerHeap("serve", freshness.inputs, freshness.selection)) return;
      process.stderr.write(`atlas serve: building, because ${freshness.reason}\n`);
      const settings = freshness.settings;
      await runBuild(
        freshness.inputs,
        {
          out: DEFAULT_OUT_DIR,
          seed: settings?.seed ?? DEFAULT_SEED,
          related: settings?.related ?? DEFAULT_RELATED.k,
          layoutSeconds: settings?.layoutSeconds ?? DEFAULT_LAYOUT.seconds,
          overviewAbove: settings?.overviewAbove ?? DEFAULT_LAYOUT.islandsAbove,
          year: settings?.year,
          workers: defaultWorkers(),
          cache: DEFAULT_CACHE_DIR,
        },
        freshness.selection,
      );
    }
    const { createServer } = await import("vite");
    const server = await createServer({ root: PROJECT_ROOT, server: { host: "127.0.0.1", port: opts.port, open: opts.open && canOpenBrowser() } });
    await server.listen();
    const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${opts.port}/`;
    process.stdout.write(`Paper Atlas explorer: ${url}  (Ctrl+C to stop)\n`);
  });

function sizes(value: string): number[] {
  const list = value.split(",").map((v) => Number(v.trim().replace(/k$/i, "000")));
  if (!list.length || list.some((n) => !Number.isInteger(n) || n < 1)) throw new InvalidArgumentError("--papers takes sizes like 1000,10k,100k");
  return list;
}

program
  .command("bench")
  .description("Build corpora of 1k, 10k and 100k abstracts from scratch and report time, throughput, peak memory and output size per stage, and rebuilds after adding 1% more papers; then load graphs of 1k, 10k and 20k nodes in Chromium and report load and frame times")
  .option("--papers <sizes>", "corpus sizes, comma-separated (e.g. 1000,10k)", sizes, [1000, 10000, 100000])
  .option("--source <file>", "real abstracts to start from and recombine (default: ../shared/bench/arxiv-2025.jsonl, else the bundled corpus)")
  .option("--workers <n>", "extraction threads of each build", integer("--workers", 1), defaultWorkers())
  .option("--seed <seed>", "seed of the synthetic corpora", "paper-atlas-bench")
  .option("--json", "print one JSON object per run: {papers, seconds, peakRssMB, stages, outputBytes, ...}")
  .option("--bundled-runs <n>", "builds of the bundled corpus, timed whole, before the corpora (0 skips them)", integer("--bundled-runs", 0), 5)
  .option("--no-incremental", "skip the rebuilds after adding 1% more papers (with --update, and from the cache alone)")
  .option("--no-builder", "skip the builder benchmark")
  .option("--browser <nodes>", `explorer benchmark: synthetic graphs of these many nodes, ${EDGES_PER_NODE} edges per node`, sizes, [1000, 10000, 20000])
  .option("--browser-data <dirs...>", "explorer benchmark: also load these `atlas build` output directories")
  .option("--no-browser", "skip the explorer benchmark")
  .action(async (opts: { papers: number[]; source?: string; workers: number; seed: string; json?: boolean; bundledRuns: number; incremental: boolean; builder: boolean; browser: number[] | false; browserData?: string[] }) => {
    const { defaultBenchSource, formatBundledRun, formatRun, runBench, runBundledBench } = await import("./bench/bench.ts");
    const { readCorpus } = await import("./ingest/index.ts");
    const source = opts.source ?? defaultBenchSource(BUNDLED_CORPUS);
    if (opts.builder && opts.bundledRuns > 0) {
      const { summary } = await readCorpus([BUNDLED_CORPUS]);
      const run = await runBundledBench(opts.bundledRuns, summary.kept);
      process.stdout.write((opts.json ? JSON.stringify(run) : formatBundledRun(run)) + "\n");
    }
    if (opts.builder) {
      if (!opts.json) process.stdout.write(`atlas bench: ${opts.papers.join(", ")} abstracts from ${source}, ${opts.workers} extraction threads\n`);
      await runBench({
        sizes: opts.papers,
        source,
        also: source === BUNDLED_CORPUS ? [] : [BUNDLED_CORPUS],
        workers: opts.workers,
        seed: opts.seed,
        incremental: opts.incremental,
        onRun: (run) => process.stdout.write((opts.json ? JSON.stringify({ ...run, seconds: run.wallSeconds }) : formatRun(run)) + "\n"),
      });
    }
    if (opts.browser !== false) {
      const dataDirs = await Promise.all((opts.browserData ?? []).map(checkDataDir));
      if (!opts.json) process.stdout.write(`atlas bench: explorer in ${CHROMIUM}, graphs of ${[...opts.browser, ...dataDirs].join(", ")}\n`);
      await runBrowserBench({
        sizes: opts.browser,
        dataDirs,
        titlesFrom: source.endsWith(".jsonl") ? source : null,
        seed: opts.seed,
        onRun: (run) => process.stdout.write((opts.json ? JSON.stringify(run) : formatBrowserRun(run)) + "\n"),
      });
    }
  });

program
  .command("extract")
  .description("Print the entities of each paper as JSON lines: {title, entities: [{name, type, aliases}]}")
  .argument("<files...>", "inputs: Hugging Face listing pages (.txt), JSONL, JSON, CSV, BibTeX, or directories of them")
  .option("--year <year>", "year for the year-less dates of Hugging Face pages", integer("--year", 1900))
  .addOption(categoryOption())
  .addOption(dateOption("--since"))
  .addOption(dateOption("--until"))
  .option("--strict", "exit with status 1 if any record is rejected")
  .option("--workers <n>", "extraction threads, the main one included", integer("--workers", 1), defaultWorkers())
  .action(async (files: string[], opts: SelectionFlags & { year?: number; strict?: boolean; workers: number }) => {
    const [{ readCorpus }, { resolveCorpus }, { extractAll }] = await Promise.all([import("./ingest/index.ts"), import("./extract/index.ts"), import("./parallel/extractAll.ts")]);
    const corpus = await readCorpus(files, { year: opts.year, selection: selectionOf(opts) });
    const resolved = resolveCorpus(await extractAll(corpus.papers, { workers: opts.workers }));
    const byKey = new Map(resolved.entities.map((e) => [e.key, e]));
    const out: string[] = [];
    corpus.papers.forEach((paper, i) => {
      const entities = resolved.papers[i]!.map((m) => {
        const entity = byKey.get(m.key)!;
        const aliases = [...new Set([...m.forms, ...(m.name === entity.label ? [] : [entity.label])])].filter((a) => a !== m.name);
        return { name: m.name, type: entity.type, aliases };
      });
      out.push(JSON.stringify({ title: paper.title, entities }));
    });
    process.stdout.write(out.join("\n") + (out.length ? "\n" : ""));
    process.stderr.write(`atlas extract: ${summaryLine(corpus.summary)}\n`);
    for (const line of rejectionLines(corpus.summary)) process.stderr.write(line + "\n");
    if (opts.strict && corpus.summary.rejected > 0) process.exitCode = 1;
  });

program
  .command("cache")
  .description("Show what the extraction cache holds; with --keep, keep only the papers of some inputs; with --clear, empty it")
  .option("--cache <dir>", "extraction cache directory", DEFAULT_CACHE_DIR)
  .option("--keep <files...>", "keep only the papers of these inputs (and of --category, --since, --until), dropping those of every other corpus built before")
  .option("--year <year>", "year for the year-less dates of Hugging Face pages read by --keep", integer("--year", 1900))
  .addOption(categoryOption())
  .addOption(dateOption("--since"))
  .addOption(dateOption("--until"))
  .option("--clear", "remove every cached extraction and every kept map (the next build extracts everything again)")
  .action(async (opts: SelectionFlags & { cache: string; keep?: string[]; year?: number; clear?: boolean }) => {
    if (opts.keep && opts.clear) throw new UsageError("--keep and --clear cannot be combined");
    const selection = selectionOf(opts);
    if (selection && !opts.keep) throw new UsageError("--category, --since and --until choose what --keep keeps; give --keep <files...>");
    const [{ clearCache, contentHash, describeCache, extractorFingerprint, pruneCache }, { EXTRACTOR_DIR }] = await Promise.all([
      import("./cache/extractionCache.ts"),
      import("./paths.ts"),
    ]);
    const fingerprint = await extractorFingerprint(EXTRACTOR_DIR);
    const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
    const contents = (c: { papers: number; bytes: number; maps: number }) => `${c.papers} papers (${mb(c.bytes)}), the last map of ${c.maps} output ${c.maps === 1 ? "directory" : "directories"}`;
    if (opts.clear) {
      const removed = await clearCache(opts.cache);
      process.stderr.write(`atlas cache: removed ${removed} ${removed === 1 ? "file" : "files"} from ${opts.cache}\n`);
      return;
    }
    if (opts.keep) {
      const { readCorpus } = await import("./ingest/index.ts");
      const corpus = await readCorpus(opts.keep, { year: opts.year, selection });
      const { before, after } = await pruneCache(opts.cache, fingerprint, new Set(corpus.papers.map(contentHash)));
      process.stderr.write(`atlas cache: ${summaryLine(corpus.summary)}; kept ${after.papers} of ${before.papers} cached papers, ${mb(before.bytes)} → ${mb(after.bytes)}\n`);
      return;
    }
    process.stderr.write(`atlas cache: ${opts.cache} holds, for this extractor (${fingerprint}), ${contents(await describeCache(opts.cache, fingerprint))}\n`);
  });

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof UsageError || process.env.ATLAS_DEBUG === undefined) {
    process.stderr.write(`atlas: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
