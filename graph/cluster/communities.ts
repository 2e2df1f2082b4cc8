import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { AtlasGraph } from "../link/assemble.ts";
import type { EdgeKind } from "../schema.ts";

export interface CommunityOptions {
  rng: () => number;
  resolution: number;
}

/**
 * How much each kind of link pulls its ends into one community: a related link
 * is the strongest evidence two papers belong together; co-occurrence only
 * groups entities.
 */
const KIND_WEIGHT: Record<EdgeKind, number> = { mentions: 1, related: 3, cites: 2, cooccurs: 1 };

/**
 * Louvain over an undirected projection of the mixed graph (Louvain does not
 * run on mixed graphs). Returns node -> community, numbered by size, largest
 * first, ties broken by first node, so the numbering is stable.
 */
export function detectCommunities(graph: AtlasGraph, options: CommunityOptions): Map<string, number> {
  const projection = new Graph({ type: "undirected" });
  graph.forEachNode((node) => projection.addNode(node));
  graph.forEachEdge((_, attributes, source, target) => {
    const weight = attributes.weight * KIND_WEIGHT[attributes.kind];
    projection.updateUndirectedEdge(source, target, (attr: { weight?: number }) => ({ weight: (attr.weight ?? 0) + weight }));
  });
  const raw = louvain(projection, { rng: options.rng, resolution: options.resolution, getEdgeWeight: "weight" });

  const members = new Map<number, string[]>();
  graph.forEachNode((node) => {
    const c = raw[node]!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  });
  const order = new Map(graph.nodes().map((node, i) => [node, i]));
  const ranked = [...members.values()].sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!);
  const result = new Map<string, number>();
  ranked.forEach((nodes, id) => nodes.forEach((node) => result.set(node, id)));
  return result;
}
