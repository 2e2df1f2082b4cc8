import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import noverlap from "graphology-layout-noverlap";
import type { AtlasGraph } from "../link/assemble.ts";
import { settleInPasses } from "../passes.ts";

export interface LayoutOptions {
  rng: () => number;
  /** Wall-clock budget in seconds, turned into iteration counts by a fixed cost model so the result stays deterministic. */
  seconds: number;
  minIterations: number;
  maxIterations: number;
  /** Past this many nodes, communities are laid out as separate islands (cost linear in size) instead of one simulation. */
  islandsAbove: number;
}

// Past 200 iterations the bundled corpus's map changes by about 1% (edge length against node spacing) for 0.4 s more.
export const DEFAULT_LAYOUT: Omit<LayoutOptions, "rng"> = { seconds: 10, minIterations: 15, maxIterations: 200, islandsAbove: 50_000 };

export type Positions = Map<string, { x: number; y: number }>;

type Point = { x: number; y: number; size: number };
type LayoutGraph = Graph<Point, { weight: number }>;

/**
 * Seconds per ForceAtlas2 iteration with Barnes-Hut, fitted on this project's 2-core machine
 * (0.45 s at 19k nodes and 156k edges; it errs high on small graphs, which get the iteration
 * cap anyway). A model, not a clock: timing the run itself would make the iteration count, and
 * so the layout, differ between runs.
 */
export function iterationCost(nodes: number, edges: number): number {
  return 1.3e-6 * nodes * Math.log2(Math.max(2, nodes)) + 6e-7 * edges;
}

/** Seconds per noverlap iteration, fitted the same way (0.11 s at 28k nodes, one node a grid cell). */
export function separationCost(nodes: number): number {
  return 4e-6 * nodes;
}

/** Of the layout budget, what the forces and noverlap get; building their graph takes the rest. */
const FORCE_SHARE = 0.7;
const SEPARATION_SHARE = 0.15;

export function iterationsFor(nodes: number, edges: number, seconds: number, options: Omit<LayoutOptions, "rng">): number {
  const affordable = Math.floor((FORCE_SHARE * seconds) / iterationCost(nodes, edges));
  return Math.max(options.minIterations, Math.min(options.maxIterations, affordable));
}

/**
 * noverlap stops early once nothing overlaps, but a few crowded pairs can keep it going with
 * little to show: on the bundled corpus's 2,487 nodes, 10 pairs still touch after 25 iterations
 * and 8 after 150, which cost 0.3 s more. Hence the cap.
 */
const MAX_SEPARATION_ITERATIONS = 50;

export function separationIterationsFor(nodes: number, seconds: number): number {
  return Math.max(10, Math.min(MAX_SEPARATION_ITERATIONS, Math.floor((SEPARATION_SHARE * seconds) / separationCost(nodes))));
}

/** Size used to keep nodes apart; the explorer sizes nodes by degree the same way. */
export function nodeRadius(degree: number): number {
  return 2 + 1.5 * Math.sqrt(degree);
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Places item i of a sunflower spiral: dense, even, no overlaps, largest items nearest the centre. */
function phyllotaxis(i: number, spacing: number): { x: number; y: number } {
  const r = spacing * Math.sqrt(i);
  return { x: r * Math.cos(i * GOLDEN_ANGLE), y: r * Math.sin(i * GOLDEN_ANGLE) };
}

/**
 * Entities of one or two papers are not laid out by forces: they are placed by their papers
 * afterwards (ringing a single paper, between two), which keeps the simulation to the nodes
 * that shape the map. Returns each such entity's papers.
 */
function satellites(graph: AtlasGraph): Map<string, string[]> {
  const papersOf = new Map<string, string[]>();
  graph.forEachNode((node, attributes) => {
    if (attributes.kind !== "entity" || attributes.paperCount > 2) return;
    const papers = graph.neighbors(node).filter((n) => graph.getNodeAttribute(n, "kind") === "paper");
    if (papers.length >= 1 && papers.length <= 2) papersOf.set(node, papers.sort());
  });
  return papersOf;
}

/** The nodes that shape the map and the strongest link between each pair. */
function forceGraph(graph: AtlasGraph, nodes: string[], satelliteOf: Map<string, string[]>, start: (node: string) => { x: number; y: number }): LayoutGraph {
  const core: LayoutGraph = new Graph({ type: "undirected" });
  for (const node of nodes) {
    if (!satelliteOf.has(node)) core.addNode(node, { ...start(node), size: nodeRadius(graph.degree(node)) });
  }
  // The strongest edge of each pair, gathered first: updating core edges one at a time costs
  // more than the simulation itself on large graphs. Each edge is read from its source.
  const strongest = new Map<string, { source: string; target: string; weight: number }>();
  core.forEachNode((node) => {
    graph.forEachEdge(node, (_, attributes, source, target) => {
      if (source !== node || source === target || !core.hasNode(target)) return;
      const [a, b] = source < target ? [source, target] : [target, source];
      const pair = `${a}\u0000${b}`;
      const seen = strongest.get(pair);
      if (!seen) strongest.set(pair, { source: a, target: b, weight: attributes.weight });
      else seen.weight = Math.max(seen.weight, attributes.weight);
    });
  });
  for (const { source, target, weight } of strongest.values()) core.addEdge(source, target, { weight });
  return core;
}

function runForces(core: LayoutGraph, iterations: number): void {
  if (core.order < 2) return;
  const settings = {
    ...forceAtlas2.inferSettings(core),
    barnesHutOptimize: core.order > 500,
    linLogMode: true,
    outboundAttractionDistribution: true,
    edgeWeightInfluence: 0.5,
  };
  forceAtlas2.assign(core, { iterations, settings, getEdgeWeight: "weight" });
}

/**
 * Places the satellites by their papers: a paper's own entities ring it, evenly in key order;
 * an entity of two papers sits between them, off the line between their centres.
 */
function placeSatellites(graph: AtlasGraph, core: LayoutGraph, nodes: Set<string>, satelliteOf: Map<string, string[]>, rng: () => number): void {
  const ringOf = new Map<string, string[]>();
  const between: [string, string[]][] = [];
  for (const [satellite, all] of satelliteOf) {
    if (!nodes.has(satellite)) continue;
    // An island holds the satellite but perhaps not both its papers: the one it holds will do.
    const papers = all.filter((p) => core.hasNode(p));
    if (papers.length === 0) {
      core.addNode(satellite, { x: 10 * (rng() - 0.5), y: 10 * (rng() - 0.5), size: nodeRadius(graph.degree(satellite)) });
    } else if (papers.length === 1) ringOf.set(papers[0]!, [...(ringOf.get(papers[0]!) ?? []), satellite]);
    else between.push([satellite, papers]);
  }
  for (const [paper, ring] of [...ringOf].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const centre = core.getNodeAttributes(paper);
    const radius = centre.size * 2.5;
    const offset = rng() * 2 * Math.PI;
    ring.sort().forEach((leaf, i) => {
      const angle = offset + (2 * Math.PI * i) / ring.length;
      core.addNode(leaf, { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle), size: nodeRadius(graph.degree(leaf)) });
    });
  }
  for (const [satellite, [a, b]] of between.sort(([x], [y]) => (x < y ? -1 : 1))) {
    const p = core.getNodeAttributes(a!);
    const q = core.getNodeAttributes(b!);
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const t = 0.3 + 0.4 * rng();
    const side = (rng() - 0.5) * 0.4;
    core.addNode(satellite, { x: p.x + t * dx - side * dy, y: p.y + t * dy + side * dx, size: nodeRadius(graph.degree(satellite)) });
  }
}

function separate(core: LayoutGraph, seconds: number): void {
  // noverlap compares the nodes within each grid cell: about one node a cell keeps that linear.
  const gridSize = Math.max(40, Math.ceil(Math.sqrt(core.order)));
  noverlap.assign(core, { maxIterations: separationIterationsFor(core.order, seconds), settings: { margin: 1, ratio: 1.2, gridSize } });
}

function membersOf(communities: Map<string, number>): string[][] {
  const members: string[][] = [];
  for (const [node, c] of communities) (members[c] ??= []).push(node);
  return members;
}

/**
 * ForceAtlas2 then noverlap, computed once at build time so the browser never
 * runs a layout. Start positions are seeded by community (a phyllotaxis of
 * community centres), so the forces start near their answer and need fewer iterations.
 */
export function computeLayout(graph: AtlasGraph, communities: Map<string, number>, options: LayoutOptions): Positions {
  return graph.order > options.islandsAbove ? islandLayout(graph, communities, options) : globalLayout(graph, communities, options);
}

function globalLayout(graph: AtlasGraph, communities: Map<string, number>, options: LayoutOptions): Positions {
  const satelliteOf = satellites(graph);
  const centres = new Map<number, { x: number; y: number; r: number }>();
  let area = 0;
  membersOf(communities).forEach((members, c) => {
    // Centres on a sunflower spiral whose spacing grows with the area already placed.
    const distance = 10 * Math.sqrt(area);
    area += members.length;
    centres.set(c, { x: distance * Math.cos(c * GOLDEN_ANGLE), y: distance * Math.sin(c * GOLDEN_ANGLE), r: 5 * Math.sqrt(members.length) });
  });
  const core = forceGraph(graph, graph.nodes(), satelliteOf, (node) => {
    const centre = centres.get(communities.get(node)!)!;
    const angle = options.rng() * 2 * Math.PI;
    const radius = centre.r * Math.sqrt(options.rng());
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  });
  runForces(core, iterationsFor(core.order, core.size, options.seconds, options));
  placeSatellites(graph, core, new Set(graph.nodes()), satelliteOf, options.rng);
  separate(core, options.seconds);
  return positionsOf(graph, core);
}

/**
 * Each community laid out alone, then the communities arranged as islands by
 * the links between them. Linear in the graph's size, where one simulation of
 * hundreds of thousands of nodes would take a second per iteration.
 */
function islandLayout(graph: AtlasGraph, communities: Map<string, number>, options: LayoutOptions): Positions {
  const satelliteOf = satellites(graph);
  const members = membersOf(communities);
  const islands = members.map((nodes) => {
    const spread = 5 * Math.sqrt(nodes.length);
    const core = forceGraph(graph, nodes, satelliteOf, () => {
      const angle = options.rng() * 2 * Math.PI;
      const radius = spread * Math.sqrt(options.rng());
      return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
    const share = (options.seconds * nodes.length) / graph.order;
    runForces(core, iterationsFor(core.order, core.size, share, options));
    placeSatellites(graph, core, new Set(nodes), satelliteOf, options.rng);
    separate(core, share);
    let cx = 0;
    let cy = 0;
    core.forEachNode((_, p) => {
      cx += p.x / core.order;
      cy += p.y / core.order;
    });
    let radius = 1;
    core.forEachNode((_, p) => (radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy) + p.size)));
    return { core, cx, cy, radius };
  });

  const archipelago: LayoutGraph = new Graph({ type: "undirected" });
  islands.forEach((island, c) => archipelago.addNode(String(c), { ...phyllotaxis(c, 2 * island.radius), size: island.radius }));
  graph.forEachEdge((_, attributes, source, target) => {
    const a = communities.get(source)!;
    const b = communities.get(target)!;
    if (a !== b) archipelago.updateEdge(String(Math.min(a, b)), String(Math.max(a, b)), (attr) => ({ weight: (attr?.weight ?? 0) + attributes.weight }));
  });
  runForces(archipelago, iterationsFor(archipelago.order, archipelago.size, options.seconds / 4, options));
  pack(archipelago);

  const positions: Positions = new Map();
  islands.forEach(({ core, cx, cy }, c) => {
    const at = archipelago.getNodeAttributes(String(c));
    core.forEachNode((node, p) => positions.set(node, { x: at.x + p.x - cx, y: at.y + p.y - cy }));
  });
  return positions;
}

/**
 * Pushes circles apart, biggest first, each moved outward from the centre until
 * it overlaps nothing placed before it. noverlap's grid assumes sizes of one
 * order; islands range from one node to thousands.
 */
function pack(circles: LayoutGraph): void {
  const order = circles.nodes().sort((a, b) => circles.getNodeAttribute(b, "size") - circles.getNodeAttribute(a, "size") || Number(a) - Number(b));
  const sizes = order.map((n) => circles.getNodeAttribute(n, "size"));
  const grid = new DiscGrid(4 * (sizes[Math.floor(sizes.length / 2)] ?? 1));
  const margin = 1.1;
  for (const node of order) {
    const p = circles.getNodeAttributes(node);
    const norm = Math.hypot(p.x, p.y) || 1;
    const dx = p.x / norm || 1;
    const dy = p.y / norm;
    while (grid.overlaps(p.x, p.y, p.size, margin)) {
      p.x += dx * p.size * 0.5;
      p.y += dy * p.size * 0.5;
    }
    grid.add(p.x, p.y, p.size);
  }
}

/** Discs in square cells: each is listed in every cell its bounding box touches, so two discs that overlap share a cell. */
class DiscGrid {
  private readonly cells = new Map<string, { x: number; y: number; r: number }[]>();

  constructor(private readonly cell: number) {}

  private keys(x: number, y: number, r: number): string[] {
    const keys: string[] = [];
    for (let i = Math.floor((x - r) / this.cell); i <= Math.floor((x + r) / this.cell); i++) {
      for (let j = Math.floor((y - r) / this.cell); j <= Math.floor((y + r) / this.cell); j++) keys.push(`${i},${j}`);
    }
    return keys;
  }

  add(x: number, y: number, r: number): void {
    for (const key of this.keys(x, y, r)) {
      const list = this.cells.get(key);
      if (list) list.push({ x, y, r });
      else this.cells.set(key, [{ x, y, r }]);
    }
  }

  /** Whether a disc at (x, y) of radius r would overlap one in the grid, radii scaled by `margin`. */
  overlaps(x: number, y: number, r: number, margin = 1): boolean {
    return this.keys(x, y, r).some((key) => (this.cells.get(key) ?? []).some((d) => Math.hypot(x - d.x, y - d.y) < (r + d.r) * margin));
  }
}

function positionsOf(graph: AtlasGraph, core: LayoutGraph): Positions {
  const positions: Positions = new Map();
  graph.forEachNode((node) => {
    const { x, y } = core.getNodeAttributes(node);
    positions.set(node, { x, y });
  });
  return positions;
}

interface Pull {
  at: { x: number; y: number };
  weight: number;
}

/**
 * The neighbour nearest, by weight, to all the others: always a place inside the neighbours'
 * cluster, where their mean may fall between two lobes of it and so among other clusters.
 */
function medoid(pulls: readonly Pull[]): { x: number; y: number } | undefined {
  let best: Pull | undefined;
  let bestCost = Infinity;
  for (const candidate of pulls) {
    let cost = 0;
    for (const other of pulls) cost += other.weight * Math.hypot(other.at.x - candidate.at.x, other.at.y - candidate.at.y);
    // Ties (two neighbours alone) go to the heavier one.
    if (cost < bestCost || (cost === bestCost && best !== undefined && candidate.weight > best.weight)) [best, bestCost] = [candidate, cost];
  }
  return best?.at;
}

/**
 * Positions for a graph that grew from one laid out before (`atlas build --update`): the nodes
 * already placed keep their places, so the map a reader knows does not move. Each new node goes
 * to the medoid of its placed neighbours of its own community (of the papers among them when
 * there are any, of all its neighbours when it has none there), in passes so that chains of new nodes follow, and is then moved to the nearest
 * spot where it overlaps nothing. New nodes with no placed neighbour continue the sunflower
 * outside the map.
 */
export function extendLayout(graph: AtlasGraph, communities: Map<string, number>, previous: Positions, rng: () => number): Positions {
  const positions: Positions = new Map();
  const pending: string[] = [];
  graph.forEachNode((node) => {
    const known = previous.get(node);
    if (known) positions.set(node, known);
    else pending.push(node);
  });
  const placed = new Set(positions.keys());
  const added: string[] = [];
  const placeAmongNeighbours = (node: string): { x: number; y: number } | undefined => {
    // A new node between two clusters would sit in neither: its own cluster's links place it.
    const own: Pull[] = [];
    const ownPapers: Pull[] = [];
    const any: Pull[] = [];
    const community = communities.get(node);
    graph.forEachEdge(node, (_, attributes, source, target) => {
      const neighbour = source === node ? target : source;
      const at = positions.get(neighbour);
      if (!at) return;
      // A hub drawn among many clusters says little of where a node of one of them belongs.
      const pull = { at, weight: attributes.weight / Math.sqrt(graph.degree(neighbour)) };
      if (communities.get(neighbour) === community) {
        own.push(pull);
        // Papers sit among their cluster; an entity they share may be drawn between clusters.
        if (graph.getNodeAttribute(neighbour, "kind") === "paper") ownPapers.push(pull);
      }
      any.push(pull);
    });
    return medoid(ownPapers.length > 0 ? ownPapers : own.length > 0 ? own : any);
  };
  const unlinked = settleInPasses(pending, placeAmongNeighbours, (node, at) => {
    positions.set(node, at);
    added.push(node);
  });
  let radius = 0;
  for (const { x, y } of positions.values()) radius = Math.max(radius, Math.hypot(x, y));
  const spacing = positions.size > 0 ? radius / Math.sqrt(positions.size) || 10 : 10;
  const onMap = positions.size;
  unlinked.forEach((node, i) => {
    positions.set(node, phyllotaxis(onMap + 1 + i, spacing));
    added.push(node);
  });
  settle(graph, positions, placed, added, rng);
  return positions;
}

/**
 * Moves each added node, in order, to the first spot of a sunflower around its target that
 * overlaps no node placed before it. The nodes that were there do not move.
 */
function settle(graph: AtlasGraph, positions: Positions, placed: Set<string>, added: string[], rng: () => number): void {
  const radiusOf = (node: string) => nodeRadius(graph.degree(node));
  const grid = new DiscGrid(4 * nodeRadius(1));
  for (const node of placed) {
    const { x, y } = positions.get(node)!;
    grid.add(x, y, radiusOf(node));
  }
  const MAX_TRIES = 400;
  for (const node of added) {
    const r = radiusOf(node);
    const target = positions.get(node)!;
    const turn = rng() * 2 * Math.PI;
    for (let k = 0; k < MAX_TRIES; k++) {
      const distance = r * Math.sqrt(k);
      const x = target.x + distance * Math.cos(turn + k * GOLDEN_ANGLE);
      const y = target.y + distance * Math.sin(turn + k * GOLDEN_ANGLE);
      if (k === MAX_TRIES - 1 || !grid.overlaps(x, y, r)) {
        positions.set(node, { x, y });
        grid.add(x, y, r);
        break;
      }
    }
  }
}
