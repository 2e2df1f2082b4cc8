import MiniSearch from "minisearch";
import type { SearchIndex as SearchData } from "../../graph/schema";
import type { AtlasGraph } from "../data/atlas";
import type { NodeCategory } from "../state/view";
import { categoryOf } from "../state/filters";

export interface SearchHit {
  key: string;
  label: string;
  category: NodeCategory;
  community: number;
  /** The alias that matched when the canonical name did not, to show why the hit is there. */
  alias: string | null;
}

/** Something the box can find: a paper by its title, an entity by its name or any alias. */
export interface SearchDocument {
  key: string;
  label: string;
  aliases: string[];
  category: NodeCategory;
  community: number;
  /** Connections: among equal matches the better connected node is usually the one meant. */
  weight: number;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
  /** The indexed node with this key: in an overview, how to name and reach a node of another community. */
  find(key: string): SearchDocument | undefined;
}

/** Case- and accent-insensitive form of a term or name: "Métrique" and "metrique" match. */
export function normalise(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export function graphDocuments(graph: AtlasGraph): SearchDocument[] {
  return graph.mapNodes((key, attributes) => ({
    key,
    label: attributes.label,
    aliases: attributes.kind === "entity" ? attributes.aliases : [],
    category: categoryOf(attributes),
    community: attributes.community,
    weight: graph.degree(key),
  }));
}

/** The builder's index of every node of a graph too large to load, which carries no degrees. */
export function overviewDocuments(data: SearchData): SearchDocument[] {
  return data.key.map((key, i) => ({ key, label: data.label[i]!, aliases: data.aliases[i]!, category: data.kind[i]!, community: data.community[i]!, weight: 0 }));
}

const ALIAS_SEPARATOR = "\n";

/**
 * Documents indexed between two chances for the page to draw, about 0.1 s of work here:
 * indexing the 130k nodes of a 100k-paper overview at once froze the page for 4 s just after
 * it appeared. Smaller turns keep frames shorter but finish later (1,000: 7.5 s, against 6 s).
 */
const INDEXED_PER_TURN = 2000;

/** Builds the index a chunk at a time, so that the map stays responsive meanwhile. */
export async function createSearchIndex(documents: SearchDocument[]): Promise<SearchIndex> {
  const miniSearch = new MiniSearch<{ id: number; label: string; aliases: string }>({
    fields: ["label", "aliases"],
    processTerm: (term) => normalise(term),
    searchOptions: {
      boost: { label: 2 },
      prefix: true,
      // Fuzzy matching on short terms turns "H100" into "A100"; only forgive typos in longer words.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: "AND",
      boostDocument: (id) => 1 + Math.log1p(documents[id as number]!.weight) / 4,
    },
  });
  await miniSearch.addAllAsync(
    documents.map((document, id) => ({ id, label: document.label, aliases: document.aliases.join(ALIAS_SEPARATOR) })),
    { chunkSize: INDEXED_PER_TURN },
  );
  let byKey: Map<string, SearchDocument> | null = null;

  return {
    search(query, limit = 8) {
      const wanted = normalise(query.trim());
      if (!wanted) return [];
      const hits = miniSearch.search(query).map((result) => {
        const { key, label, aliases, category, community } = documents[result.id as number]!;
        const names = [label, ...aliases].map(normalise);
        const labelMatches = names[0]!.includes(wanted);
        const alias = labelMatches ? null : (aliases.find((a) => normalise(a).includes(wanted)) ?? bestAlias(aliases, result.terms));
        return { key, label, category, community, alias, tier: matchTier(names, wanted), score: result.score };
      });
      // How well the whole query matches a name beats term scores: "concept bott" wants
      // "Concept Bottleneck Models" before a title that merely contains both words.
      hits.sort((a, b) => a.tier - b.tier || b.score - a.score);
      return hits.slice(0, limit).map(({ key, label, category, community, alias }) => ({ key, label, category, community, alias }));
    },
    find(key) {
      byKey ??= new Map(documents.map((document) => [document.key, document]));
      return byKey.get(key);
    },
  };
}

/** 0: a name equals the query; 1: a name starts with it; 2: a name contains it; 3: the terms match apart. */
function matchTier(names: string[], wanted: string): number {
  if (names.includes(wanted)) return 0;
  if (names.some((name) => name.startsWith(wanted))) return 1;
  if (names.some((name) => name.includes(wanted))) return 2;
  return 3;
}

function bestAlias(aliases: string[], terms: string[]): string | null {
  return aliases.find((alias) => terms.some((term) => normalise(alias).includes(term))) ?? null;
}
