import type { CommunityInfo } from "../../graph/schema";
import type { AtlasGraph } from "../data/atlas";
import { categoryOf } from "../state/filters";
import type { NodeCategory } from "../state/view";

export const BACKGROUND = "#f7f8fa";

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
 * readable: full size up to this many nodes, then shrinking with the square root.
 */
const FULL_SIZE_UP_TO = 1500;
const MIN_SIZE_SCALE = 0.35;
const PAPER_LABEL_LENGTH = 48;

/** How far a dimmed node or edge fades towards the background. */
const DIM_AMOUNT = 0.82;

export interface Appearance {
  size: Map<string, number>;
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

export function computeAppearance(graph: AtlasGraph, communities: CommunityInfo[]): Appearance {
  // The leftover group of isolated nodes is no cluster: it goes last and stays grey.
  const ranked = [...communities].sort((a, b) => Number(a.unclustered ?? false) - Number(b.unclustered ?? false) || b.size - a.size || a.id - b.id);
  const colourById = new Map<number, string>();
  ranked.forEach((community, rank) => {
    if (rank < COMMUNITY_PALETTE.length && community.size > 2 && !community.unclustered) colourById.set(community.id, COMMUNITY_PALETTE[rank]!);
  });
  const colourOfCommunity = (id: number) => colourById.get(id) ?? MINOR_COMMUNITY_COLOUR;

  const maxDegree = { entity: 1, paper: 1 };
  graph.forEachNode((node, attributes) => {
    maxDegree[attributes.kind] = Math.max(maxDegree[attributes.kind], graph.degree(node));
  });

  const scale = Math.max(MIN_SIZE_SCALE, Math.min(1, Math.sqrt(FULL_SIZE_UP_TO / Math.max(1, graph.order))));
  const size = new Map<string, number>();
  const mapLabel = new Map<string, string>();
  const categoryColour = new Map<string, string>();
  const communityColour = new Map<string, string>();
  const sums = new Map<number, { x: number; y: number; n: number }>();
  graph.forEachNode((node, attributes) => {
    // Square root, so hubs stand out without swallowing their neighbourhood.
    const [min, max] = SIZE_RANGE[attributes.kind];
    size.set(node, scale * (min + (max - min) * Math.sqrt(graph.degree(node) / maxDegree[attributes.kind])));
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

  return { size, mapLabel, categoryColour, communityColour, colourOfCommunity, dim, clusters };
}

function truncate(text: string, length: number): string {
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
