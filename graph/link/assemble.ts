import Graph from "graphology";
import type { EdgeAttributes, EntityNodeAttributes, GraphAttributes, NodeAttributes, PaperNodeAttributes } from "../schema.ts";
import { compareDates } from "../ingest/dates.ts";
import type { CitesLink } from "./cites.ts";
import type { CooccurrenceLink } from "./cooccurrence.ts";
import type { CorpusIndex } from "./corpusIndex.ts";
import type { RelatedLink } from "./related.ts";

export type AtlasGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface PaperLinks {
  related: RelatedLink[];
  cites: CitesLink[];
}

function paperAttributes(index: CorpusIndex, p: number): PaperNodeAttributes {
  const paper = index.papers[p]!;
  const attributes: PaperNodeAttributes = { kind: "paper", label: paper.title, x: 0, y: 0, community: -1, abstract: paper.abstract };
  if (paper.date) attributes.date = paper.date;
  if (paper.authorsCount !== undefined) attributes.authorsCount = paper.authorsCount;
  if (paper.authors) attributes.authors = paper.authors;
  if (paper.upvotes !== undefined) attributes.upvotes = paper.upvotes;
  if (paper.url) attributes.url = paper.url;
  if (paper.doi) attributes.doi = paper.doi;
  if (paper.arxivId) attributes.arxivId = paper.arxivId;
  if (paper.categories) attributes.categories = paper.categories;
  return attributes;
}

function entityAttributes(index: CorpusIndex, e: number): EntityNodeAttributes {
  const entity = index.entities[e]!;
  const papers = index.papersOf[e]!;
  let first: string | undefined;
  let last: string | undefined;
  for (const p of papers) {
    const date = index.papers[p]!.date;
    if (date === undefined) continue;
    if (first === undefined || compareDates(date, first) < 0) first = date;
    if (last === undefined || compareDates(date, last) > 0) last = date;
  }
  const attributes: EntityNodeAttributes = {
    kind: "entity",
    label: entity.label,
    x: 0,
    y: 0,
    community: -1,
    type: entity.type,
    aliases: entity.aliases,
    paperCount: papers.length,
  };
  if (first !== undefined && last !== undefined) {
    attributes.firstDate = first;
    attributes.lastDate = last;
  }
  return attributes;
}

/**
 * One mixed graph: papers first, then entities, in index order, so that the
 * serialisation is byte-stable. Entities no paper mentions are left out.
 * Positions and communities are placeholders until the cluster and layout stages assign them.
 * Papers' links to each other are added after, by `addPaperLinks`: related papers can be found
 * in another thread meanwhile.
 */
export function assembleGraph(index: CorpusIndex, cooccurs: CooccurrenceLink[], attributes: GraphAttributes): AtlasGraph {
  const graph: AtlasGraph = new Graph({ type: "mixed", multi: false, allowSelfLoops: false });
  graph.replaceAttributes(attributes);
  const paperKey = (p: number) => index.papers[p]!.key;
  const entityKey = (e: number) => index.entities[e]!.key;
  index.papers.forEach((_, p) => graph.addNode(paperKey(p), paperAttributes(index, p)));
  index.entities.forEach((_, e) => {
    if (index.papersOf[e]!.length > 0) graph.addNode(entityKey(e), entityAttributes(index, e));
  });

  let m = 0;
  index.mentions.forEach((list, p) => {
    for (const mention of list) {
      graph.addDirectedEdgeWithKey(`m${m++}`, paperKey(p), entityKey(mention.entity), {
        kind: "mentions",
        weight: round(mention.weight),
        count: mention.count,
        inTitle: mention.inTitle,
      });
    }
  });
  cooccurs.forEach((l, i) =>
    graph.addUndirectedEdgeWithKey(`o${i}`, entityKey(l.a), entityKey(l.b), { kind: "cooccurs", weight: round(l.weight), count: l.count }),
  );
  return graph;
}

export function addPaperLinks(graph: AtlasGraph, index: CorpusIndex, links: PaperLinks): void {
  const paperKey = (p: number) => index.papers[p]!.key;
  const entityKey = (e: number) => index.entities[e]!.key;
  links.related.forEach((l, i) =>
    graph.addUndirectedEdgeWithKey(`r${i}`, paperKey(l.a), paperKey(l.b), { kind: "related", weight: round(l.weight), shared: l.shared.map(entityKey) }),
  );
  links.cites.forEach((l, i) =>
    graph.addDirectedEdgeWithKey(`c${i}`, paperKey(l.source), paperKey(l.target), { kind: "cites", weight: l.via.length, via: l.via.map(entityKey) }),
  );
}

/** Four decimals survive every reader and keep graph.json stable and small. */
export function round(x: number, decimals = 4): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
