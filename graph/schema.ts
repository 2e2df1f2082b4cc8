/**
 * The contract between the builder (graph/) and the explorer (src/), and the
 * documented shape of `graph.json` for other tools. Types only, plus the
 * version constant: the explorer imports this file with `import type`.
 *
 * Bump SCHEMA_VERSION whenever a field changes meaning or disappears, so that
 * an old explorer refuses a new file (and vice versa) with a rebuild hint
 * instead of rendering nonsense.
 */
export const SCHEMA_VERSION = 2;
export type SchemaVersion = typeof SCHEMA_VERSION;

export type EntityType = "model" | "method" | "technique" | "hardware" | "dataset" | "metric" | "task";

/** Where a record came from, for error messages and the input summary. */
export interface SourceRef {
  file: string;
  line: number;
}

/** One paper after ingest and deduplication. */
export interface Paper {
  /** Stable key of the paper node (`p:` + hash of the normalised title). */
  key: string;
  title: string;
  abstract: string;
  /** ISO date, as precise as the source: "2025-05-22", "2025-05" or "2025". */
  date?: string;
  authors?: string[];
  authorsCount?: number;
  upvotes?: number;
  url?: string;
  doi?: string;
  arxivId?: string;
  categories?: string[];
  sources: SourceRef[];
}

export type InputFormat = "hf-page" | "jsonl" | "json" | "csv" | "bibtex";

export interface Rejection extends SourceRef {
  reason: string;
}

export interface FileSummary {
  file: string;
  format: InputFormat | "unknown";
  read: number;
  kept: number;
  duplicates: number;
  rejected: number;
  /** With a selection only: records outside it. */
  outside?: number;
}

/**
 * Every record read is kept, merged into an earlier duplicate, rejected, or, when the build
 * selected records by category or date, outside the selection.
 */
export interface InputSummary {
  files: FileSummary[];
  read: number;
  kept: number;
  duplicates: number;
  rejected: number;
  rejections: Rejection[];
  /** Which records the build kept (`--category`, `--since`, `--until`), when it selected any. */
  selection?: Selection;
  /** With `selection`: records outside it. */
  outside?: number;
}

/** A build's selection of records; a record is inside when it meets every part given. */
export interface Selection {
  /** arXiv categories or archives ("cs.CL", "cs"), any one of which a record names. */
  categories?: string[];
  /** ISO dates, inclusive, as precise as given ("2025", "2025-06", "2025-06-30"). */
  since?: string;
  until?: string;
}

// ---------------------------------------------------------------------------
// graph.json: graphology's serialisation format with these attributes.

export interface PaperNodeAttributes {
  kind: "paper";
  label: string;
  x: number;
  y: number;
  community: number;
  abstract: string;
  date?: string;
  authorsCount?: number;
  authors?: string[];
  upvotes?: number;
  url?: string;
  doi?: string;
  arxivId?: string;
  categories?: string[];
}

export interface EntityNodeAttributes {
  kind: "entity";
  /** Canonical name. */
  label: string;
  x: number;
  y: number;
  community: number;
  type: EntityType;
  /** Every other surface form seen in the corpus. */
  aliases: string[];
  paperCount: number;
  firstDate?: string;
  lastDate?: string;
}

export type NodeAttributes = PaperNodeAttributes | EntityNodeAttributes;

/** paper -> entity; weight grows with salience (title, definition, repetition). */
export interface MentionsEdgeAttributes {
  kind: "mentions";
  weight: number;
  count: number;
  inTitle: boolean;
}

/** entity - entity, kept only when the pair co-occurs more than chance predicts. */
export interface CooccursEdgeAttributes {
  kind: "cooccurs";
  weight: number;
  count: number;
}

/** paper - paper, the citation-style link: top-k per paper by rarity-weighted shared entities. */
export interface RelatedEdgeAttributes {
  kind: "related";
  weight: number;
  /** Keys of the entities that explain the link, most explanatory first. */
  shared: string[];
}

/** paper -> paper whose coined contribution the source abstract names. */
export interface CitesEdgeAttributes {
  kind: "cites";
  weight: number;
  /** Keys of the target's coined entities named by the source. */
  via: string[];
}

export type EdgeAttributes =
  | MentionsEdgeAttributes
  | CooccursEdgeAttributes
  | RelatedEdgeAttributes
  | CitesEdgeAttributes;

export type EdgeKind = EdgeAttributes["kind"];

export interface CommunityInfo {
  id: number;
  /** Made of its most distinctive entities, e.g. "KV cache · LLM serving · H100". */
  label: string;
  size: number;
  papers: number;
  /** Keys of the entities that define it, most distinctive first. */
  topEntities: string[];
  /** The group of nodes whose own communities were too small to be one (isolated papers, pairs). */
  unclustered?: boolean;
}

export interface GraphStats {
  papers: number;
  entities: number;
  entitiesByType: Record<EntityType, number>;
  edgesByKind: Record<EdgeKind, number>;
  communities: number;
}

/** The options a graph was built with, beyond its inputs and their selection: what `atlas serve` builds it again with. */
export interface BuildSettings {
  seed: string;
  related: number;
  layoutSeconds: number;
  overviewAbove: number;
  year?: number;
}

export interface GraphAttributes {
  schemaVersion: SchemaVersion;
  generator: string;
  /** Absent from files written before it was recorded. */
  build?: BuildSettings;
  communities: CommunityInfo[];
  input: InputSummary;
  stats: GraphStats;
}

export interface SerializedNode {
  key: string;
  attributes: NodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  undirected?: boolean;
  attributes: EdgeAttributes;
}

/** The whole of graph.json. */
export interface SerializedAtlas {
  attributes: GraphAttributes;
  options: { type: "mixed"; multi: boolean; allowSelfLoops: boolean };
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

// ---------------------------------------------------------------------------
// atlas.json: what the explorer loads. The same graph as graph.json in indexed
// arrays (about 6x smaller), without the per-paper details, which live in
// details/<n>.json chunks fetched when a paper is opened.

export const COMPACT_FORMAT = "paper-atlas/compact";

/**
 * Edges of one kind as parallel arrays of node indices. Sources are written as
 * differences from the previous edge's source (the first from 0): the builder
 * writes edges grouped by source, so most differences are 0 or 1 and take a
 * third of the bytes of the indices themselves.
 */
export interface CompactEdges {
  sourceDelta: number[];
  target: number[];
  weight: number[];
}

/** Community-community links of an overview, by community index, strongest first. */
export interface CommunityLinks {
  source: number[];
  target: number[];
  weight: number[];
}

export interface CompactAtlas {
  format: typeof COMPACT_FORMAT;
  schemaVersion: SchemaVersion;
  /** "full": the whole graph; "community": one community of an overview (see OverviewAtlas). */
  view: "full" | "community";
  /** The community this file holds, for view "community". */
  community?: number;
  /** View "community": each paper's index in the whole corpus, which locates its details chunk. */
  paperIndex?: number[];
  attributes: GraphAttributes;
  /** Nodes [0, paperCount) are papers, the rest entities. */
  paperCount: number;
  /** Entity types by the numbers used in `nodes.type`. */
  typeNames: EntityType[];
  nodes: {
    key: string[];
    label: string[];
    x: number[];
    y: number[];
    community: number[];
    /** Per entity (index - paperCount): into typeNames. */
    type: number[];
    /** Per entity. */
    aliases: string[][];
    /** Per paper: ISO date or "" when unknown. */
    date: string[];
    /** Per paper: 0 when unknown. */
    authorsCount: number[];
  };
  edges: {
    /** Paper -> entity; sorted by paper. */
    mentions: CompactEdges;
    cooccurs: CompactEdges;
    /** `shared[i]`: entity node indices explaining related edge i. */
    related: CompactEdges & { shared: number[][] };
    /** `via[i]`: entity node indices named by cites edge i. */
    cites: CompactEdges & { via: number[][] };
  };
  /** Papers per details chunk: paper i's details are entry i % detailsChunk of details/<floor(i / detailsChunk)>.json. */
  detailsChunk: number;
}

/** What the panel shows of a paper beyond the map: one entry of a details chunk. */
export interface PaperDetails {
  abstract: string;
  /** Keys of every entity the paper mentions, including those a community view leaves out. */
  entities: string[];
  authors?: string[];
  upvotes?: number;
  url?: string;
  doi?: string;
  arxivId?: string;
  categories?: string[];
}

/**
 * atlas.json of a graph too large for a browser (past about 50k nodes): one
 * node per community, each opening into communities/<id>.json (a CompactAtlas
 * of view "community"), and a search index over every node, so any single
 * paper is reachable from the overview.
 */
export interface OverviewAtlas {
  format: typeof COMPACT_FORMAT;
  schemaVersion: SchemaVersion;
  view: "overview";
  attributes: GraphAttributes;
  /** Parallel to attributes.communities. */
  communities: {
    x: number[];
    y: number[];
    /** Extent of the community's island on the full map. */
    radius: number[];
    /** Relative path of each community's own graph. */
    file: string[];
    /** Labels of the entities that define each community, most distinctive first. */
    topLabels: string[][];
  };
  /** Community-community links: summed weights of the edges between their members. */
  links: CommunityLinks;
  /** Relative path of the SearchIndex. */
  search: string;
  /** Relative path of the PathIndex. */
  paths: string;
  detailsChunk: number;
}

/** How two nodes of a PathIndex are linked: one bit per kind of edge between them. */
export interface PathLinkBits {
  mentions: 1;
  cooccurs: 2;
  related: 4;
  citesHigher: 8;
  citesLower: 16;
}

/**
 * paths.json: every link of an overview's graph, so that a path between two nodes of different
 * communities can be traced (a community's file holds only its own links). Nodes are those of
 * the SearchIndex, in its order. Each pair of linked nodes appears once, from its lower index
 * (`sourceDelta` as in CompactEdges) to its higher (`target`), with the PathLinkBits of the
 * edges between them in `links`: citesHigher when the lower cites the higher, citesLower for
 * the reverse. `degree` counts a node's edges and `edges` all of them, as graphology does, so
 * each hop costs what it costs in the full explorer.
 */
export interface PathIndex {
  edges: number;
  degree: number[];
  sourceDelta: number[];
  target: number[];
  links: number[];
}

/** search.json: every node of an overview's graph. */
export interface SearchIndex {
  key: string[];
  label: string[];
  community: number[];
  /** Papers: "paper"; entities: their type. */
  kind: ("paper" | EntityType)[];
  /** Aliases per node (empty for papers). */
  aliases: string[][];
}
