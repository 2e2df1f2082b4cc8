import {
  COMPACT_FORMAT,
  SCHEMA_VERSION,
  type CompactAtlas,
  type CommunityLinks,
  type CompactEdges,
  type EdgeKind,
  type EntityType,
  type GraphAttributes,
  type OverviewAtlas,
  type PaperDetails,
  type PathIndex,
  type PathLinkBits,
  type SearchIndex,
} from "../schema.ts";
import { round, type AtlasGraph } from "../link/assemble.ts";

const TYPE_NAMES: EntityType[] = ["model", "method", "technique", "hardware", "dataset", "metric", "task"];

/** Papers per details file: one fetch brings a screenful of neighbours' abstracts, not the corpus. */
export const DETAILS_CHUNK = 256;

/** Rejections are listed in graph.json; the explorer needs their count and a sample. */
const REJECTIONS_SHOWN = 50;

/** Community links drawn on the overview per community, strongest first. */
const OVERVIEW_LINKS_PER_COMMUNITY = 8;

function edges(): CompactEdges {
  return { sourceDelta: [], target: [], weight: [] };
}

function browserAttributes(graph: AtlasGraph): GraphAttributes {
  const attributes = graph.getAttributes();
  return { ...attributes, input: { ...attributes.input, rejections: attributes.input.rejections.slice(0, REJECTIONS_SHOWN) } };
}

/** A community's file describes that community; the overview holds the rest. */
function communityAttributes(graph: AtlasGraph, id: number): GraphAttributes {
  const attributes = graph.getAttributes();
  return {
    ...attributes,
    communities: attributes.communities.filter((c) => c.id === id),
    input: { ...attributes.input, files: [], rejections: [] },
  };
}

type EdgeAttributesOf = ReturnType<AtlasGraph["getEdgeAttributes"]>;

/** An edge with what its compact form needs, kept while walking the graph once rather than looked up again by key. */
interface WalkedEdge {
  attributes: EdgeAttributesOf;
  source: string;
  target: string;
}

/**
 * graph.json's nodes and edges as parallel arrays indexed by node position
 * (papers first), for the whole graph or for one community of it.
 */
export function toCompact(graph: AtlasGraph, community?: { id: number; nodes: string[]; edges: WalkedEdge[]; paperIndex: Map<string, number> }): CompactAtlas {
  const index = new Map<string, number>();
  const atlas: CompactAtlas = {
    format: COMPACT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    view: community ? "community" : "full",
    attributes: community ? communityAttributes(graph, community.id) : browserAttributes(graph),
    paperCount: 0,
    typeNames: TYPE_NAMES,
    nodes: { key: [], label: [], x: [], y: [], community: [], type: [], aliases: [], date: [], authorsCount: [] },
    edges: { mentions: edges(), cooccurs: edges(), related: { ...edges(), shared: [] }, cites: { ...edges(), via: [] } },
    detailsChunk: DETAILS_CHUNK,
  };
  if (community) {
    atlas.community = community.id;
    atlas.paperIndex = [];
  }
  const { nodes } = atlas;
  for (const key of community?.nodes ?? graph.nodes()) {
    const a = graph.getNodeAttributes(key);
    index.set(key, nodes.key.length);
    nodes.key.push(key);
    nodes.label.push(a.label);
    nodes.x.push(round(a.x, 1));
    nodes.y.push(round(a.y, 1));
    nodes.community.push(a.community);
    if (a.kind === "paper") {
      if (nodes.type.length) throw new Error("compact format: papers must precede entities");
      atlas.paperCount++;
      nodes.date.push(a.date ?? "");
      nodes.authorsCount.push(a.authorsCount ?? 0);
      atlas.paperIndex?.push(community!.paperIndex.get(key)!);
    } else {
      nodes.type.push(TYPE_NAMES.indexOf(a.type));
      nodes.aliases.push(a.aliases);
    }
  }
  const at = (key: string) => index.get(key);
  const lastSource = new Map<EdgeKind, number>();
  const addEdge = (a: EdgeAttributesOf, sourceKey: string, targetKey: string) => {
    const source = at(sourceKey);
    const target = at(targetKey);
    if (source === undefined || target === undefined) return;
    const list = atlas.edges[a.kind];
    list.sourceDelta.push(source - (lastSource.get(a.kind) ?? 0));
    lastSource.set(a.kind, source);
    list.target.push(target);
    list.weight.push(round(a.weight, 2));
    // Explanations may name entities of other communities: those are left out of a community's file.
    if (a.kind === "related") atlas.edges.related.shared.push(a.shared.map(at).filter((i): i is number => i !== undefined));
    if (a.kind === "cites") atlas.edges.cites.via.push(a.via.map(at).filter((i): i is number => i !== undefined));
  };
  if (community) {
    for (const { attributes, source, target } of community.edges) addEdge(attributes, source, target);
  } else {
    graph.forEachEdge((_, attributes, source, target) => addEdge(attributes, source, target));
  }
  return atlas;
}

/** What the panel shows of each paper beyond the map, in chunks of DETAILS_CHUNK papers in graph order. */
export function paperDetails(graph: AtlasGraph): PaperDetails[][] {
  const chunks: PaperDetails[][] = [];
  let papers = 0;
  graph.forEachNode((key, a) => {
    if (a.kind !== "paper") return;
    const entry: PaperDetails = { abstract: a.abstract, entities: graph.outNeighbors(key) };
    for (const field of ["authors", "upvotes", "url", "doi", "arxivId", "categories"] as const) {
      if (a[field] !== undefined) (entry as unknown as Record<string, unknown>)[field] = a[field];
    }
    (chunks[Math.floor(papers++ / DETAILS_CHUNK)] ??= []).push(entry);
  });
  return chunks;
}

export interface OverviewFiles {
  overview: OverviewAtlas;
  communities: CompactAtlas[];
  search: SearchIndex;
  paths: PathIndex;
}

const PATH_LINK: PathLinkBits = { mentions: 1, cooccurs: 2, related: 4, citesHigher: 8, citesLower: 16 };
const PAIR_SHIFT = 32;

/**
 * The links of the whole graph by node index (the graph's order), each linked pair once. One
 * pass over the edges into typed arrays, bucketed by the pair's lower end: at 100k papers a
 * pass per node through a map of its neighbours took 7.5 s for the 1.8M edges, and held them
 * as boxed numbers.
 */
export function toPathIndex(graph: AtlasGraph): PathIndex {
  const index = new Map<string, number>();
  const degree: number[] = [];
  graph.forEachNode((key) => {
    index.set(key, index.size);
    degree.push(graph.degree(key));
  });
  const size = graph.size;
  const lowOf = new Int32Array(size);
  // The higher end and the link's bit in one sortable number: the bits fit below PAIR_SHIFT.
  const pairOf = new Float64Array(size);
  const perLow = new Int32Array(index.size + 1);
  let e = 0;
  graph.forEachEdge((_, a, source, target) => {
    const s = index.get(source)!;
    const t = index.get(target)!;
    const low = Math.min(s, t);
    const bit = a.kind === "cites" ? (s === low ? PATH_LINK.citesHigher : PATH_LINK.citesLower) : PATH_LINK[a.kind];
    lowOf[e] = low;
    pairOf[e++] = Math.max(s, t) * PAIR_SHIFT + bit;
    perLow[low + 1]!++;
  });
  for (let n = 1; n <= index.size; n++) perLow[n]! += perLow[n - 1]!;
  const byLow = new Float64Array(size);
  const next = perLow.slice(0, index.size);
  for (let i = 0; i < size; i++) byLow[next[lowOf[i]!]!++] = pairOf[i]!;

  const paths: PathIndex = { edges: size, degree, sourceDelta: [], target: [], links: [] };
  let previous = 0;
  for (let low = 0; low < index.size; low++) {
    const pairs = byLow.subarray(perLow[low]!, perLow[low + 1]!).sort();
    for (let i = 0; i < pairs.length; ) {
      const high = Math.floor(pairs[i]! / PAIR_SHIFT);
      let links = 0;
      for (; i < pairs.length && Math.floor(pairs[i]! / PAIR_SHIFT) === high; i++) links |= pairs[i]! % PAIR_SHIFT;
      paths.sourceDelta.push(low - previous);
      previous = low;
      paths.target.push(high);
      paths.links.push(links);
    }
  }
  return paths;
}

/** The aggregated view of a graph too large for a browser: communities as nodes, each with its own file. */
export function toOverview(graph: AtlasGraph): OverviewFiles {
  const infos = graph.getAttribute("communities");
  const members: string[][] = infos.map(() => []);
  const inner: WalkedEdge[][] = infos.map(() => []);
  const paperIndex = new Map<string, number>();
  const search: SearchIndex = { key: [], label: [], community: [], kind: [], aliases: [] };
  graph.forEachNode((key, a) => {
    members[a.community]!.push(key);
    if (a.kind === "paper") paperIndex.set(key, paperIndex.size);
    search.key.push(key);
    search.label.push(a.label);
    search.community.push(a.community);
    search.kind.push(a.kind === "paper" ? "paper" : a.type);
    search.aliases.push(a.kind === "paper" ? [] : a.aliases);
  });

  const geometry = members.map((nodes) => {
    let x = 0;
    let y = 0;
    for (const n of nodes) {
      x += graph.getNodeAttribute(n, "x") / nodes.length;
      y += graph.getNodeAttribute(n, "y") / nodes.length;
    }
    let radius = 1;
    for (const n of nodes) radius = Math.max(radius, Math.hypot(graph.getNodeAttribute(n, "x") - x, graph.getNodeAttribute(n, "y") - y));
    return { x: round(x, 1), y: round(y, 1), radius: round(radius, 1) };
  });

  const between = new Map<number, number>();
  const count = infos.length;
  graph.forEachEdge((_, a, source, target, sourceAttributes, targetAttributes) => {
    const s = sourceAttributes.community;
    const t = targetAttributes.community;
    if (s === t) {
      inner[s]!.push({ attributes: a, source, target });
      return;
    }
    const pair = Math.min(s, t) * count + Math.max(s, t);
    between.set(pair, (between.get(pair) ?? 0) + a.weight);
  });
  const ranked = [...between.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const kept = new Array<number>(count).fill(0);
  const links: CommunityLinks = { source: [], target: [], weight: [] };
  for (const [pair, weight] of ranked) {
    const s = Math.floor(pair / count);
    const t = pair % count;
    if (kept[s]! >= OVERVIEW_LINKS_PER_COMMUNITY && kept[t]! >= OVERVIEW_LINKS_PER_COMMUNITY) continue;
    kept[s]!++;
    kept[t]!++;
    links.source.push(s);
    links.target.push(t);
    links.weight.push(round(weight, 2));
  }

  const overview: OverviewAtlas = {
    format: COMPACT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    view: "overview",
    attributes: browserAttributes(graph),
    communities: {
      x: geometry.map((g) => g.x),
      y: geometry.map((g) => g.y),
      radius: geometry.map((g) => g.radius),
      file: infos.map((c) => `communities/${c.id}.json`),
      topLabels: infos.map((c) => c.topEntities.map((key) => graph.getNodeAttribute(key, "label"))),
    },
    links,
    search: "search.json",
    paths: "paths.json",
    detailsChunk: DETAILS_CHUNK,
  };
  const communities = infos.map((c) => toCompact(graph, { id: c.id, nodes: members[c.id]!, edges: inner[c.id]!, paperIndex }));
  return { overview, communities, search, paths: toPathIndex(graph) };
}
