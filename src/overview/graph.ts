import Graph from "graphology";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { Overview } from "../data/overview";
import { BACKGROUND, communityColours, EDGE_INK, mix, PATH_COLOUR, shortLabel } from "../map/appearance";

export interface CommunityNodeAttributes {
  id: number;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface CommunityLinkAttributes {
  weight: number;
  size: number;
}

export type OverviewGraph = Graph<CommunityNodeAttributes, CommunityLinkAttributes>;

/** Of an island's extent: its farthest members are outliers, the disc covers its bulk. */
const ISLAND_FILL = 0.75;
/** Link widths as fractions of the median island's radius. */
const LINK_SIZE = [0.02, 0.1] as const;
const LINK_COLOUR = mix(EDGE_INK, BACKGROUND, 0.8);
const LINK_FOCUS = mix(EDGE_INK, "#000000", 0.1);
const DIM_AMOUNT = 0.82;
/** A link the trace takes is drawn this much wider than its weight alone makes it. */
const PATH_WIDTH = 1.6;

export const nodeKey = (community: number) => String(community);

/**
 * One node per community, drawn as its island of the full map: at its centre,
 * sizes in map units (the overview's sigma settings say so), so the picture
 * keeps the full layout's proportions. Links by the weight between members.
 */
export function overviewGraph(overview: Overview): OverviewGraph {
  const graph: OverviewGraph = new Graph({ type: "undirected" });
  const colourOf = communityColours(overview.communities.map((c) => c.info));
  for (const { info, x, y, radius } of overview.communities) {
    graph.addNode(nodeKey(info.id), { id: info.id, label: shortLabel(info.label), x, y, size: radius * ISLAND_FILL, color: colourOf(info.id) });
  }
  const radii = overview.communities.map((c) => c.radius).sort((a, b) => a - b);
  const median = radii[Math.floor(radii.length / 2)] ?? 1;
  const heaviest = Math.max(1e-9, ...overview.links.map((l) => l.weight));
  for (const link of overview.links) {
    graph.mergeEdge(nodeKey(link.source), nodeKey(link.target), {
      weight: link.weight,
      size: median * (LINK_SIZE[0] + (LINK_SIZE[1] - LINK_SIZE[0]) * Math.sqrt(link.weight / heaviest)),
    });
  }
  return graph;
}

/**
 * The clusters a trace runs through, in order (a cluster it re-enters comes again), and the
 * links it takes between them that the overview draws: it draws each cluster's strongest only.
 */
export interface ClusterPath {
  clusters: number[];
  links: Set<string>;
}

/** `communities` of a path's nodes in order: each run of one community counts once. */
export function clusterPath(graph: OverviewGraph, communities: number[]): ClusterPath {
  const clusters = communities.filter((community, i) => i === 0 || communities[i - 1] !== community);
  const links = new Set<string>();
  for (let i = 1; i < clusters.length; i++) {
    const link = graph.edge(nodeKey(clusters[i - 1]!), nodeKey(clusters[i]!));
    if (link !== undefined) links.add(link);
  }
  return { clusters, links };
}

/**
 * What stands out on the overview: the hovered community, else the selected
 * one, with the communities it links to; everything else fades. A trace takes
 * the selection's place: its clusters stay bright and named with their steps
 * along it ("1 · …"), as not every link it takes is drawn, and the links that
 * are in the path's colour.
 */
export function overviewReducers(graph: OverviewGraph, selected: number | null, hovered: number | null, path: ClusterPath | null = null) {
  // With a trace, the path is what the map shows; a hover still shows its neighbours.
  const centre = path ? hovered : (hovered ?? selected);
  const key = centre === null ? null : nodeKey(centre);
  const steps = new Map<string, number[]>();
  path?.clusters.forEach((cluster, i) => {
    const key = nodeKey(cluster);
    steps.set(key, [...(steps.get(key) ?? []), i + 1]);
  });
  const onPath = new Set(steps.keys());
  const bright = key !== null && graph.hasNode(key) ? new Set([key, ...graph.neighbors(key)]) : path ? onPath : null;
  const nodeReducer = (node: string, attributes: CommunityNodeAttributes): Partial<NodeDisplayData> => {
    const data: Partial<NodeDisplayData> = { ...attributes };
    if (bright && !bright.has(node) && !onPath.has(node)) {
      data.color = mix(attributes.color, BACKGROUND, DIM_AMOUNT);
      data.label = null;
      data.zIndex = 0;
    } else {
      data.zIndex = 1;
    }
    const step = steps.get(node);
    if (step) {
      data.label = `${step.join(", ")} · ${attributes.label}`;
      data.forceLabel = true;
    }
    if (node === key || (selected !== null && node === nodeKey(selected))) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 2;
    }
    return data;
  };
  const edgeReducer = (edge: string, attributes: CommunityLinkAttributes): Partial<EdgeDisplayData> => {
    const data: Partial<EdgeDisplayData> = { ...attributes, color: LINK_COLOUR };
    if (path?.links.has(edge)) {
      data.color = PATH_COLOUR;
      data.size = attributes.size * PATH_WIDTH;
      data.zIndex = 2;
    } else if (bright) {
      const touches = key !== null && graph.hasExtremity(edge, key);
      data.color = touches ? LINK_FOCUS : mix(LINK_COLOUR, BACKGROUND, 0.7);
      data.zIndex = touches ? 1 : 0;
    }
    return data;
  };
  return { nodeReducer, edgeReducer };
}
