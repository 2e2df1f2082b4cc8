import type { EntityType } from "../../graph/schema";
import { isEntity, isPaper, type AtlasGraph, type EntityAttributes, type PaperAttributes } from "../data/atlas";
import { ENTITY_TYPES } from "../data/validate";
import { normalise } from "../search/index";

export interface NodeRef {
  key: string;
  label: string;
}
export interface PaperRef extends NodeRef {
  date?: string;
}
export interface EntityRef extends NodeRef {
  type: EntityType;
  paperCount: number;
}
export interface LinkedPaper extends PaperRef {
  /** The entities that explain the link, most explanatory first. */
  because: NodeRef[];
}

export interface PaperDetails {
  key: string;
  attributes: PaperAttributes;
  entitiesByType: [EntityType, EntityRef[]][];
  related: LinkedPaper[];
  cites: LinkedPaper[];
  citedBy: LinkedPaper[];
}

export interface EntityDetails {
  key: string;
  attributes: EntityAttributes;
  /** Newest first; undated papers last. */
  papers: PaperRef[];
  cooccurring: (EntityRef & { together: number })[];
}

const MAX_COOCCURRING = 12;

const refsOf = (graph: AtlasGraph, keys: string[]): NodeRef[] =>
  keys.filter((key) => graph.hasNode(key)).map((key) => ({ key, label: graph.getNodeAttribute(key, "label") }));

function paperRef(graph: AtlasGraph, key: string): PaperRef {
  const attributes = graph.getNodeAttributes(key);
  return { key, label: attributes.label, date: isPaper(attributes) ? attributes.date : undefined };
}

function entityRef(graph: AtlasGraph, key: string): EntityRef | null {
  const attributes = graph.getNodeAttributes(key);
  return isEntity(attributes) ? { key, label: attributes.label, type: attributes.type, paperCount: attributes.paperCount } : null;
}

export const newestFirst = (a: { date?: string }, b: { date?: string }) => (b.date ?? "").localeCompare(a.date ?? "");

export function paperDetails(graph: AtlasGraph, key: string): PaperDetails | null {
  const attributes = graph.getNodeAttributes(key);
  if (!isPaper(attributes)) return null;
  const entities: EntityRef[] = [];
  const related: LinkedPaper[] = [];
  const cites: LinkedPaper[] = [];
  const citedBy: LinkedPaper[] = [];
  graph.forEachEdge(key, (_edge, edge, source, target) => {
    const other = source === key ? target : source;
    switch (edge.kind) {
      case "mentions": {
        const entity = entityRef(graph, other);
        if (entity) entities.push(entity);
        break;
      }
      case "related":
        related.push({ ...paperRef(graph, other), because: refsOf(graph, edge.shared) });
        break;
      case "cites":
        (source === key ? cites : citedBy).push({ ...paperRef(graph, other), because: refsOf(graph, edge.via) });
        break;
      case "cooccurs":
        break;
    }
  });
  entities.sort((a, b) => b.paperCount - a.paperCount || a.label.localeCompare(b.label));
  const entitiesByType = ENTITY_TYPES.map((type): [EntityType, EntityRef[]] => [type, entities.filter((e) => e.type === type)]).filter(
    ([, list]) => list.length > 0,
  );
  return { key, attributes, entitiesByType, related, cites: cites.sort(newestFirst), citedBy: citedBy.sort(newestFirst) };
}

export function entityDetails(graph: AtlasGraph, key: string): EntityDetails | null {
  const attributes = graph.getNodeAttributes(key);
  if (!isEntity(attributes)) return null;
  const papers: PaperRef[] = [];
  const together = new Map<string, number>();
  graph.forEachEdge(key, (_edge, edge, source, target) => {
    if (edge.kind !== "mentions") return;
    const paper = source === key ? target : source;
    papers.push(paperRef(graph, paper));
    graph.forEachOutEdge(paper, (_e, mention, _s, other) => {
      if (mention.kind === "mentions" && other !== key) together.set(other, (together.get(other) ?? 0) + 1);
    });
  });
  const cooccurring = [...together]
    .flatMap(([other, count]) => {
      const ref = entityRef(graph, other);
      return ref ? [{ ...ref, together: count }] : [];
    })
    .sort((a, b) => b.together - a.together || b.paperCount - a.paperCount || a.label.localeCompare(b.label))
    .slice(0, MAX_COOCCURRING);
  return { key, attributes, papers: papers.sort(newestFirst), cooccurring };
}

export interface ClusterDetails {
  papers: number;
  entities: number;
  /** Entities by how many of the cluster's papers mention them, whatever cluster they sit in. */
  mentioned: (EntityRef & { here: number })[];
  /** The cluster's papers with the most links, to anything. */
  connected: (PaperRef & { links: number })[];
}

const CLUSTER_LIST = 12;

/** What a cluster of the map holds: what its papers talk about most, and its best-connected papers. */
export function clusterDetails(graph: AtlasGraph, community: number): ClusterDetails {
  const here = new Map<string, number>();
  const connected: (PaperRef & { links: number })[] = [];
  let [papers, entities] = [0, 0];
  graph.forEachNode((key, attributes) => {
    if (attributes.community !== community) return;
    if (!isPaper(attributes)) {
      entities++;
      return;
    }
    papers++;
    connected.push({ ...paperRef(graph, key), links: graph.degree(key) });
    graph.forEachOutEdge(key, (_edge, edge, _source, entity) => {
      if (edge.kind === "mentions") here.set(entity, (here.get(entity) ?? 0) + 1);
    });
  });
  const mentioned = [...here]
    .flatMap(([key, count]) => {
      const ref = entityRef(graph, key);
      return ref ? [{ ...ref, here: count }] : [];
    })
    .sort((a, b) => b.here - a.here || b.paperCount - a.paperCount || a.label.localeCompare(b.label))
    .slice(0, CLUSTER_LIST);
  connected.sort((a, b) => b.links - a.links || a.label.localeCompare(b.label));
  return { papers, entities, mentioned, connected: connected.slice(0, CLUSTER_LIST) };
}

/**
 * The aliases worth reading, most telling first: other names (acronyms,
 * expansions: "LLMs" for "large language model") before phrases that merely
 * contain the name ("LLM accuracy"), shorter first; forms that differ from the
 * name only in case or accents say nothing and are left out.
 */
export function rankAliases(label: string, aliases: string[]): string[] {
  const name = normalise(label);
  const seen = new Set([name]);
  const distinct: string[] = [];
  for (const alias of aliases) {
    const form = normalise(alias);
    if (seen.has(form)) continue;
    seen.add(form);
    distinct.push(alias);
  }
  const containsName = (alias: string) => normalise(alias).includes(name);
  return distinct.sort((a, b) => Number(containsName(a)) - Number(containsName(b)) || a.length - b.length || a.localeCompare(b));
}
