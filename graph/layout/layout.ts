import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { AtlasGraph } from "../link/assemble.ts";

export interface LayoutOptions {
  rng: () => number;
  /** Wall-clock budget in seconds, turned into an iteration count by a fixed cost model so the result stays deterministic. */
  seconds: number;
  minIterations: number;
  maxIterations: number;
}

export const DEFAULT_LAYOUT: Omit<LayoutOptions, "rng"> = { seconds: 20, minIterations: 60, maxIterations: 600 };

export type Positions = Map<string, { x: number; y: number }>;

/**
 * Seconds per ForceAtlas2 iteration with Barnes-Hut, measured on a 2-core machine
 * (about 0.1 s at 15k nodes). A model, not a clock: timing the run itself would
 * make the iteration count, and so the layout, differ between runs.
 */
export function iterationCost(nodes: number, edges: number): number {
  return 5e-7 * nodes * Math.log2(Math.max(2, nodes)) + 1e-7 * edges;
}

export function iterationsFor(nodes: number, edges: number, options: Omit<LayoutOptions, "rng">): number {
  const affordable = Math.floor(options.seconds / iterationCost(nodes, edges));
  return Math.max(options.minIterations, Math.min(options.maxIterations, affordable));
}

/** Size used to keep nodes apart; the explorer sizes nodes by degree the same way. */
export function nodeRadius(degree: number): number {
  return 2 + 1.5 * Math.sqrt(degree);
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * ForceAtlas2 then noverlap, computed once at build time so the browser never
 * runs a layout. Entities of a single paper are not laid out by forces: they
 * ring their paper afterwards, which keeps the force simulation to the nodes
 * that shape the map and makes it several times cheaper.
 * Start positions are seeded by community (a phyllotaxis of community centres),
 * so the forces start near their answer and need fewer iterations.
 */
export function computeLayout(graph: AtlasGraph, communities: Map<string, number>, options: LayoutOptions): Positions {
  const leafOf = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind === "entity" && graph.degree(node) === 1) leafOf.set(node, graph.neighbors(node)[0]!);
  });

  const core = new Graph({ type: "undirected" });
  const sizes = new Map<number, number>();
  for (const c of communities.values()) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const centres = new Map<number, { x: number; y: number; r: number }>();
  let area = 0;
  for (const [c, size] of [...sizes.entries()].sort((a, b) => a[0] - b[0])) {
    const distance = 10 * Math.sqrt(area);
    area += size;
    centres.set(c, { x: distance * Math.cos(c * GOLDEN_ANGLE), y: distance * Math.sin(c * GOLDEN_ANGLE), r: 5 * Math.sqrt(size) });
  }
  graph.forEachNode((node) => {
    if (leafOf.has(node)) return;
    const centre = centres.get(communities.get(node)!)!;
    const angle = options.rng() * 2 * Math.PI;
    const radius = centre.r * Math.sqrt(options.rng());
    core.addNode(node, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle), size: nodeRadius(graph.degree(node)) });
  });
  graph.forEachEdge((_, attributes, source, target) => {
    if (!core.hasNode(source) || !core.hasNode(target)) return;
    core.updateEdge(source, target, (attr: { weight?: number }) => ({ weight: Math.max(attr.weight ?? 0, attributes.weight) }));
  });

  const settings = {
    ...forceAtlas2.inferSettings(core),
    barnesHutOptimize: core.order > 500,
    linLogMode: true,
    outboundAttractionDistribution: true,
    edgeWeightInfluence: 0.5,
  };
  forceAtlas2.assign(core, { iterations: iterationsFor(core.order, core.size, options), settings, getEdgeWeight: "weight" });

  // Ring each paper's own entities around it, evenly, in key order.
  const ringOf = new Map<string, string[]>();
  for (const [leaf, paper] of leafOf) ringOf.set(paper, [...(ringOf.get(paper) ?? []), leaf]);
  for (const [paper, leaves] of ringOf) {
    const centre = core.getNodeAttributes(paper) as { x: number; y: number; size: number };
    const radius = centre.size * 2.5;
    const offset = options.rng() * 2 * Math.PI;
    leaves.sort().forEach((leaf, i) => {
      const angle = offset + (2 * Math.PI * i) / leaves.length;
      core.addNode(leaf, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle), size: nodeRadius(1) });
    });
  }
  noverlap.assign(core, { maxIterations: 150, settings: { margin: 1, ratio: 1.2, gridSize: 40 } });

  const positions: Positions = new Map();
  graph.forEachNode((node) => {
    const { x, y } = core.getNodeAttributes(node) as { x: number; y: number };
    positions.set(node, { x, y });
  });
  return positions;
}
