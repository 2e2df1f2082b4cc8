import { COMPACT_FORMAT, SCHEMA_VERSION, type CompactAtlas, type CompactEdges, type EntityType, type PaperDetails } from "../schema.ts";
import { round, type AtlasGraph } from "../link/assemble.ts";

const TYPE_NAMES: EntityType[] = ["model", "method", "technique", "hardware", "dataset", "metric", "task"];

/** Papers per details file: one fetch brings a screenful of neighbours' abstracts, not the corpus. */
export const DETAILS_CHUNK = 256;

/** Rejections are listed in graph.json; the explorer needs their count and a sample. */
const REJECTIONS_SHOWN = 50;

function edges(): CompactEdges {
  return { source: [], target: [], weight: [] };
}

/**
 * The explorer's data: graph.json's nodes and edges as parallel arrays indexed
 * by node position (papers first), and paper details split off into chunks.
 * Depends on papers preceding entities in the graph's node order.
 */
export function toCompact(graph: AtlasGraph): { atlas: CompactAtlas; details: PaperDetails[][] } {
  const index = new Map<string, number>();
  const attributes = graph.getAttributes();
  const atlas: CompactAtlas = {
    format: COMPACT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    attributes: { ...attributes, input: { ...attributes.input, rejections: attributes.input.rejections.slice(0, REJECTIONS_SHOWN) } },
    paperCount: 0,
    typeNames: TYPE_NAMES,
    nodes: { key: [], label: [], x: [], y: [], community: [], type: [], aliases: [], date: [], authorsCount: [] },
    edges: { mentions: edges(), cooccurs: edges(), related: { ...edges(), shared: [] }, cites: { ...edges(), via: [] } },
    detailsChunk: DETAILS_CHUNK,
  };
  const details: PaperDetails[][] = [];
  const { nodes } = atlas;
  graph.forEachNode((key, a) => {
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
      const entry: PaperDetails = { abstract: a.abstract };
      for (const field of ["authors", "upvotes", "url", "doi", "arxivId", "categories"] as const) {
        if (a[field] !== undefined) (entry as unknown as Record<string, unknown>)[field] = a[field];
      }
      const chunk = Math.floor((atlas.paperCount - 1) / DETAILS_CHUNK);
      (details[chunk] ??= []).push(entry);
    } else {
      nodes.type.push(TYPE_NAMES.indexOf(a.type));
      nodes.aliases.push(a.aliases);
    }
  });
  const at = (key: string) => index.get(key)!;
  graph.forEachEdge((_, a, source, target) => {
    const list = atlas.edges[a.kind];
    list.source.push(at(source));
    list.target.push(at(target));
    list.weight.push(round(a.weight, 2));
    if (a.kind === "related") atlas.edges.related.shared.push(a.shared.map(at));
    if (a.kind === "cites") atlas.edges.cites.via.push(a.via.map(at));
  });
  return { atlas, details };
}
