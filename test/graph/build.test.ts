import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { beforeAll, describe, expect, it } from "vitest";
import { buildAtlas, type BuildResult } from "../../graph/pipeline.ts";
import { contributions, normalised } from "../../graph/link/cites.ts";
import { nodeRadius } from "../../graph/layout/layout.ts";
import { BUNDLED_CORPUS } from "../../graph/paths.ts";
import type { Progress } from "../../graph/progress.ts";
import { sourcesOf } from "../../src/data/atlas.ts";
import { scratchDir } from "../support/scratch.ts";
import { GRAPH_JSON_BATCH } from "../../graph/write/graphJson.ts";
import { GexfText, gexfModel } from "../../graph/write/gexf.ts";
import type { AtlasGraph } from "../../graph/link/assemble.ts";
import { SCHEMA_VERSION, type CompactAtlas, type EntityNodeAttributes, type OverviewAtlas, type PathIndex, type SearchIndex, type SerializedAtlas } from "../../graph/schema.ts";

const build = (outDir: string, extra: Partial<Parameters<typeof buildAtlas>[0]> = {}) =>
  buildAtlas({ inputs: [BUNDLED_CORPUS], outDir, seed: "paper-atlas", relatedK: 5, layoutSeconds: 10, overviewAbove: 50_000, workers: 1, ...extra });

const read = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

describe("graph: the bundled corpus", () => {
  const dir = scratchDir("atlas-graph");
  const again = scratchDir("atlas-graph-again");
  const cacheDir = scratchDir("atlas-cache");
  let result: BuildResult;
  let atlas: SerializedAtlas;

  const shown: { stage: string; total: number; unit?: string; ticks: number[] }[] = [];
  const progress: Progress = {
    start: (stage, total, unit) => void shown.push({ stage, total, unit, ticks: [] }),
    tick: (done) => void shown.at(-1)!.ticks.push(done),
    end: () => {},
  };

  beforeAll(async () => {
    result = await build(dir, { progress });
    atlas = JSON.parse(read(dir, "graph.json")) as SerializedAtlas;
  });

  it("progress: every stage shows, and ingest counts the bytes of the inputs up to their total", () => {
    expect(shown.map((s) => s.stage)).toEqual(["ingest", "extract", "link", "cluster", "layout", "write"]);
    const bytes = readdirSync(BUNDLED_CORPUS).reduce((sum, name) => sum + statSync(join(BUNDLED_CORPUS, name)).size, 0);
    const ingest = shown[0]!;
    expect([ingest.total, ingest.unit]).toEqual([Math.round(bytes / 1000), "KB"]);
    expect(ingest.ticks.at(-1)).toBe(ingest.total);
    expect(ingest.ticks.every((t, i) => i === 0 || t >= ingest.ticks[i - 1]!), "progress: never backwards").toBe(true);
    expect(shown[1]!.ticks.at(-1), "progress: extraction counts papers").toBe(360);
  });

  const entities = () => atlas.nodes.filter((n) => n.attributes.kind === "entity") as { key: string; attributes: EntityNodeAttributes }[];

  it("graph: every unique paper is a node, and the summary accounts for every record", () => {
    expect(atlas.attributes.schemaVersion).toBe(SCHEMA_VERSION);
    expect(atlas.nodes.filter((n) => n.attributes.kind === "paper")).toHaveLength(360);
    expect(atlas.attributes.input).toMatchObject({ read: 524, kept: 360, duplicates: 164, rejected: 0 });
    expect(result.stats.papers).toBe(360);
  });

  it.each(["H100", "A100", "GH200", "B200", "H200"])("graph: %s is a hardware entity", (name) => {
    const node = entities().find((e) => e.attributes.label === name);
    expect(node, `graph: ${name} present`).toBeDefined();
    expect(node!.attributes.type, `graph: ${name} typed`).toBe("hardware");
    expect(node!.attributes.paperCount).toBeGreaterThan(0);
  });

  it("graph: keys are unique and every edge joins existing nodes of the right kinds", () => {
    const kinds = new Map(atlas.nodes.map((n) => [n.key, n.attributes.kind]));
    expect(kinds.size).toBe(atlas.nodes.length);
    expect(new Set(atlas.edges.map((e) => e.key)).size).toBe(atlas.edges.length);
    const expected = { mentions: ["paper", "entity"], cooccurs: ["entity", "entity"], related: ["paper", "paper"], cites: ["paper", "paper"] };
    for (const e of atlas.edges) {
      expect([kinds.get(e.source), kinds.get(e.target)], `graph: ${e.attributes.kind} edge ${e.key}`).toEqual(expected[e.attributes.kind]);
      expect(e.attributes.weight, `graph: weight of ${e.key}`).toBeGreaterThan(0);
    }
  });

  it("graph: every node is positioned and belongs to a labelled community", () => {
    const communities = new Map(atlas.attributes.communities.map((c) => [c.id, c]));
    for (const n of atlas.nodes) {
      expect(Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y), `layout: ${n.key} positioned`).toBe(true);
      expect(communities.has(n.attributes.community), `cluster: ${n.key} in a known community`).toBe(true);
    }
    const spread = new Set(atlas.nodes.map((n) => `${n.attributes.x},${n.attributes.y}`));
    expect(spread.size, "layout: nodes do not pile up on one point").toBeGreaterThan(atlas.nodes.length * 0.99);
    expect([...communities.values()].reduce((s, c) => s + c.size, 0)).toBe(atlas.nodes.length);
    const big = atlas.attributes.communities.filter((c) => c.papers >= 5);
    expect(big.length, "cluster: the corpus has several real communities").toBeGreaterThanOrEqual(5);
    for (const c of big) expect(c.label, `cluster: community ${c.id} has a readable label`).toMatch(/\S+ · \S+/);
  });

  it("layout: nodes, sized by degree as the explorer draws them, barely overlap", () => {
    const degree = new Map<string, number>();
    for (const e of atlas.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
    const discs = atlas.nodes.map((n) => ({ x: n.attributes.x, y: n.attributes.y, r: nodeRadius(degree.get(n.key) ?? 0) }));
    let touching = 0;
    for (let i = 0; i < discs.length; i++) {
      for (let j = i + 1; j < discs.length; j++) {
        const [a, b] = [discs[i]!, discs[j]!];
        if (Math.hypot(a.x - b.x, a.y - b.y) < a.r + b.r) touching++;
      }
    }
    expect(touching, "layout: pairs of nodes that overlap, at most 1% of the nodes").toBeLessThanOrEqual(discs.length / 100);
  });

  it("graph: every related edge is explained by entities both papers mention", () => {
    const mentioned = new Set(atlas.edges.filter((e) => e.attributes.kind === "mentions").map((e) => `${e.source}>${e.target}`));
    const related = atlas.edges.filter((e) => e.attributes.kind === "related");
    expect(related.length).toBeGreaterThan(300);
    for (const e of related) {
      const shared = e.attributes.kind === "related" ? e.attributes.shared : [];
      expect(shared.length, `related: ${e.key} explained`).toBeGreaterThan(0);
      for (const entity of shared) {
        expect(mentioned.has(`${e.source}>${entity}`) && mentioned.has(`${e.target}>${entity}`), `related: ${e.key} shares ${entity}`).toBe(true);
      }
    }
  });

  it("graph: every cooccurs edge counts exactly the papers that mention both its entities", () => {
    const papersOf = new Map<string, Set<string>>();
    for (const e of atlas.edges) if (e.attributes.kind === "mentions") (papersOf.get(e.target) ?? papersOf.set(e.target, new Set()).get(e.target)!).add(e.source);
    const cooccurs = atlas.edges.filter((e) => e.attributes.kind === "cooccurs");
    expect(cooccurs.length).toBeGreaterThan(300);
    const pairs = new Set<string>();
    for (const e of cooccurs) {
      const both = [...papersOf.get(e.source)!].filter((p) => papersOf.get(e.target)!.has(p)).length;
      expect(e.attributes.kind === "cooccurs" && e.attributes.count, `cooccurs: ${e.source} with ${e.target}`).toBe(both);
      expect(both, "cooccurs: pairs seen together in fewer than 2 papers are chance").toBeGreaterThanOrEqual(2);
      pairs.add([e.source, e.target].sort().join(" "));
    }
    expect(pairs.size, "cooccurs: each pair linked once").toBe(cooccurs.length);
  });

  it("graph: cites edges point at the paper whose coined name the source mentions", () => {
    const byKey = new Map(atlas.nodes.map((n) => [n.key, n.attributes]));
    const mentioned = new Set(atlas.edges.filter((e) => e.attributes.kind === "mentions").map((e) => `${e.source} ${e.target}`));
    const cites = atlas.edges.filter((e) => e.attributes.kind === "cites");
    expect(cites.length, "cites: the seed corpus names other corpus papers' systems").toBeGreaterThan(3);
    for (const e of cites) {
      const target = byKey.get(e.target)!;
      const via = e.attributes.kind === "cites" ? e.attributes.via : [];
      expect(via.length, "cites: explained by the names it goes through").toBeGreaterThan(0);
      const coined = contributions({ title: target.label, abstract: target.kind === "paper" ? target.abstract : "" });
      for (const entity of via) {
        const forms = [byKey.get(entity)!.label, ...(byKey.get(entity)!.kind === "entity" ? (byKey.get(entity) as { aliases: string[] }).aliases : [])].map(normalised);
        expect(forms.some((f) => f === coined.titled || coined.introduced.has(f)), `cites: ${entity} is a name ${e.target} coins`).toBe(true);
        expect(mentioned.has(`${e.source} ${entity}`), `cites: ${e.source} mentions ${entity}`).toBe(true);
      }
    }
  });

  it("graph: entity nodes carry aliases, paper counts and date range", () => {
    for (const e of entities()) {
      expect(Array.isArray(e.attributes.aliases)).toBe(true);
      expect(e.attributes.paperCount).toBeGreaterThan(0);
      if (e.attributes.firstDate) expect(e.attributes.firstDate <= e.attributes.lastDate!).toBe(true);
    }
  });

  it("graph.json: exactly graphology's serialisation of the graph it holds", () => {
    expect(atlas.edges.length, "graph.json: edges span several write batches").toBeGreaterThan(2 * GRAPH_JSON_BATCH);
    const text = read(dir, "graph.json");
    const graph = Graph.from(JSON.parse(text) as SerializedAtlas);
    expect(JSON.stringify(graph.export()) === text).toBe(true);
  });

  it("gexf: exactly the GEXF of graph.json's graph, though written batch by batch in another thread", () => {
    const graph = Graph.from(atlas) as AtlasGraph;
    const model = gexfModel(graph);
    const text = new GexfText(model);
    const whole = GexfText.head(model) + text.nodes(atlas.nodes) + text.edges(atlas.edges) + text.end();
    expect(read(dir, "graph.gexf") === whole).toBe(true);
  });

  it("gexf: opens as a graph with the same nodes and edges", () => {
    const graph = parseGexf(Graph, read(dir, "graph.gexf"));
    expect(graph.order).toBe(atlas.nodes.length);
    expect(graph.size).toBe(atlas.edges.length);
    expect(graph.getNodeAttribute(atlas.nodes[0]!.key, "kind")).toBe("paper");
  });

  it("compact: atlas.json holds the same graph, and the details chunks every paper", () => {
    const compact = JSON.parse(read(dir, "atlas.json")) as CompactAtlas;
    expect(compact.schemaVersion).toBe(SCHEMA_VERSION);
    expect(compact.nodes.key).toEqual(atlas.nodes.map((n) => n.key));
    const edgeCount = Object.values(compact.edges).reduce((s, e) => s + e.target.length, 0);
    expect(edgeCount).toBe(atlas.edges.length);
    // Sources are delta-encoded; decoded, every kind lists graph.json's edges in its order.
    for (const kind of ["mentions", "cooccurs", "related", "cites"] as const) {
      const list = compact.edges[kind];
      const decoded = sourcesOf(list).map((s, i) => `${compact.nodes.key[s]} ${compact.nodes.key[list.target[i]!]}`);
      expect(decoded, `compact: ${kind} edges`).toEqual(atlas.edges.filter((e) => e.attributes.kind === kind).map((e) => `${e.source} ${e.target}`));
    }
    expect(compact.edges.mentions.sourceDelta.every((d) => d >= 0), "compact: mentions grouped by paper").toBe(true);
    const chunks = readdirSync(join(dir, "details")).length;
    const abstracts = Array.from({ length: chunks }, (_, i) => JSON.parse(read(dir, `details/${i}.json`)) as { abstract: string }[]).flat();
    expect(abstracts.map((d) => d.abstract)).toEqual(atlas.nodes.filter((n) => n.attributes.kind === "paper").map((n) => (n.attributes.kind === "paper" ? n.attributes.abstract : "")));
    expect(Buffer.byteLength(read(dir, "atlas.json"))).toBeLessThan(Buffer.byteLength(read(dir, "graph.json")) / 3);
  });

  it("determinism: a second build, with worker threads and a cache, is byte-identical", async () => {
    await build(again, { workers: 2, cacheDir });
    const cached = await build(again, { workers: 2, cacheDir });
    expect(cached.cached, "cache: the second build extracts nothing").toBe(360);
    for (const file of ["graph.json", "atlas.json", "graph.gexf", "details/0.json"]) {
      expect(read(again, file) === read(dir, file), `determinism: ${file} identical`).toBe(true);
    }
  });
});

describe("overview: a graph past the browser limit", () => {
  const dir = scratchDir("atlas-overview");

  it("overview: communities as nodes, one file each holding every node once, and a search index over all", async () => {
    await build(dir, { overviewAbove: 100 });
    const full = JSON.parse(read(dir, "graph.json")) as SerializedAtlas;
    const overview = JSON.parse(read(dir, "atlas.json")) as OverviewAtlas;
    expect(overview.view).toBe("overview");
    const communities = overview.attributes.communities;
    expect(overview.communities.file).toHaveLength(communities.length);
    const seen = new Map<string, number>();
    for (const [i, file] of overview.communities.file.entries()) {
      const part = JSON.parse(read(dir, file)) as CompactAtlas;
      expect(part.view).toBe("community");
      expect(part.community).toBe(communities[i]!.id);
      expect(part.nodes.key.length, `overview: ${file} holds its community`).toBe(communities[i]!.size);
      expect(part.paperIndex).toHaveLength(part.paperCount);
      for (const key of part.nodes.key) seen.set(key, (seen.get(key) ?? 0) + 1);
    }
    expect(seen.size).toBe(full.nodes.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    const search = JSON.parse(read(dir, overview.search)) as SearchIndex;
    expect(new Set(search.key)).toEqual(new Set(full.nodes.map((n) => n.key)));
    for (let i = 0; i < overview.links.source.length; i++) expect(overview.links.source[i]).not.toBe(overview.links.target[i]);
    // Every link of the whole graph, in the search index's order, for paths that leave a community.
    const paths = JSON.parse(read(dir, overview.paths)) as PathIndex;
    expect(paths.edges).toBe(full.edges.length);
    expect(paths.degree).toHaveLength(search.key.length);
    // Each linked pair once, from its lower index, with the bits of every edge between the two.
    const at = new Map(search.key.map((key, i) => [key, i]));
    const expected = new Map<string, number>();
    for (const { source, target, attributes } of full.edges) {
      const [s, t] = [at.get(source)!, at.get(target)!];
      const bit = attributes.kind === "cites" ? (s < t ? 8 : 16) : { mentions: 1, cooccurs: 2, related: 4 }[attributes.kind];
      const pair = `${Math.min(s, t)}-${Math.max(s, t)}`;
      expected.set(pair, (expected.get(pair) ?? 0) | bit);
    }
    let low = 0;
    const decoded = paths.target.map((high, i) => [`${(low += paths.sourceDelta[i]!)}-${high}`, paths.links[i]!] as const);
    expect(new Map(decoded), "overview: paths.json holds the graph's links").toEqual(expected);
    expect(decoded.map(([pair]) => pair.split("-").map(Number)), "overview: pairs in order").toEqual(
      [...expected.keys()].map((pair) => pair.split("-").map(Number)).sort(([a, b], [c, d]) => a! - c! || b! - d!),
    );
    const kinds = new Set(decoded.map(([, links]) => links));
    expect(kinds.has(4 | 8) || kinds.has(4 | 16), "overview: a cited paper also related").toBe(true);
  });

  it("overview: a later build small enough to draw whole leaves none of the overview's files behind", async () => {
    await build(dir, { overviewAbove: 50_000 });
    for (const file of ["communities", "search.json", "paths.json"]) expect(existsSync(join(dir, file)), `overview: ${file}`).toBe(false);
    expect((JSON.parse(read(dir, "atlas.json")) as CompactAtlas).view).toBe("full");
  });
});
