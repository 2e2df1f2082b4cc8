import type { CorpusExtraction, CorpusEntity } from "../extract/index.ts";
import type { Paper } from "../schema.ts";

/** A paper's mention of an entity, by entity index. */
export interface IndexedMention {
  entity: number;
  count: number;
  inTitle: boolean;
  /** Salience: title mentions and repetition count more. */
  weight: number;
}

/**
 * Papers and entities as dense integer indices: the link stages run over
 * 100k papers and millions of mentions, where string keys would dominate.
 */
export interface CorpusIndex {
  papers: Paper[];
  entities: CorpusEntity[];
  /** Each paper's mentions, one per entity, ascending by entity. */
  mentions: IndexedMention[][];
  /** Papers mentioning each entity, ascending. */
  papersOf: number[][];
}

export function mentionWeight(count: number, inTitle: boolean): number {
  return 1 + Math.log2(count) + (inTitle ? 1 : 0);
}

export function buildCorpusIndex(papers: Paper[], extraction: CorpusExtraction): CorpusIndex {
  const entityIndex = new Map(extraction.entities.map((e, i) => [e.key, i]));
  const papersOf: number[][] = extraction.entities.map(() => []);
  const mentions = extraction.papers.map((list, paper) => {
    const merged = new Map<number, IndexedMention>();
    for (const m of list) {
      const entity = entityIndex.get(m.key);
      if (entity === undefined) throw new Error(`extraction refers to unknown entity ${m.key}`);
      const seen = merged.get(entity);
      if (seen) {
        seen.count += m.count;
        seen.inTitle ||= m.inTitle;
      } else {
        merged.set(entity, { entity, count: m.count, inTitle: m.inTitle, weight: 0 });
      }
    }
    const sorted = [...merged.values()].sort((a, b) => a.entity - b.entity);
    for (const m of sorted) {
      m.weight = mentionWeight(m.count, m.inTitle);
      papersOf[m.entity]!.push(paper);
    }
    return sorted;
  });
  return { papers, entities: extraction.entities, mentions, papersOf };
}
