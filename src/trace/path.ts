import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/dijkstra";
import type { AtlasGraph } from "../data/atlas";
import { highlightEntities } from "../panels/highlight";

export type HopReason =
  | { kind: "mentions"; paper: string; entity: string; inTitle: boolean }
  | { kind: "related"; shared: string[] }
  | { kind: "cites"; citing: string; cited: string; via: string[] }
  | { kind: "cooccurs"; count: number };

export interface Hop {
  from: string;
  to: string;
  reasons: HopReason[];
}

export interface TraceResult {
  /** From the first endpoint to the second. */
  nodes: string[];
  /** Every edge of the graph joining two consecutive nodes of the path. */
  edges: string[];
  hops: Hop[];
}

interface Cost {
  cost: number;
}

const skeletons = new WeakMap<AtlasGraph, UndirectedGraph<Record<string, never>, Cost>>();

/** How much of a hub a node of this degree is in a graph of `edges` edges, from 0 to 1. */
export function hubness(degree: number, edges: number): number {
  return Math.log1p(degree) / Math.log1p(Math.max(1, edges));
}

/** A hop between nodes of this hubness: see skeletonOf. */
export function hopCostOf(hubnessA: number, hubnessB: number): number {
  return 1 + 0.01 * (hubnessA + hubnessB);
}

export function hopCost(degreeA: number, degreeB: number, edges: number): number {
  return hopCostOf(hubness(degreeA, edges), hubness(degreeB, edges));
}

/**
 * Connections read both ways (a paper mentions an entity, so the entity leads
 * back to the paper), with parallel links merged. Each hop costs 1 plus a
 * penalty below 1/10 for touching hubs, so among the shortest paths the one
 * through specific entities wins over "Large Language Models".
 */
function skeletonOf(graph: AtlasGraph) {
  let skeleton = skeletons.get(graph);
  if (skeleton) return skeleton;
  skeleton = new UndirectedGraph<Record<string, never>, Cost>();
  graph.forEachNode((node) => skeleton!.addNode(node));
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target || skeleton!.hasEdge(source, target)) return;
    skeleton!.addEdge(source, target, { cost: hopCost(graph.degree(source), graph.degree(target), graph.size) });
  });
  skeletons.set(graph, skeleton);
  return skeleton;
}

/** The shortest path between two nodes with the reasons for each hop, or null when they are not connected. */
export function tracePath(graph: AtlasGraph, from: string, to: string): TraceResult | null {
  if (!graph.hasNode(from) || !graph.hasNode(to)) return null;
  if (from === to) return { nodes: [from], edges: [], hops: [] };
  const nodes = bidirectional(skeletonOf(graph), from, to, "cost");
  if (!nodes || nodes.length === 0) return null;
  const edges: string[] = [];
  const hops: Hop[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const a = nodes[i]!;
    const b = nodes[i + 1]!;
    const between = edgesBetween(graph, a, b);
    edges.push(...between);
    hops.push({ from: a, to: b, reasons: between.map((edge) => reasonOf(graph, edge)) });
  }
  return { nodes, edges, hops };
}

/**
 * The part of a path through a larger corpus that this graph holds: its nodes here, and the
 * edges joining consecutive ones; null when none is here. Hops are the caller's to describe.
 */
export function pathOnGraph(graph: AtlasGraph, nodes: string[]): TraceResult | null {
  const here = nodes.filter((node) => graph.hasNode(node));
  if (here.length === 0) return null;
  const edges: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    if (graph.hasNode(nodes[i]!) && graph.hasNode(nodes[i + 1]!)) edges.push(...edgesBetween(graph, nodes[i]!, nodes[i + 1]!));
  }
  return { nodes: here, edges, hops: [] };
}

function edgesBetween(graph: AtlasGraph, a: string, b: string): string[] {
  return [...new Set([...graph.edges(a, b), ...graph.edges(b, a)])];
}

function reasonOf(graph: AtlasGraph, edge: string): HopReason {
  const attributes = graph.getEdgeAttributes(edge);
  const source = graph.source(edge);
  const target = graph.target(edge);
  switch (attributes.kind) {
    case "mentions":
      return { kind: "mentions", paper: source, entity: target, inTitle: inTitle(graph, source, target) };
    case "related":
      return { kind: "related", shared: attributes.shared };
    case "cites":
      return { kind: "cites", citing: source, cited: target, via: attributes.via };
    case "cooccurs":
      return { kind: "cooccurs", count: papersMentioningBoth(graph, source, target) };
  }
}

/** Whether the paper's title names the entity, by any of its forms (the compact data keeps no flag). */
function inTitle(graph: AtlasGraph, paper: string, entity: string): boolean {
  const attributes = graph.getNodeAttributes(entity);
  const forms = [attributes.label, ...(attributes.kind === "entity" ? attributes.aliases : [])];
  return highlightEntities(graph.getNodeAttribute(paper, "label"), [{ key: entity, forms }]).some((segment) => segment.key !== undefined);
}

function papersMentioningBoth(graph: AtlasGraph, a: string, b: string): number {
  const papers = new Set<string>();
  graph.forEachInEdge(a, (_edge, attributes, source) => {
    if (attributes.kind === "mentions") papers.add(source);
  });
  let count = 0;
  graph.forEachInEdge(b, (_edge, attributes, source) => {
    if (attributes.kind === "mentions" && papers.has(source)) count++;
  });
  return count;
}

/** One sentence per reason, e.g. "«A» cites «B» for FlashAttention". */
export function describeReason(reason: HopReason, labelOf: (key: string) => string, hop: Hop): string {
  const quote = (key: string) => `“${labelOf(key)}”`;
  const list = (keys: string[]) => keys.map(labelOf).join(", ");
  switch (reason.kind) {
    case "mentions":
      return `${quote(reason.paper)} mentions ${labelOf(reason.entity)}${reason.inTitle ? " in its title" : ""}`;
    case "related":
      return reason.shared.length > 0 ? `the papers share ${list(reason.shared)}` : "the papers are related";
    case "cites":
      return `${quote(reason.citing)} cites ${quote(reason.cited)}${reason.via.length > 0 ? ` for ${list(reason.via)}` : ""}`;
    case "cooccurs":
      return `${labelOf(hop.from)} and ${labelOf(hop.to)} appear together in ${reason.count} paper${reason.count === 1 ? "" : "s"}`;
  }
}
