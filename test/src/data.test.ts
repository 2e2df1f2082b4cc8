import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import type { CompactAtlas } from "../../graph/schema";
import { AtlasLoadError, BUILD_COMMAND, loadData, type Fetch } from "../../src/data/load";
import { fixtureData, fixtureDetails } from "./support/fixture";
import { builtDataDir, fileFetch, realAtlas, realGraphJson, realOverview } from "./support/atlas-data";

/** A static host holding the given files. */
const host = (files: Record<string, string>): Fetch => (url) =>
  Promise.resolve(url in files ? new Response(files[url]) : new Response("not found", { status: 404 }));

const fixtureFiles = (atlas: string = JSON.stringify(fixtureData())) => ({
  "./data/atlas.json": atlas,
  ...Object.fromEntries(fixtureDetails().map((chunk, i) => [`./data/details/${i}.json`, JSON.stringify(chunk)])),
});

async function loadError(fetchImpl: Fetch): Promise<AtlasLoadError> {
  const error = await loadData("./data/atlas.json", fetchImpl).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AtlasLoadError);
  return error as AtlasLoadError;
}

describe("data: the real graph of the bundled corpus, read from atlas.json", async () => {
  const [atlas, graphJson] = await Promise.all([realAtlas(), realGraphJson()]);
  const { graph } = atlas;

  it("holds every node and edge the builder counted", () => {
    const { corpus, stats } = atlas;
    expect(graph.order).toBe(corpus.papers + corpus.entities);
    expect(graph.size).toBe(Object.values(corpus.edgesByKind).reduce((a, b) => a + b, 0));
    expect(stats).toEqual(corpus);
    expect(atlas.scope).toEqual({ view: "full" });
  });

  it("keys edges by array index, in order, which keeps sigma's per-edge objects arrays", () => {
    expect(graph.edges()).toEqual(Array.from({ length: graph.size }, (_, i) => String(i)));
  });

  it("says of every node what graph.json says, counts and dates of entities included", () => {
    for (const { key, attributes: a } of graphJson.nodes) {
      const b = graph.getNodeAttributes(key);
      expect(b).toMatchObject({ kind: a.kind, label: a.label, community: a.community });
      expect(b.x).toBeCloseTo(a.x, 0);
      expect(b.y).toBeCloseTo(a.y, 0);
      if (a.kind === "entity" && b.kind === "entity")
        expect([b.type, b.aliases, b.paperCount, b.firstDate, b.lastDate]).toEqual([a.type, a.aliases, a.paperCount, a.firstDate, a.lastDate]);
      else if (a.kind === "paper" && b.kind === "paper") expect([b.date, b.authorsCount]).toEqual([a.date, a.authorsCount]);
      else throw new Error(`${key}: ${a.kind} read as ${b.kind}`);
    }
  });

  it("has graph.json's edges, with their explanations", () => {
    for (const { source, target, attributes } of graphJson.edges) {
      const edges = graph.edges(source, target).map((edge) => graph.getEdgeAttributes(edge)).filter((e) => e.kind === attributes.kind);
      expect(edges, `${attributes.kind} ${source} -> ${target}`).toHaveLength(1);
      if (attributes.kind === "related") expect(edges[0]).toMatchObject({ shared: attributes.shared });
      if (attributes.kind === "cites") expect(edges[0]).toMatchObject({ via: attributes.via });
    }
  });

  it("fetches each paper's abstract and links from its details chunk", async () => {
    const papers = graphJson.nodes.filter((node) => node.attributes.kind === "paper");
    // The first, one past a chunk boundary, and the last.
    for (const node of [papers[0]!, papers[257] ?? papers[1]!, papers.at(-1)!]) {
      const details = await atlas.detailsOf(node.key);
      const a = node.attributes as Extract<typeof node.attributes, { kind: "paper" }>;
      expect(details.abstract).toBe(a.abstract);
      expect(details.url).toBe(a.url);
      expect(new Set(details.entities)).toEqual(new Set(graph.outNeighbors(node.key)));
    }
    await expect(atlas.detailsOf("e:not-a-paper")).rejects.toThrow(/not a paper/);
  });
});

describe("data: the overview of a graph too large to draw at once", async () => {
  const [overview, graphJson] = await Promise.all([realOverview(), realGraphJson("overview")]);
  const paperKeys = graphJson.nodes.filter((n) => n.attributes.kind === "paper").map((n) => n.key);

  it("has one node per community, which opens into that community's own graph", async () => {
    expect(overview.communities.length).toBe(overview.corpus.communities);
    let papers = 0;
    let nodes = 0;
    for (const { info } of overview.communities) {
      const atlas = await overview.open(info.id);
      expect(atlas.scope).toEqual({ view: "community", community: info });
      expect(atlas.graph.order).toBe(info.size);
      atlas.graph.forEachNode((_key, attributes) => expect(attributes.community).toBe(info.id));
      papers += atlas.stats.papers;
      nodes += atlas.graph.order;
    }
    expect(papers).toBe(overview.corpus.papers);
    expect(nodes).toBe(graphJson.nodes.length);
    expect(overview.open(overview.communities[0]!.info.id)).toBe(overview.open(overview.communities[0]!.info.id));
  });

  it("reaches every paper: the search index lists it with its community, whose graph has its details", async () => {
    const search = await overview.searchData();
    expect(new Set(search.key)).toEqual(new Set(graphJson.nodes.map((n) => n.key)));
    const communityOf = new Map(search.key.map((key, i) => [key, search.community[i]!]));
    const abstractOf = new Map(graphJson.nodes.map((n) => [n.key, n.attributes.kind === "paper" ? n.attributes.abstract : ""]));
    for (const key of [paperKeys[0]!, paperKeys[300] ?? paperKeys[1]!, paperKeys.at(-1)!]) {
      const atlas = await overview.open(communityOf.get(key)!);
      expect(atlas.graph.hasNode(key)).toBe(true);
      expect((await atlas.detailsOf(key)).abstract).toBe(abstractOf.get(key));
    }
  });

  it("fetches the path index alongside the search index, not after it, and checks it against it", async () => {
    const dir = await builtDataDir("overview");
    const requested: string[] = [];
    let releaseSearch!: () => void;
    const searchHeld = new Promise<void>((resolve) => (releaseSearch = resolve));
    const heldFetch: Fetch = async (path) => {
      requested.push(basename(path));
      if (basename(path) === "search.json") await searchHeld;
      return fileFetch(path);
    };
    const loaded = await loadData(join(dir, "atlas.json"), heldFetch);
    if (loaded.kind !== "overview") throw new Error("the overview build should write an overview");
    const paths = loaded.overview.pathData();
    await expect.poll(() => requested).toContain("paths.json");
    expect(requested, "data: search.json still on its way").toContain("search.json");
    releaseSearch();
    const [index, search] = await Promise.all([paths, loaded.overview.searchData()]);
    expect(index.degree).toHaveLength(search.key.length);
  });

  it("links communities by the edges between their members", () => {
    expect(overview.links.length).toBeGreaterThan(0);
    for (const link of overview.links) {
      expect(overview.community(link.source)).toBeDefined();
      expect(overview.community(link.target)).toBeDefined();
      expect(link.weight).toBeGreaterThan(0);
    }
  });
});

describe("data: what is refused, and how it is explained", () => {
  const withChange = (change: (data: CompactAtlas) => void) => {
    const data = fixtureData();
    change(data);
    return host(fixtureFiles(JSON.stringify(data)));
  };

  it.each<[string, Fetch, AtlasLoadError["problem"], RegExp]>([
    ["a 404", host({}), "missing", /No graph data at \.\/data\/atlas\.json \(HTTP 404\)/],
    ["the dev server's index.html instead of data", host({ "./data/atlas.json": "<!doctype html><html></html>" }), "missing", /HTML page/],
    ["truncated JSON", host({ "./data/atlas.json": '{"format": "paper-atlas/compact", "nodes": {' }), "invalid", /not valid JSON/],
    ["another schema version", withChange((d) => ((d as { schemaVersion: number }).schemaVersion = 3)), "version", /schema version 3.*reads version 2/],
    ["no schema version", withChange((d) => delete (d as Partial<CompactAtlas>).schemaVersion), "version", /schema version undefined/],
    ["graph.json's format where atlas.json's is expected", withChange((d) => delete (d as Partial<CompactAtlas>).format), "invalid", /format: expected "paper-atlas\/compact"/],
    ["a node without coordinates", withChange((d) => d.nodes.x.pop()), "invalid", /nodes\.x: expected 9 entries, found 8/],
    ["a NaN position", withChange((d) => (d.nodes.y[2] = null as unknown as number)), "invalid", /nodes\.y\[2\]: expected a finite number/],
    ["an unknown entity type", withChange((d) => (d.nodes.type[1] = 42)), "invalid", /nodes\.type\[1\]: expected an index into typeNames/],
    ["a type name the explorer does not know", withChange((d) => ((d.typeNames as string[])[0] = "gadget")), "invalid", /typeNames\[0\]/],
    ["an edge to a missing node", withChange((d) => (d.edges.cooccurs.target[0] = 99)), "invalid", /edges\.cooccurs\.target\[0\]/],
    ["a mention from an entity", withChange((d) => (d.edges.mentions.sourceDelta[0] = 5)), "invalid", /edges\.mentions\.sourceDelta\[0\]: expected paper -> entity indices once summed/],
    ["source deltas summing below the first node", withChange((d) => (d.edges.related.sourceDelta[0] = -1)), "invalid", /edges\.related\.sourceDelta\[0\]: expected paper indices once summed/],
    ["a fractional source delta", withChange((d) => (d.edges.cites.sourceDelta[0] = 1.5)), "invalid", /edges\.cites\.sourceDelta\[0\]: expected an integer/],
    ["a duplicate node key", withChange((d) => (d.nodes.key[1] = d.nodes.key[0]!)), "invalid", /nodes\.key\[1\]: duplicate key "p:1"/],
    ["a related edge without its explanation", withChange((d) => d.edges.related.shared.pop()), "invalid", /edges\.related\.shared: expected 1 entries, found 0/],
    ["two identical links", withChange((d) => { d.edges.cooccurs.sourceDelta.push(0); d.edges.cooccurs.target.push(5); d.edges.cooccurs.weight.push(1); }), "invalid", /could not be read/],
    ["a non-object", host({ "./data/atlas.json": "[1, 2]" }), "invalid", /not a JSON object/],
    ["categories kept that are not a list of names", withChange((d) => Object.assign(d.attributes.input, { selection: { categories: "cs.CL" } })), "invalid", /attributes\.input\.selection: expected the categories and dates/],
    ["a date kept that is not a string", withChange((d) => Object.assign(d.attributes.input, { selection: { since: 2025 } })), "invalid", /attributes\.input\.selection/],
  ])("%s", async (_name, fetchImpl, problem, message) => {
    const error = await loadError(fetchImpl);
    expect(error.problem).toBe(problem);
    expect(error.message).toMatch(message);
    expect(error.hint).toContain(BUILD_COMMAND);
  });

  it("reports a failed fetch as missing data", async () => {
    const error = await loadError(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(error).toMatchObject({ problem: "missing", message: expect.stringMatching(/Failed to fetch/) });
  });

  it("accepts the fixture as the builder would write it, and types its edges", async () => {
    const loaded = await loadData("./data/atlas.json", host(fixtureFiles()));
    if (loaded.kind !== "full") throw new Error("expected a full graph");
    const { graph } = loaded.atlas;
    expect(graph.order).toBe(9);
    expect(graph.isDirected(graph.edge("p:3", "p:1")!)).toBe(true);
    expect(graph.isUndirected(graph.edge("p:1", "p:2")!)).toBe(true);
    expect(graph.getNodeAttributes("e:flash")).toMatchObject({ paperCount: 2, firstDate: "2023-01-10", lastDate: "2025-02-01" });
    expect(graph.getNodeAttributes("e:island")).toMatchObject({ paperCount: 0 });
    expect(graph.getNodeAttributes("e:island")).not.toHaveProperty("firstDate");
    expect((await loaded.atlas.detailsOf("p:3")).abstract).toBe("LLMs scale with FlashAttention.");
  });

  it("a missing details chunk fails the one paper, not the map", async () => {
    const files: Record<string, string> = fixtureFiles();
    delete files["./data/details/1.json"];
    const loaded = await loadData("./data/atlas.json", host(files));
    if (loaded.kind !== "full") throw new Error("expected a full graph");
    expect((await loaded.atlas.detailsOf("p:1")).abstract).toMatch(/FlashAttention/);
    await expect(loaded.atlas.detailsOf("p:3")).rejects.toMatchObject({ problem: "missing", message: expect.stringMatching(/details\/1\.json/) });
  });
});
