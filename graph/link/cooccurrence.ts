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
  const pairCounts = new Map<number, number>();
  for (const list of index.mentions) {
    // Entities seen once cannot reach minCount with anyone.
    const eligible = list.filter((m) => index.papersOf[m.entity]!.length >= options.minCount);
    for (let i = 0; i < eligible.length; i++) {
      for (let j = i + 1; j < eligible.length; j++) {
        const pair = eligible[i]!.entity * entityCount + eligible[j]!.entity;
        pairCounts.set(pair, (pairCounts.get(pair) ?? 0) + 1);
      }
    }
  }
  const candidates: CooccurrenceLink[] = [];
  for (const [pair, count] of pairCounts) {
    if (count < options.minCount) continue;
    const a = Math.floor(pair / entityCount);
    const b = pair % entityCount;
    const pab = count / n;
    const pa = index.papersOf[a]!.length / n;
    const pb = index.papersOf[b]!.length / n;
    // Pairs present in every paper carry no information (and would divide by zero).
    const weight = pab >= 1 ? 0 : Math.log(pab / (pa * pb)) / -Math.log(pab);
    if (weight >= options.minWeight) candidates.push({ a, b, count, weight });
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
