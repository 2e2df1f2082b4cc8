import type { CorpusIndex } from "./corpusIndex.ts";

export interface CooccurrenceLink {
  a: number;
  b: number;
  count: number;
  /** Normalised pointwise mutual information, in (0, 1]. */
  weight: number;
}

export interface CooccurrenceOptions {
  /** Pairs seen in fewer papers are chance. */
  minCount: number;
  /** Keep at most this many links per entity, strongest first, so hubs do not turn the map into a hairball. */
  perEntity: number;
  /** Minimum NPMI: the pair must co-occur clearly more often than independence predicts. */
  minWeight: number;
}

export const DEFAULT_COOCCURRENCE: CooccurrenceOptions = { minCount: 2, perEntity: 8, minWeight: 0.1 };

/**
 * Entity pairs that share papers more often than chance, scored by NPMI:
 * log(p(a,b) / p(a)p(b)) / -log p(a,b). Raw counts would link everything to "LLM".
 */
export function cooccurrence(index: CorpusIndex, options: CooccurrenceOptions = DEFAULT_COOCCURRENCE): CooccurrenceLink[] {
  const n = index.papers.length;
  const entityCount = index.entities.length;
  // Entities seen once cannot reach minCount with anyone.
  const eligible = index.mentions.map((list) => Int32Array.from(list.filter((m) => index.papersOf[m.entity]!.length >= options.minCount), (m) => m.entity));
  const candidates: CooccurrenceLink[] = [];
  // Pairs counted entity by entity in one dense array: a map of pair keys costs several times more at 100k papers.
  const counts = new Int32Array(entityCount);
  const partners: number[] = [];
  for (let a = 0; a < entityCount; a++) {
    if (index.papersOf[a]!.length < options.minCount) continue;
    for (const p of index.papersOf[a]!) {
      const entities = eligible[p]!;
      // A paper's entities ascend: walking back from the last reaches those after `a`, so each pair is counted once, at its smaller end.
      for (let i = entities.length - 1; i >= 0 && entities[i]! > a; i--) {
        const b = entities[i]!;
        if (counts[b] === 0) partners.push(b);
        counts[b]!++;
      }
    }
    for (const b of partners) {
      const count = counts[b]!;
      counts[b] = 0;
      if (count < options.minCount) continue;
      const pab = count / n;
      const pa = index.papersOf[a]!.length / n;
      const pb = index.papersOf[b]!.length / n;
      // Pairs present in every paper carry no information (and would divide by zero).
      const weight = pab >= 1 ? 0 : Math.log(pab / (pa * pb)) / -Math.log(pab);
      if (weight >= options.minWeight) candidates.push({ a, b, count, weight });
    }
    partners.length = 0;
  }
  candidates.sort((x, y) => y.weight - x.weight || y.count - x.count || x.a - y.a || x.b - y.b);
  const kept = new Array<number>(entityCount).fill(0);
  const links: CooccurrenceLink[] = [];
  for (const link of candidates) {
    // A link survives if it is among the strongest of either end.
    if (kept[link.a]! >= options.perEntity && kept[link.b]! >= options.perEntity) continue;
    kept[link.a]!++;
    kept[link.b]!++;
    links.push(link);
  }
  return links.sort((x, y) => x.a - y.a || x.b - y.b);
}
