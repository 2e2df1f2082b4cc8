import Graph from "graphology";
import type {
  CommunityInfo,
  EdgeAttributes,
  EntityNodeAttributes,
  GraphStats,
  InputSummary,
  PaperNodeAttributes,
  SerializedAtlas,
} from "../../graph/schema";

/**
 * Paper attributes as the explorer holds them: the abstract stays out of the
 * graph and is fetched through `Atlas.abstractOf`, so that a builder writing
 * abstracts to a separate file only changes src/data/.
 */
export type PaperAttributes = Omit<PaperNodeAttributes, "abstract">;
export type EntityAttributes = EntityNodeAttributes;
export type AtlasNodeAttributes = PaperAttributes | EntityAttributes;

export interface AtlasGraphAttributes {
  generator: string;
}

export type AtlasGraph = Graph<AtlasNodeAttributes, EdgeAttributes, AtlasGraphAttributes>;

export interface Atlas {
  graph: AtlasGraph;
  communities: CommunityInfo[];
  stats: GraphStats;
  input: InputSummary;
  abstractOf(paperKey: string): Promise<string>;
}

export function createAtlas(data: SerializedAtlas): Atlas {
  const graph: AtlasGraph = new Graph({ type: "mixed", multi: data.options.multi, allowSelfLoops: data.options.allowSelfLoops });
  graph.replaceAttributes({ generator: data.attributes.generator });
  const abstracts = new Map<string, string>();
  for (const { key, attributes } of data.nodes) {
    if (attributes.kind === "paper") {
      const { abstract, ...rest } = attributes;
      abstracts.set(key, abstract);
      graph.addNode(key, rest);
    } else {
      graph.addNode(key, attributes);
    }
  }
  for (const edge of data.edges) {
    if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return {
    graph,
    communities: data.attributes.communities,
    stats: data.attributes.stats,
    input: data.attributes.input,
    abstractOf: (paperKey) => Promise.resolve(abstracts.get(paperKey) ?? ""),
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
