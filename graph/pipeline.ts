import { rm } from "node:fs/promises";
import { join } from "node:path";
import seedrandom from "seedrandom";
import { DEFAULT_COMMUNITY_SIZES, detectCommunities, extendCommunities } from "./cluster/communities.ts";
import { labelCommunities } from "./cluster/labels.ts";
import { releaseCaches, resolveCorpus, type PaperExtraction } from "./extract/index.ts";
import { contentHash, ExtractionCache, extractorFingerprint } from "./cache/extractionCache.ts";
import { mapStateOf, mapStatePath, readMapState, writeMapState, type PreviousMap } from "./cache/mapState.ts";
import { extractAll } from "./parallel/extractAll.ts";
import { EXTRACTOR_DIR } from "./paths.ts";
import { readCorpus, type Corpus } from "./ingest/index.ts";
import { describeSelection } from "./ingest/select.ts";
import { addPaperLinks, assembleGraph, round, type AtlasGraph } from "./link/assemble.ts";
import { citations } from "./link/cites.ts";
import { buildCorpusIndex } from "./link/corpusIndex.ts";
import { cooccurrence, DEFAULT_COOCCURRENCE } from "./link/cooccurrence.ts";
import { DEFAULT_RELATED } from "./link/related.ts";
import { relatedLinks } from "./link/relatedThread.ts";
import { computeLayout, DEFAULT_LAYOUT, extendLayout } from "./layout/layout.ts";
import { silentProgress, type Progress, type Stage } from "./progress.ts";
import { SCHEMA_VERSION, type EdgeKind, type EntityType, type GraphStats, type InputSummary, type Selection } from "./schema.ts";
import { writeDirectoryAtomic, writeFileAtomic } from "./write/atomic.ts";
import { paperDetails, toCompact, toOverview } from "./write/compact.ts";
import { writeGraphFiles } from "./write/graphFiles.ts";

export interface BuildOptions {
  inputs: string[];
  outDir: string;
  year?: number;
  /** Keep only the records of these arXiv categories and dates (`--category`, `--since`, `--until`). */
  selection?: Selection;
  /** Seeds every random choice (community detection, layout start). */
  seed: string;
  relatedK: number;
  layoutSeconds: number;
  /** Past this many nodes the explorer gets an overview of communities instead of the whole graph. */
  overviewAbove: number;
  /** Extraction worker threads. */
  workers: number;
  /** Directory of the extraction cache and of each output directory's last map; none when undefined. */
  cacheDir?: string;
  /**
   * Start from the last map built into `outDir`: its nodes keep their places and communities,
   * new nodes join their neighbours'. Needs `cacheDir`.
   */
  update?: boolean;
  progress?: Progress;
}

export interface BuildResult {
  summary: InputSummary;
  stats: GraphStats;
  seconds: Record<Stage, number>;
  outputs: { path: string; bytes: number }[];
  /** Papers whose extraction came from the cache. */
  cached: number;
  /** Papers of other corpora the cache holds, and about their bytes. */
  cachedElsewhere: { papers: number; bytes: number };
  /** With `update`: how much of the map was kept, or why it was laid out afresh. */
  update?: UpdateSummary;
}

export type UpdateSummary = { kept: number; added: number; dropped: number } | { fresh: string };

export const GENERATOR = "paper-atlas";

/** Thrown when there is nothing to build a map from; the message says why, the summary says what was read. */
export class EmptyCorpusError extends Error {
  constructor(readonly summary: InputSummary, outside: Corpus["outside"]) {
    super(`no papers to build from (${summary.read} records read, ${summary.rejected} rejected${EmptyCorpusError.outside(summary, outside)})`);
  }

  /** With a selection, what was left out, so that a misspelt category or a range that misses shows. */
  private static outside(summary: InputSummary, outside: Corpus["outside"] = {}): string {
    if (!summary.selection || !summary.outside) return "";
    const { categories, dates } = outside;
    const found = [
      categories &&
        (categories.length
          ? `the most common categories of those: ${categories.slice(0, 5).map(([name, n]) => `${name} (${n})`).join(", ")}`
          : "none of them names its categories (a categories field, as in the arXiv metadata snapshot)"),
      (summary.selection.since || summary.selection.until) && (dates ? `the records read are dated ${dates[0]} to ${dates[1]}` : "none of the records read has a date"),
    ].filter(Boolean);
    return `, ${summary.outside} outside ${describeSelection(summary.selection)}${found.map((f) => `; ${f}`).join("")}`;
  }
}

function timed<T>(seconds: Partial<Record<Stage, number>>, stage: Stage, progress: Progress, run: () => T): T {
  progress.start(stage, 0);
  const start = performance.now();
  const result = run();
  seconds[stage] = (performance.now() - start) / 1000;
  progress.end();
  return result;
}

const KB = 1e3;
const MB = 1e6;

function emptyByType(): Record<EntityType, number> {
  return { model: 0, method: 0, technique: 0, hardware: 0, dataset: 0, metric: 0, task: 0 };
}

export function graphStats(graph: AtlasGraph, communities: number): GraphStats {
  const entitiesByType = emptyByType();
  const edgesByKind: Record<EdgeKind, number> = { mentions: 0, cooccurs: 0, related: 0, cites: 0 };
  let papers = 0;
  graph.forEachNode((_, a) => {
    if (a.kind === "paper") papers++;
    else entitiesByType[a.type]++;
  });
  graph.forEachEdge((_, a) => edgesByKind[a.kind]++);
  return { papers, entities: graph.order - papers, entitiesByType, edgesByKind, communities };
}

/** ingest -> extract -> link -> cluster -> layout -> write, each stage timed. */
export async function buildAtlas(options: BuildOptions): Promise<BuildResult> {
  const progress = options.progress ?? silentProgress;
  const seconds: Partial<Record<Stage, number>> = {};

  let start = performance.now();
  let ingesting = false;
  const corpus = await readCorpus(options.inputs, {
    year: options.year,
    selection: options.selection,
    onProgress: (bytes, total) => {
      const [unit, name] = total >= 10 * MB ? [MB, "MB"] : [KB, "KB"];
      if (!ingesting) progress.start("ingest", Math.max(1, Math.round(total / unit)), name);
      ingesting = true;
      progress.tick(Math.round(bytes / unit));
    },
  });
  progress.end();
  seconds.ingest = (performance.now() - start) / 1000;
  if (corpus.papers.length === 0) throw new EmptyCorpusError(corpus.summary, corpus.outside);

  start = performance.now();
  const { extraction, cached, cachedElsewhere } = await extractStage(corpus.papers, options, progress);
  seconds.extract = (performance.now() - start) / 1000;

  start = performance.now();
  progress.start("link", 0);
  const index = buildCorpusIndex(corpus.papers, extraction);
  // Found in another thread while this one builds the rest of the graph.
  const related = relatedLinks(index, { ...DEFAULT_RELATED, k: options.relatedK });
  // A failure there surfaces where the links are awaited, not as an unhandled rejection meanwhile.
  related.catch(() => undefined);
  const cites = citations(index);
  const graph = assembleGraph(index, cooccurrence(index, DEFAULT_COOCCURRENCE), {
    schemaVersion: SCHEMA_VERSION,
    generator: GENERATOR,
    build: {
      seed: options.seed,
      related: options.relatedK,
      layoutSeconds: options.layoutSeconds,
      overviewAbove: options.overviewAbove,
      ...(options.year !== undefined && { year: options.year }),
    },
    communities: [],
    input: corpus.summary,
    // Filled in once the graph is complete.
    stats: { papers: 0, entities: 0, entitiesByType: emptyByType(), edgesByKind: { mentions: 0, cooccurs: 0, related: 0, cites: 0 }, communities: 0 },
  });
  addPaperLinks(graph, index, { related: await related, cites });
  seconds.link = (performance.now() - start) / 1000;
  progress.end();

  const mapState = options.cacheDir ? mapStatePath(options.cacheDir, options.outDir) : undefined;
  let previous: PreviousMap | undefined;
  const jsonPath = join(options.outDir, "graph.json");
  if (options.update) previous = mapState ? await readMapState(mapState, options.seed, jsonPath) : { missing: "no cache to keep the previous map in" };
  const warm = previous && "positions" in previous ? previous : undefined;

  const communities = timed(seconds, "cluster", progress, () => {
    const found = warm
      ? extendCommunities(graph, warm.communities)
      : detectCommunities(graph, { rng: seedrandom(`${options.seed}:louvain`), resolution: 1, ...DEFAULT_COMMUNITY_SIZES });
    for (const [node, community] of found.assignment) graph.setNodeAttribute(node, "community", community);
    graph.setAttribute("communities", labelCommunities(graph, found.assignment, found.unclustered));
    return found;
  });

  timed(seconds, "layout", progress, () => {
    const rng = seedrandom(`${options.seed}:layout`);
    const positions = warm
      ? extendLayout(graph, communities.assignment, warm.positions, rng)
      : computeLayout(graph, communities.assignment, { ...DEFAULT_LAYOUT, seconds: options.layoutSeconds, islandsAbove: options.overviewAbove, rng });
    for (const [node, { x, y }] of positions) {
      graph.mergeNodeAttributes(node, { x: round(x, 2), y: round(y, 2) });
    }
  });
  const stats = graphStats(graph, graph.getAttribute("communities").length);
  graph.setAttribute("stats", stats);

  start = performance.now();
  progress.start("write", 0);
  const gexfPath = join(options.outDir, "graph.gexf");
  const [graphFiles, browserData] = await Promise.all([writeGraphFiles(graph, jsonPath, gexfPath), writeBrowserData(graph, options.outDir, options.overviewAbove)]);
  const outputs: BuildResult["outputs"] = [{ path: jsonPath, bytes: graphFiles.json }, { path: gexfPath, bytes: graphFiles.gexf }, ...browserData];
  if (mapState) await writeMapState(mapState, await mapStateOf(graph, options.seed, communities, jsonPath));
  seconds.write = (performance.now() - start) / 1000;
  progress.end();

  const result: BuildResult = { summary: corpus.summary, stats, seconds: seconds as Record<Stage, number>, outputs, cached, cachedElsewhere };
  if (previous) result.update = "missing" in previous ? { fresh: previous.missing } : updateSummary(graph, previous);
  return result;
}

function updateSummary(graph: AtlasGraph, previous: { positions: Map<string, unknown> }): UpdateSummary {
  let kept = 0;
  graph.forEachNode((node) => {
    if (previous.positions.has(node)) kept++;
  });
  return { kept, added: graph.order - kept, dropped: previous.positions.size - kept };
}

/**
 * The explorer's files: atlas.json (the whole graph, or past `overviewAbove`
 * nodes an overview with one file per community and a search index) and the
 * paper details it fetches on demand. Details first, atlas.json last: a reader
 * that sees the new atlas finds everything it refers to.
 */
async function writeBrowserData(graph: AtlasGraph, outDir: string, overviewAbove: number): Promise<BuildResult["outputs"]> {
  const outputs: BuildResult["outputs"] = [];
  const json = (value: unknown) => JSON.stringify(value);
  // Serialised as written: at 100k papers the details alone are 140 MB of JSON.
  const asFiles = function* <T>(items: T[], name: (item: T, i: number) => string): Generator<[string, string]> {
    for (const [i, item] of items.entries()) yield [`${name(item, i)}.json`, json(item)];
  };
  outputs.push({ path: join(outDir, "details/"), bytes: await writeDirectoryAtomic(join(outDir, "details"), asFiles(paperDetails(graph), (_, i) => String(i))) });
  let atlas: unknown;
  if (graph.order > overviewAbove) {
    const { overview, communities, search, paths } = toOverview(graph);
    outputs.push({ path: join(outDir, "communities/"), bytes: await writeDirectoryAtomic(join(outDir, "communities"), asFiles(communities, (c) => String(c.community))) });
    outputs.push({ path: join(outDir, "search.json"), bytes: await writeFileAtomic(join(outDir, "search.json"), json(search)) });
    outputs.push({ path: join(outDir, "paths.json"), bytes: await writeFileAtomic(join(outDir, "paths.json"), json(paths)) });
    atlas = overview;
  } else {
    // A previous, larger build's overview files would otherwise linger.
    await rm(join(outDir, "communities"), { recursive: true, force: true });
    await rm(join(outDir, "search.json"), { force: true });
    await rm(join(outDir, "paths.json"), { force: true });
    atlas = toCompact(graph);
  }
  outputs.push({ path: join(outDir, "atlas.json"), bytes: await writeFileAtomic(join(outDir, "atlas.json"), json(atlas)) });
  return outputs;
}

/** Cached results where the content is unchanged, extraction threads for the rest, then corpus-level canonicalisation. */
async function extractStage(papers: { title: string; abstract: string }[], options: BuildOptions, progress: Progress) {
  const hashes = papers.map(contentHash);
  const cache = options.cacheDir ? await ExtractionCache.open(options.cacheDir, await extractorFingerprint(EXTRACTOR_DIR), new Set(hashes)) : undefined;
  const perPaper: PaperExtraction[] = new Array(papers.length);
  const missing: number[] = [];
  hashes.forEach((hash, i) => {
    const hit = cache?.get(hash);
    if (hit) perPaper[i] = hit;
    else missing.push(i);
  });
  progress.start("extract", missing.length, "papers");
  const fresh = await extractAll(
    missing.map((i) => papers[i]!),
    { workers: options.workers, onProgress: (done) => progress.tick(done) },
  );
  progress.end();
  missing.forEach((i, j) => {
    perPaper[i] = fresh[j]!;
    cache?.set(hashes[i]!, fresh[j]!);
  });
  await cache?.save();
  const extraction = resolveCorpus(perPaper);
  releaseCaches();
  return { extraction, cached: papers.length - missing.length, cachedElsewhere: cache?.others ?? { papers: 0, bytes: 0 } };
}
