import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { describe, expect, it } from "vitest";
import type { AtlasGraph } from "../../src/data/atlas";
import { describeReason, tracePath, type Hop, type HopReason } from "../../src/trace/path";
import { fixtureAtlas } from "./support/fixture";
import { realAtlas } from "./support/atlas-data";

/** Reference answer: plain BFS on the graph read as undirected. */
function shortestLength(graph: AtlasGraph, from: string, to: string): number | null {
  const undirected = new UndirectedGraph();
  graph.forEachNode((node) => undirected.addNode(node));
  graph.forEachEdge((_e, _a, source, target) => undirected.mergeEdge(source, target));
  const path = bidirectional(undirected, from, to);
  return path ? path.length - 1 : null;
}

describe("trace on the fixture", () => {
  const { graph } = fixtureAtlas();
  const labelOf = (key: string) => graph.getNodeAttribute(key, "label");

  it("follows mentions against their direction and explains each hop", () => {
    const path = tracePath(graph, "e:llm", "e:metrique");
    expect(path).toBeNull();
    const trace = tracePath(graph, "e:llm", "p:1")!;
    expect(trace.nodes).toHaveLength(3);
    expect(trace.hops.map((hop) => hop.reasons.map((r) => r.kind))).toEqual(
      trace.nodes[1] === "p:2" ? [["mentions"], ["related"]] : [["mentions"], ["cites"]],
    );
  });

  it("lists every link between two consecutive nodes", () => {
    const trace = tracePath(graph, "e:h100", "e:flash")!;
    expect(trace.nodes).toEqual(["e:h100", "e:flash"]);
    expect(trace.edges).toEqual([graph.edge("e:h100", "e:flash")]);
    expect(trace.hops[0]!.reasons).toEqual([{ kind: "cooccurs", count: 1 }]);
  });

  it("a node to itself is a path of no hops", () => {
    expect(tracePath(graph, "p:1", "p:1")).toEqual({ nodes: ["p:1"], edges: [], hops: [] });
  });

  it.each([
    ["unknown start", "e:nope", "p:1"],
    ["unknown end", "p:1", "e:nope"],
    ["disconnected", "e:island", "p:1"],
  ])("no path: %s", (_name, from, to) => {
    expect(tracePath(graph, from, to)).toBeNull();
  });

  const hop: Hop = { from: "e:h100", to: "e:flash", reasons: [] };
  it.each<[HopReason, string]>([
    [{ kind: "mentions", paper: "p:1", entity: "e:h100", inTitle: true }, "“Fast attention kernels on H100” mentions H100 in its title"],
    [{ kind: "mentions", paper: "p:2", entity: "e:llm", inTitle: false }, "“Serving large language models on H100 clusters” mentions Large Language Models"],
    [{ kind: "related", shared: ["e:h100", "e:flash"] }, "the papers share H100, FlashAttention"],
    [{ kind: "cites", citing: "p:3", cited: "p:1", via: ["e:flash"] }, "“Long-context LLMs with FlashAttention” cites “Fast attention kernels on H100” for FlashAttention"],
    [{ kind: "cooccurs", count: 1 }, "H100 and FlashAttention appear together in 1 paper"],
    [{ kind: "cooccurs", count: 4 }, "H100 and FlashAttention appear together in 4 papers"],
  ])("describes %j", (reason, text) => {
    expect(describeReason(reason, labelOf, hop)).toBe(text);
  });
});

describe("trace on the real graph", async () => {
  const { graph } = await realAtlas();
  // The best-connected entities: any two of them should be linked through papers.
  const hubs = graph
    .filterNodes((_key, attributes) => attributes.kind === "entity")
    .sort((a, b) => graph.degree(b) - graph.degree(a))
    .slice(0, 6);
  const pairs = hubs.flatMap((a, i) => hubs.slice(i + 1).map((b) => [a, b] as const));

  it.each(pairs)("%s -> %s is a shortest path, hop by hop explained", (from, to) => {
    const expected = shortestLength(graph, from, to);
    const trace = tracePath(graph, from, to);
    if (expected === null) return expect(trace).toBeNull();
    expect(trace).not.toBeNull();
    const { nodes, hops, edges } = trace!;
    expect(nodes[0]).toBe(from);
    expect(nodes.at(-1)).toBe(to);
    expect(nodes.length - 1).toBe(expected);
    expect(new Set(nodes).size).toBe(nodes.length);
    expect(hops).toHaveLength(nodes.length - 1);
    for (const hop of hops) {
      expect(hop.reasons.length).toBeGreaterThan(0);
      expect(graph.areNeighbors(hop.from, hop.to)).toBe(true);
    }
    for (const edge of edges) expect(nodes).toContain(graph.source(edge));
  });

  it("some pair of hubs is actually connected", () => {
    expect(pairs.some(([a, b]) => tracePath(graph, a, b) !== null)).toBe(true);
  });
});
