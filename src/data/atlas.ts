import Graph from "graphology";
import type {
  CitesEdgeAttributes,
  CommunityInfo,
  CompactAtlas,
  CompactEdges,
  CooccursEdgeAttributes,
  EdgeKind,
  EntityNodeAttributes,
  EntityType,
  GraphStats,
  InputSummary,
  MentionsEdgeAttributes,
  PaperDetails,
  PaperNodeAttributes,
  RelatedEdgeAttributes,
} from "../../graph/schema";

/**
 * Paper attributes as the explorer holds them: what the map needs. The
 * abstract, authors and links are fetched with `Atlas.detailsOf` when a paper
 * is opened, so the first load stays small.
 */
export type PaperAttributes = Pick<PaperNodeAttributes, "kind" | "label" | "x" | "y" | "community" | "date" | "authorsCount">;
/** Counts and dates are derived from the mentions the loaded graph holds. */
export type EntityAttributes = EntityNodeAttributes;
export type AtlasNodeAttributes = PaperAttributes | EntityAttributes;

/** Edges as atlas.json carries them: explanations resolved to node keys, mention counts left to graph.json. */
export type AtlasEdgeAttributes =
  | Pick<MentionsEdgeAttributes, "kind" | "weight">
  | Pick<CooccursEdgeAttributes, "kind" | "weight">
  | RelatedEdgeAttributes
  | CitesEdgeAttributes;

export interface AtlasGraphAttributes {
  generator: string;
}

export type AtlasGraph = Graph<AtlasNodeAttributes, AtlasEdgeAttributes, AtlasGraphAttributes>;

/** The whole corpus, or one community of an overview (the graph was too large to draw at once). */
export type AtlasScope = { view: "full" } | { view: "community"; community: CommunityInfo };

export interface Atlas {
  graph: AtlasGraph;
  scope: AtlasScope;
  communities: CommunityInfo[];
  /** What the loaded graph holds; the corpus's own counts are in `corpus`. */
  stats: GraphStats;
  corpus: GraphStats;
  input: InputSummary;
  /** Abstract, authors and links of a paper of this graph, fetched on first use. */
  detailsOf(paperKey: string): Promise<PaperDetails>;
}

/** Fetches the details of the paper at `index` in the whole corpus. */
export type DetailsSource = (index: number) => Promise<PaperDetails>;

/** Source indices of compact edges, which store each as the difference from the previous one. */
export function sourcesOf(edges: { sourceDelta: readonly number[] }): number[] {
  const sources = new Array<number>(edges.sourceDelta.length);
  let source = 0;
  for (let i = 0; i < sources.length; i++) sources[i] = source += edges.sourceDelta[i]!;
  return sources;
}

export function createAtlas(data: CompactAtlas, details: DetailsSource): Atlas {
  const graph: AtlasGraph = new Graph({ type: "mixed", multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ generator: data.attributes.generator });
  const { nodes, paperCount } = data;
  const keys = nodes.key;
  const entityFirst: (string | undefined)[] = [];
  const entityLast: (string | undefined)[] = [];
  const entityPapers = new Array<number>(keys.length - paperCount).fill(0);

  // Entity dates and counts come from the papers that mention them.
  const { mentions, cooccurs, related, cites } = data.edges;
  const sources: Record<EdgeKind, number[]> = { mentions: sourcesOf(mentions), cooccurs: sourcesOf(cooccurs), related: sourcesOf(related), cites: sourcesOf(cites) };
  for (let i = 0; i < sources.mentions.length; i++) {
    const entity = mentions.target[i]! - paperCount;
    const date = nodes.date[sources.mentions[i]!];
    entityPapers[entity]!++;
    if (!date) continue;
    if (entityFirst[entity] === undefined || date < entityFirst[entity]!) entityFirst[entity] = date;
    if (entityLast[entity] === undefined || date > entityLast[entity]!) entityLast[entity] = date;
  }

  for (let i = 0; i < keys.length; i++) {
    const base = { label: nodes.label[i]!, x: nodes.x[i]!, y: nodes.y[i]!, community: nodes.community[i]! };
    if (i < paperCount) {
      const attributes: PaperAttributes = { kind: "paper", ...base };
      if (nodes.date[i]) attributes.date = nodes.date[i];
      if (nodes.authorsCount[i]) attributes.authorsCount = nodes.authorsCount[i];
      graph.addNode(keys[i]!, attributes);
    } else {
      const e = i - paperCount;
      const attributes: EntityAttributes = {
        kind: "entity",
        ...base,
        type: data.typeNames[nodes.type[e]!]!,
        aliases: nodes.aliases[e]!,
        paperCount: entityPapers[e]!,
      };
      if (entityFirst[e]) attributes.firstDate = entityFirst[e];
      if (entityLast[e]) attributes.lastDate = entityLast[e];
      graph.addNode(keys[i]!, attributes);
    }
  }

  const key = (i: number) => keys[i]!;
  // Edge keys are array indices ("0", "1", …) in insertion order: sigma keeps each edge's data
  // in plain objects keyed by edge, which V8 then stores as arrays rather than hash tables.
  let edgeCount = 0;
  const add = (kind: EdgeKind, list: CompactEdges, directed: boolean, attributes: (i: number) => AtlasEdgeAttributes) => {
    const from = sources[kind];
    for (let i = 0; i < from.length; i++) {
      const edge = String(edgeCount++);
      if (directed) graph.addDirectedEdgeWithKey(edge, key(from[i]!), key(list.target[i]!), attributes(i));
      else graph.addUndirectedEdgeWithKey(edge, key(from[i]!), key(list.target[i]!), attributes(i));
    }
  };
  add("mentions", mentions, true, (i) => ({ kind: "mentions", weight: mentions.weight[i]! }));
  add("cooccurs", cooccurs, false, (i) => ({ kind: "cooccurs", weight: cooccurs.weight[i]! }));
  add("related", related, false, (i) => ({ kind: "related", weight: related.weight[i]!, shared: related.shared[i]!.map(key) }));
  add("cites", cites, true, (i) => ({ kind: "cites", weight: cites.weight[i]!, via: cites.via[i]!.map(key) }));

  const corpusIndex = new Map<string, number>();
  for (let i = 0; i < paperCount; i++) corpusIndex.set(keys[i]!, data.paperIndex?.[i] ?? i);
  const community = data.view === "community" ? data.attributes.communities.find((c) => c.id === data.community) : undefined;

  return {
    graph,
    scope: community ? { view: "community", community } : { view: "full" },
    communities: data.attributes.communities,
    stats: statsOf(data, entityPapers.length),
    corpus: data.attributes.stats,
    input: data.attributes.input,
    detailsOf: (paperKey) => {
      const index = corpusIndex.get(paperKey);
      return index === undefined ? Promise.reject(new Error(`${paperKey} is not a paper of this graph`)) : details(index);
    },
  };
}

function statsOf(data: CompactAtlas, entities: number): GraphStats {
  const entitiesByType = Object.fromEntries(data.typeNames.map((type) => [type, 0])) as Record<EntityType, number>;
  for (const type of data.nodes.type) entitiesByType[data.typeNames[type]!]++;
  const { mentions, cooccurs, related, cites } = data.edges;
  return {
    papers: data.paperCount,
    entities,
    entitiesByType,
    edgesByKind: { mentions: mentions.target.length, cooccurs: cooccurs.target.length, related: related.target.length, cites: cites.target.length },
    communities: data.attributes.communities.length,
  };
}

export const isPaper = (attributes: AtlasNodeAttributes): attributes is PaperAttributes => attributes.kind === "paper";
export const isEntity = (attributes: AtlasNodeAttributes): attributes is EntityAttributes => attributes.kind === "entity";

/** The year of an ISO date of any precision ("2025-05-22", "2025-05", "2025"). */
export function yearOf(date: string | undefined): number | null {
  if (!date) return null;
  const year = Number.parseInt(date.slice(0, 4), 10);
  return Number.isFinite(year) ? year : null;
}
