import MiniSearch from "minisearch";
import type { AtlasGraph } from "../data/atlas";
import type { NodeCategory } from "../state/view";
import { categoryOf } from "../state/filters";

export interface SearchHit {
  key: string;
  label: string;
  category: NodeCategory;
  /** The alias that matched when the canonical name did not, to show why the hit is there. */
  alias: string | null;
}

interface SearchDocument {
  id: string;
  label: string;
  aliases: string;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

/** Case- and accent-insensitive form of a term or name: "Métrique" and "metrique" match. */
export function normalise(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const ALIAS_SEPARATOR = "\n";

export function createSearchIndex(graph: AtlasGraph): SearchIndex {
  const documents: SearchDocument[] = [];
  graph.forEachNode((key, attributes) => {
    documents.push({ id: key, label: attributes.label, aliases: attributes.kind === "entity" ? attributes.aliases.join(ALIAS_SEPARATOR) : "" });
  });
  const miniSearch = new MiniSearch<SearchDocument>({
    fields: ["label", "aliases"],
    processTerm: (term) => normalise(term),
    searchOptions: {
      boost: { label: 2 },
      prefix: true,
      // Fuzzy matching on short terms turns "H100" into "A100"; only forgive typos in longer words.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      combineWith: "AND",
      // Well-connected nodes are what people usually mean.
      boostDocument: (id) => 1 + Math.log1p(graph.degree(id as string)) / 4,
    },
  });
  miniSearch.addAll(documents);

  return {
    search(query, limit = 8) {
      const wanted = normalise(query.trim());
      if (!wanted) return [];
      const hits = miniSearch.search(query).map((result) => {
        const key = result.id as string;
        const attributes = graph.getNodeAttributes(key);
        const aliases = attributes.kind === "entity" ? attributes.aliases : [];
        const names = [attributes.label, ...aliases].map(normalise);
        const labelMatches = names[0]!.includes(wanted);
        const alias = labelMatches ? null : (aliases.find((a) => normalise(a).includes(wanted)) ?? bestAlias(aliases, result.terms));
        return { key, label: attributes.label, category: categoryOf(attributes), alias, tier: matchTier(names, wanted), score: result.score };
      });
      // How well the whole query matches a name beats term scores: "concept bott" wants
      // "Concept Bottleneck Models" before a title that merely contains both words.
      hits.sort((a, b) => a.tier - b.tier || b.score - a.score);
      return hits.slice(0, limit).map(({ key, label, category, alias }) => ({ key, label, category, alias }));
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
