import type { CommunityInfo } from "../../graph/schema";
import type { AtlasGraph } from "../data/atlas";
import { categoryOf } from "../state/filters";
import { DEFAULT_EDGE_KINDS, type NodeCategory } from "../state/view";

export const BACKGROUND = "#f7f8fa";
/** A traced path on every map, as `--trace` in the stylesheet. */
export const PATH_COLOUR = "#ff6a00";

/** Entity types in saturated, distinguishable hues; papers stay a quiet grey so entities carry the colour. */
export const CATEGORY_COLOURS: Record<NodeCategory, string> = {
  paper: "#a9b1bd",
  model: "#3b6fd8",
  method: "#e07b1a",
  technique: "#d0414f",
  hardware: "#179c8e",
  dataset: "#4f9b32",
  metric: "#c7a000",
  task: "#8e52c8",
};

export const CATEGORY_LABELS: Record<NodeCategory, string> = {
  paper: "Papers",
  model: "Models",
  method: "Methods",
  technique: "Techniques",
  hardware: "Hardware",
  dataset: "Datasets",
  metric: "Metrics",
  task: "Tasks",
};

/** Categories in legend order. */
export const CATEGORIES: readonly NodeCategory[] = ["model", "method", "technique", "hardware", "dataset", "metric", "task", "paper"];

const COMMUNITY_PALETTE = [
  "#3b6fd8", "#e07b1a", "#2a9d5c", "#d0414f", "#8e52c8", "#179c8e", "#c7a000", "#d45ba8",
  "#6b8e23", "#5b5fc7", "#b5651d", "#2f8fbf", "#a63d6b", "#7a9a01", "#c24f2c", "#4b7f7a",
];
/** Small communities share one colour: sixteen hues are about what the eye tells apart. */
export const MINOR_COMMUNITY_COLOUR = "#b9c0ca";

/**
 * Entities are the landmarks of the map, so they get the larger scale and,
 * through it, most of the labels; papers stay small dots unless well linked.
 */
const SIZE_RANGE = { entity: [3, 16], paper: [2, 9] } as const;
/**
 * Sizes are in screen pixels, so a denser map needs smaller nodes to stay
 * readable: full size up to this many nodes, then shrinking with the square
 * root. The small end shrinks fully, the hubs less, so the landmarks of a
 * large map stay big enough to carry labels.
 */
const FULL_SIZE_UP_TO = 1500;
const MIN_SIZE_SCALE = 0.35;
const HUB_SHRINK = 0.4;
/**
 * Links are drawn in one opaque colour, part way from ink to background; the
 * more of them on screen, the fainter each, so a dense map reads as a light
 * haze under its nodes rather than a grey veil.
 */
export const EDGE_INK = "#6b7890";
const EDGE_FADE = { few: 0.76, many: 0.9, fewUpTo: 1_000, manyFrom: 20_000 };
const PAPER_LABEL_LENGTH = 40;

/** How far a dimmed node or edge fades towards the background. */
const DIM_AMOUNT = 0.82;

/** Nodes drawn at least this large (radius, pixels) on a small map carry a label. */
const LABEL_SIZE_THRESHOLD = 9;

/** The drawn size from which a node is labelled: hubs shrink on a dense map, the threshold with them, so as many are named. */
export function labelThreshold(order: number): number {
  return LABEL_SIZE_THRESHOLD * sizeScale(order).hubScale;
}

/** How much a map of `order` nodes shrinks its smallest nodes and its hubs. */
export function sizeScale(order: number): { scale: number; hubScale: number } {
  const scale = Math.max(MIN_SIZE_SCALE, Math.min(1, Math.sqrt(FULL_SIZE_UP_TO / Math.max(1, order))));
  return { scale, hubScale: 1 - HUB_SHRINK * (1 - scale) };
}

export interface Appearance {
  size: Map<string, number>;
  /** The colour of a link that is neither emphasised nor dimmed. */
  edgeColour: string;
  /** Short label drawn on the map; the full one shows on hover and selection. */
  mapLabel: Map<string, string>;
  categoryColour: Map<string, string>;
  communityColour: Map<string, string>;
  /** Colour of each community, by id, for legends and cluster labels. */
  colourOfCommunity(id: number): string;
  dim(colour: string): string;
  /** Communities ordered largest first (the unclustered group last), with where to put their label. */
  clusters: Cluster[];
}

export interface Cluster {
  info: CommunityInfo;
  colour: string;
  x: number;
  y: number;
}

/** Communities largest first, the unclustered leftovers last: the order of legends and labels. */
export function rankCommunities(communities: CommunityInfo[]): CommunityInfo[] {
  // The leftover group of isolated nodes is no cluster: it goes last and stays grey.
  return [...communities].sort((a, b) => Number(a.unclustered ?? false) - Number(b.unclustered ?? false) || b.size - a.size || a.id - b.id);
}

/**
 * The palette's hues go to the communities in id order, and the rest share one grey. A build
 * numbers communities largest first, so the hues go to the largest; `atlas build --update` keeps
 * each community's id as sizes shift, and so its colour.
 */
export function communityColours(communities: CommunityInfo[]): (id: number) => string {
  const colourById = new Map<number, string>();
  const clusters = communities.filter((c) => !c.unclustered).sort((a, b) => a.id - b.id);
  clusters.forEach((community, rank) => {
    if (rank < COMMUNITY_PALETTE.length && community.size > 2) colourById.set(community.id, COMMUNITY_PALETTE[rank]!);
  });
  return (id) => colourById.get(id) ?? MINOR_COMMUNITY_COLOUR;
}

export function computeAppearance(graph: AtlasGraph, communities: CommunityInfo[]): Appearance {
  const ranked = rankCommunities(communities);
  const colourOfCommunity = communityColours(communities);

  const maxDegree = { entity: 1, paper: 1 };
  graph.forEachNode((node, attributes) => {
    maxDegree[attributes.kind] = Math.max(maxDegree[attributes.kind], graph.degree(node));
  });

  const { scale, hubScale } = sizeScale(graph.order);
  const size = new Map<string, number>();
  const mapLabel = new Map<string, string>();
  const categoryColour = new Map<string, string>();
  const communityColour = new Map<string, string>();
  const sums = new Map<number, { x: number; y: number; n: number }>();
  graph.forEachNode((node, attributes) => {
    // Square root, so hubs stand out without swallowing their neighbourhood.
    const [min, max] = SIZE_RANGE[attributes.kind].map((n, i) => n * (i === 0 ? scale : hubScale)) as [number, number];
    size.set(node, min + (max - min) * Math.sqrt(graph.degree(node) / maxDegree[attributes.kind]));
    mapLabel.set(node, attributes.kind === "paper" ? truncate(attributes.label, PAPER_LABEL_LENGTH) : attributes.label);
    categoryColour.set(node, CATEGORY_COLOURS[categoryOf(attributes)]);
    communityColour.set(node, colourOfCommunity(attributes.community));
    const sum = sums.get(attributes.community) ?? { x: 0, y: 0, n: 0 };
    sum.x += attributes.x;
    sum.y += attributes.y;
    sum.n += 1;
    sums.set(attributes.community, sum);
  });

  const dimmed = new Map<string, string>();
  const dim = (colour: string) => {
    let result = dimmed.get(colour);
    if (result === undefined) {
      result = mix(colour, BACKGROUND, DIM_AMOUNT);
      dimmed.set(colour, result);
    }
    return result;
  };

  const clusters = ranked.flatMap((info) => {
    const sum = sums.get(info.id);
    return sum ? [{ info, colour: colourOfCommunity(info.id), x: sum.x / sum.n, y: sum.y / sum.n }] : [];
  });

  return { size, edgeColour: edgeColour(graph), mapLabel, categoryColour, communityColour, colourOfCommunity, dim, clusters };
}

/** How a cluster's name joins the entities that define it. */
export const LABEL_PARTS = " · ";

/** The two most distinctive names of a community are enough to tell it apart on the map. */
export const shortLabel = (label: string) => label.split(LABEL_PARTS).slice(0, 2).join(LABEL_PARTS);

/** Fainter as the links drawn by default grow in number. */
function edgeColour(graph: AtlasGraph): string {
  let drawn = 0;
  graph.forEachEdge((_edge, attributes) => {
    if (DEFAULT_EDGE_KINDS.includes(attributes.kind)) drawn++;
  });
  const { few, many, fewUpTo, manyFrom } = EDGE_FADE;
  const t = Math.min(1, Math.max(0, Math.log(drawn / fewUpTo) / Math.log(manyFrom / fewUpTo)));
  return mix(EDGE_INK, BACKGROUND, few + (many - few) * t);
}

/** Cut at a word boundary where one is near, with an ellipsis. */
export function truncate(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(" ");
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,:;–-]+$/, "")}…`;
}

/** Linear blend of two #rrggbb colours; `amount` 1 gives `to`. */
export function mix(from: string, to: string, amount: number): string {
  const a = parseHex(from);
  const b = parseHex(to);
  const channel = (i: number) => Math.round(a[i]! + (b[i]! - a[i]!) * amount).toString(16).padStart(2, "0");
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

function parseHex(colour: string): number[] {
  const hex = colour.replace("#", "");
  return [0, 2, 4].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}
