import type { EntityType } from "../schema.ts";

/**
 * Extraction contract. PLACEHOLDER IMPLEMENTATION: only acronym definitions; the real
 * extractor replaces the bodies, keeping these signatures.
 */

/** One concept as one paper mentions it. */
export interface Mention {
  /** Canonical name in this paper's spelling: singular long form ("Large Language Model"). */
  name: string;
  type: EntityType;
  /** Every other surface form in this paper ("LLM", "LLMs", "large language models"). */
  forms: string[];
  count: number;
  inTitle: boolean;
}

/** Pure function of title and abstract: safe to run in a worker and to cache by content hash. */
export interface PaperExtraction {
  mentions: Mention[];
}

export interface CorpusEntity {
  /** Stable node key, "e:" + slug of the canonical name. */
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
}

export interface PaperEntity {
  key: string;
  name: string;
  forms: string[];
  count: number;
  inTitle: boolean;
}

export interface CorpusExtraction {
  /** Sorted by key. */
  entities: CorpusEntity[];
  /** Parallel to the input papers. */
  papers: PaperEntity[][];
}

export function extractPaper(paper: { title: string; abstract: string }): PaperExtraction {
  const text = `${paper.title}. ${paper.abstract}`;
  const found = new Map<string, Mention>();
  for (const m of text.matchAll(/((?:[A-Z][\w-]*\s+){1,4}[A-Z][\w-]*)\s+\(([A-Z][A-Za-z0-9-]{1,10})\)/g)) {
    const name = m[1]!;
    const existing = found.get(name.toLowerCase());
    if (existing) existing.count++;
    else found.set(name.toLowerCase(), { name, type: "technique", forms: [m[2]!], count: 1, inTitle: paper.title.includes(name) });
  }
  return { mentions: [...found.values()] };
}

export function slug(name: string): string {
  return name.toLowerCase().normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "");
}

export function resolveCorpus(perPaper: PaperExtraction[]): CorpusExtraction {
  const entities = new Map<string, CorpusEntity>();
  const papers = perPaper.map((p) =>
    p.mentions.map((m) => {
      const key = "e:" + slug(m.name);
      const e = entities.get(key) ?? { key, label: m.name, type: m.type, aliases: [] };
      e.aliases = [...new Set([...e.aliases, ...m.forms])].sort();
      entities.set(key, e);
      return { key, name: m.name, forms: m.forms, count: m.count, inTitle: m.inTitle };
    }),
  );
  return { entities: [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : 1)), papers };
}
