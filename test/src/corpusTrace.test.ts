import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import type { PathIndex } from "../../graph/schema";
import type { AtlasGraph } from "../../src/data/atlas";
import { validatePathIndex } from "../../src/data/validate";
import { corpusLinks, traceCorpus, type CorpusLinks } from "../../src/trace/corpusTrace";
import { hopCost, pathOnGraph, tracePath } from "../../src/trace/path";
import { realAtlas, realOverview } from "./support/atlas-data";

/** What a path costs in the full explorer: the sum of its hops' costs. */
function costOf(graph: AtlasGraph, nodes: string[]): number {
  let cost = 0;
  for (let i = 0; i + 1 < nodes.length; i++) cost += hopCost(graph.degree(nodes[i]!), graph.degree(nodes[i + 1]!), graph.size);
  return cost;
}

describe("corpus trace: paths that leave a cluster of an overview", async () => {
  // The same bundled corpus, built whole and as an overview: the whole graph is the reference.
  const [{ graph }, overview] = await Promise.all([realAtlas(), realOverview()]);
  const [search, paths] = await Promise.all([overview.searchData(), overview.pathData()]);
  const links: CorpusLinks = corpusLinks(search, paths);

  it("corpus trace: the path index holds every link of the whole graph, with its kinds and each node's degree", () => {
    expect(search.key.length).toBe(graph.order);
    expect(paths.edges).toBe(graph.size);
    search.key.forEach((key, i) => expect(paths.degree[i], key).toBe(graph.degree(key)));
    const pairs = new Set<string>();
    graph.forEachEdge((_, a, source, target) => {
      pairs.add([source, target].sort().join("\u0000"));
      const [from, to] = [links.indexOf.get(source)!, links.indexOf.get(target)!];
      const at = [...links.neighbours.subarray(links.start[from]!, links.start[from + 1]!)].indexOf(to);
      expect(at, `${a.kind} ${source} -> ${target}`).toBeGreaterThanOrEqual(0);
      const bits = links.links[links.start[from]! + at]!;
      const bit = a.kind === "cites" ? ((from < to) === true ? 8 : 16) : { mentions: 1, cooccurs: 2, related: 4 }[a.kind];
      expect(bits & bit, `${a.kind} ${source} -> ${target}`).toBe(bit);
    });
    expect(paths.target.length).toBe(pairs.size);
    // Both ways, each list ascending: the reasons' intersections depend on it.
    expect(links.neighbours.length).toBe(2 * pairs.size);
    for (let node = 0; node < search.key.length; node++) {
      const list = links.neighbours.subarray(links.start[node]!, links.start[node + 1]!);
      for (let i = 1; i < list.length; i++) expect(list[i]!).toBeGreaterThan(list[i - 1]!);
    }
  });

  it("corpus trace: finds a path exactly when the full explorer does, at the same cost, through real links", () => {
    const rng = seedrandom("corpus-trace");
    const keys = search.key;
    let crossing = 0;
    for (let n = 0; n < 400; n++) {
      const from = keys[Math.floor(rng() * keys.length)]!;
      const to = keys[Math.floor(rng() * keys.length)]!;
      if (from === to) continue;
      const expected = tracePath(graph, from, to);
      const found = traceCorpus(links, from, to);
      expect(found === null, `${from} -> ${to}`).toBe(expected === null);
      if (!found || !expected) continue;
      expect(found.nodes[0]).toBe(from);
      expect(found.nodes.at(-1)).toBe(to);
      for (let i = 0; i + 1 < found.nodes.length; i++) expect(graph.areNeighbors(found.nodes[i]!, found.nodes[i + 1]!)).toBe(true);
      expect(found.cost).toBeCloseTo(costOf(graph, expected.nodes), 9);
      expect(found.cost).toBeCloseTo(costOf(graph, found.nodes), 9);
      if (new Set(found.nodes.map((key) => graph.getNodeAttribute(key, "community"))).size > 1) crossing++;
    }
    // The point of it: most random pairs lie in different clusters.
    expect(crossing).toBeGreaterThan(150);
  });

  it("corpus trace: explains each hop as the full explorer does", () => {
    const rng = seedrandom("corpus-reasons");
    const kinds = new Set<string>();
    for (let n = 0; n < 60; n++) {
      const from = search.key[Math.floor(rng() * search.key.length)]!;
      const to = search.key[Math.floor(rng() * search.key.length)]!;
      for (const hop of traceCorpus(links, from, to)?.hops ?? []) {
        // Two linked nodes: the full explorer's path between them is that one hop.
        const [reference] = tracePath(graph, hop.from, hop.to)!.hops;
        const byKind = (reasons: typeof hop.reasons) => [...reasons].sort((a, b) => a.kind.localeCompare(b.kind) || JSON.stringify(a).localeCompare(JSON.stringify(b)));
        const found = byKind(hop.reasons);
        const expected = byKind(reference!.reasons);
        expect(found.map((r) => r.kind)).toEqual(expected.map((r) => r.kind));
        found.forEach((reason, i) => {
          const other = expected[i]!;
          kinds.add(reason.kind);
          if (reason.kind === "related" && other.kind === "related") {
            // The builder names the entities that make the link; the index gives every entity both mention.
            for (const entity of reason.shared) expect(graph.areNeighbors(hop.from, entity) && graph.areNeighbors(hop.to, entity)).toBe(true);
            expect(reason.shared.length).toBeGreaterThan(0);
          } else if (reason.kind === "cites" && other.kind === "cites") {
            expect([reason.citing, reason.cited]).toEqual([other.citing, other.cited]);
          } else if (reason.kind === "mentions" && other.kind === "mentions") {
            expect([reason.paper, reason.entity]).toEqual([other.paper, other.entity]);
          } else {
            expect(reason).toEqual(other);
          }
        });
      }
    }
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["mentions", "related"]));
  });

  it("corpus trace: one cluster's map shows the part of a corpus path it holds, with the links between its consecutive nodes", async () => {
    const rng = seedrandom("corpus-part");
    let parts = 0;
    for (let n = 0; n < 20; n++) {
      const path = traceCorpus(links, search.key[Math.floor(rng() * search.key.length)]!, search.key[Math.floor(rng() * search.key.length)]!);
      if (!path) continue;
      const community = search.community[links.indexOf.get(path.nodes[0]!)!]!;
      const { graph: cluster } = await overview.open(community);
      const part = pathOnGraph(cluster, path.nodes)!;
      expect(part.nodes).toEqual(path.nodes.filter((key) => cluster.hasNode(key)));
      const joined = new Set(part.edges.flatMap((edge) => [cluster.source(edge), cluster.target(edge)]));
      path.nodes.forEach((key, i) => {
        const next = path.nodes[i + 1];
        if (next !== undefined && cluster.hasNode(key) && cluster.hasNode(next)) expect(joined.has(key) && joined.has(next)).toBe(true);
      });
      if (part.nodes.length < path.nodes.length) parts++;
    }
    expect(parts).toBeGreaterThan(5);
    const { graph: cluster } = await overview.open(overview.communities[0]!.info.id);
    expect(pathOnGraph(cluster, ["p:not-in-this-corpus"])).toBeNull();
  });
});

describe("corpus trace: a path index is checked before use", () => {
  const valid: PathIndex = { edges: 3, degree: [2, 2, 2], sourceDelta: [0, 0, 1], target: [1, 2, 2], links: [1, 4, 9] };
  const rows: [string, PathIndex | unknown, RegExp | null][] = [
    ["a valid index", valid, null],
    ["not an object", [], /expected a path index/],
    ["a degree per node", { ...valid, degree: [2, 2] }, /degree: expected 3 entries, found 2/],
    ["a target above its source", { ...valid, target: [1, 0, 2] }, /target\[1\]: expected a node index above its source's/],
    ["a target below the node count", { ...valid, target: [1, 2, 3] }, /target\[2\]/],
    ["link bits", { ...valid, links: [1, 0, 9] }, /links\[1\]: expected a set of link bits/],
    ["parallel arrays", { ...valid, links: [1, 4] }, /links: expected 3 entries/],
    ["a count of edges", { ...valid, edges: -1 }, /edges: expected a count/],
  ];
  it.each(rows)("corpus trace: %s", (_name, json, problem) => {
    if (problem === null) expect(validatePathIndex(json, 3)).toBe(json);
    else expect(() => validatePathIndex(json, 3)).toThrow(problem);
  });
});
