import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import { subgraph } from "graphology-operators";
import type { AtlasGraph } from "../link/assemble.ts";
import type { EdgeKind } from "../schema.ts";
import { settleInPasses } from "../passes.ts";

export interface CommunityOptions {
  rng: () => number;
  resolution: number;
  /**
   * Communities larger than this are split again (Louvain on their own
   * subgraph at a higher resolution), so that any one community can be opened
   * in a browser on its own.
   */
  maxSize: number;
  /** Smaller communities (isolated papers, pairs) are grouped as one "unclustered" community, listed last. */
  minSize: number;
}

export interface Communities {
  assignment: Map<string, number>;
  /** Id of the unclustered group, when there is one. */
  unclustered?: number;
}

export const DEFAULT_COMMUNITY_SIZES = { maxSize: 15_000, minSize: 3 };

/**
 * How much each kind of link pulls its ends into one community: a related link
 * is the strongest evidence two papers belong together; co-occurrence only
 * groups entities.
 */
const KIND_WEIGHT: Record<EdgeKind, number> = { mentions: 1, related: 3, cites: 2, cooccurs: 1 };

type Projection = Graph<Record<string, never>, { weight: number }>;

/** Louvain does not run on mixed graphs: an undirected, weighted projection does. */
function project(graph: AtlasGraph): Projection {
  const projection: Projection = new Graph({ type: "undirected" });
  graph.forEachNode((node) => projection.addNode(node));
  // Summed per pair first: updating graphology edges one by one dominates on a million edges.
  const pairs = new Map<string, { source: string; target: string; weight: number }>();
  graph.forEachEdge((_, attributes, source, target) => {
    const weight = attributes.weight * KIND_WEIGHT[attributes.kind];
    const [a, b] = source < target ? [source, target] : [target, source];
    const pair = `${a}\u0000${b}`;
    const seen = pairs.get(pair);
    if (seen) seen.weight += weight;
    else pairs.set(pair, { source: a, target: b, weight });
  });
  for (const { source, target, weight } of pairs.values()) projection.addUndirectedEdge(source, target, { weight });
  return projection;
}

function groups(assignment: Record<string, number>, nodes: string[]): string[][] {
  const members = new Map<number, string[]>();
  for (const node of nodes) {
    const c = assignment[node]!;
    const list = members.get(c);
    if (list) list.push(node);
    else members.set(c, [node]);
  }
  return [...members.values()];
}

/** Splits an oversized community; gives up (keeps it whole) when Louvain finds no finer structure. */
function split(projection: Projection, nodes: string[], options: CommunityOptions, resolution: number): string[][] {
  if (nodes.length <= options.maxSize || resolution > options.resolution * 64) return [nodes];
  const part = subgraph(projection, nodes) as Projection;
  const parts = groups(louvain(part, { rng: options.rng, resolution, getEdgeWeight: "weight" }), nodes);
  if (parts.length === 1) return split(projection, nodes, options, resolution * 2);
  return parts.flatMap((p) => split(projection, p, options, resolution * 2));
}

/**
 * Returns node -> community, numbered by size, largest first, ties broken by
 * first node, so the numbering is stable.
 */
export function detectCommunities(graph: AtlasGraph, options: CommunityOptions): Communities {
  const projection = project(graph);
  const raw = louvain(projection, { rng: options.rng, resolution: options.resolution, getEdgeWeight: "weight" });
  const nodes = graph.nodes();
  const found = groups(raw, nodes).flatMap((members) => split(projection, members, options, options.resolution * 2));
  const order = new Map(nodes.map((node, i) => [node, i]));
  const real = found.filter((members) => members.length >= options.minSize);
  const leftover = found.filter((members) => members.length < options.minSize).flat();
  for (const members of real) members.sort((a, b) => order.get(a)! - order.get(b)!);
  real.sort((a, b) => b.length - a.length || order.get(a[0]!)! - order.get(b[0]!)!);
  const assignment = new Map<string, number>();
  real.forEach((members, id) => members.forEach((node) => assignment.set(node, id)));
  if (!leftover.length) return { assignment };
  for (const node of leftover) assignment.set(node, real.length);
  return { assignment, unclustered: real.length };
}

/**
 * Communities for a graph that grew from one clustered before (`atlas build --update`): the
 * nodes keep their communities, so the clusters and colours a reader knows stay. A new node
 * joins the community its links weigh most towards, as Louvain weighs them, in passes so that
 * chains of new nodes follow; one linked to no clustered node is unclustered.
 */
export function extendCommunities(graph: AtlasGraph, previous: Communities): Communities {
  const assignment = new Map<string, number>();
  const pending: string[] = [];
  graph.forEachNode((node) => {
    const community = previous.assignment.get(node);
    if (community === undefined) pending.push(node);
    else assignment.set(node, community);
  });
  let highest = -1;
  for (const community of assignment.values()) highest = Math.max(highest, community);
  const strongestPull = (node: string): number | undefined => {
    const pull = new Map<number, number>();
    graph.forEachEdge(node, (_, attributes, source, target) => {
      const community = assignment.get(source === node ? target : source);
      if (community !== undefined) pull.set(community, (pull.get(community) ?? 0) + attributes.weight * KIND_WEIGHT[attributes.kind]);
    });
    let best: [community: number, weight: number] | undefined;
    for (const [community, weight] of pull) {
      if (!best || weight > best[1] || (weight === best[1] && community < best[0])) best = [community, weight];
    }
    return best?.[0];
  };
  const unassigned = settleInPasses(pending, strongestPull, (node, community) => assignment.set(node, community));
  if (unassigned.length === 0) {
    const unclustered = previous.unclustered;
    return unclustered !== undefined && [...assignment.values()].includes(unclustered) ? { assignment, unclustered } : { assignment };
  }
  const unclustered = previous.unclustered ?? highest + 1;
  for (const node of unassigned) assignment.set(node, unclustered);
  return { assignment, unclustered };
}
