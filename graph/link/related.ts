import type { CorpusIndex } from "./corpusIndex.ts";

export interface RelatedLink {
  a: number;
  b: number;
  /** Cosine similarity of rarity-weighted entity vectors, in (0, 1]. */
  weight: number;
  /** Entity indices that explain the link, largest contribution first. */
  shared: number[];
}

export interface RelatedOptions {
  /** Links per paper (the strongest k of each paper are kept; the union is symmetric). */
  k: number;
  minWeight: number;
  /** Shared entities kept on each link as its explanation. */
  maxShared: number;
  /**
   * Entities in a larger share of the papers than this (and in over `minCandidateCap`
   * papers, at most `maxCandidateCap`) are skipped when looking for candidates: they carry
   * little rarity weight and their cost grows with the square of their count.
   */
  maxCandidateShare: number;
  minCandidateCap: number;
  maxCandidateCap: number;
  /**
   * Candidate papers scanned per paper, its rarest entities first: rare entities carry the
   * similarity, and the budget keeps the stage linear in the corpus when many entities are common.
   */
  scanBudget: number;
}

const MIN_SHARE = 0.05;

export const DEFAULT_RELATED: RelatedOptions = { k: 5, minWeight: 0.08, maxShared: 6, maxCandidateShare: 0.02, minCandidateCap: 100, maxCandidateCap: 1000, scanBudget: 2000 };

/**
 * The k candidates of largest weight (at least `minWeight`), strongest first, ties to the lower
 * index: one pass with a short sorted list, where sorting thousands of candidates per paper
 * would dominate the stage.
 */
function strongestK(candidates: readonly number[], weightOf: (q: number) => number, k: number, minWeight: number): { q: number; weight: number }[] {
  const top: { q: number; weight: number }[] = [];
  if (k <= 0) return top;
  const before = (a: { q: number; weight: number }, b: { q: number; weight: number }) => a.weight > b.weight || (a.weight === b.weight && a.q < b.q);
  for (const q of candidates) {
    const weight = weightOf(q);
    if (weight < minWeight) continue;
    const entry = { q, weight };
    if (top.length === k && !before(entry, top[k - 1]!)) continue;
    let at = top.length;
    while (at > 0 && before(entry, top[at - 1]!)) at--;
    top.splice(at, 0, entry);
    if (top.length > k) top.pop();
  }
  return top;
}

/**
 * The citation-style paper-paper link: TF-IDF cosine over the entities two papers
 * share, so a shared rare method outweighs a shared "LLM".
 */
export function relatedPapers(index: CorpusIndex, options: RelatedOptions = DEFAULT_RELATED): RelatedLink[] {
  const n = index.papers.length;
  const maxCandidateDf = Math.min(options.maxCandidateCap, Math.max(options.minCandidateCap, options.maxCandidateShare * n));
  const idf = index.papersOf.map((ps) => Math.log((n + 1) / ps.length));
  const vectors = index.mentions.map((list) => list.map((m) => ({ entity: m.entity, value: m.weight * idf[m.entity]! })));
  const norms = vectors.map((v) => Math.sqrt(v.reduce((s, x) => s + x.value * x.value, 0)));
  const valueOf = vectors.map((v) => new Map(v.map((x) => [x.entity, x.value])));
  // Each entity's papers with their values, side by side: the inner loop reads arrays, not maps.
  const postingValues = index.papersOf.map((papers, e) => Float64Array.from(papers, (q) => valueOf[q]!.get(e) ?? 0));

  const best = new Map<number, RelatedLink>();
  const scores = new Float64Array(n);
  const touched: number[] = [];
  for (let p = 0; p < n; p++) {
    if (norms[p] === 0) continue;
    let scanned = 0;
    const rarestFirst = [...vectors[p]!].sort((x, y) => index.papersOf[x.entity]!.length - index.papersOf[y.entity]!.length || x.entity - y.entity);
    for (const { entity, value } of rarestFirst) {
      const others = index.papersOf[entity]!;
      if (others.length < 2 || others.length > maxCandidateDf) continue;
      if (scanned > 0 && scanned + others.length > options.scanBudget) break;
      scanned += others.length;
      const values = postingValues[entity]!;
      for (let i = 0; i < others.length; i++) {
        const q = others[i]!;
        if (q === p || norms[q] === 0) continue;
        if (scores[q] === 0) touched.push(q);
        scores[q]! += value * values[i]!;
      }
    }
    const ranked = strongestK(touched, (q) => scores[q]! / (norms[p]! * norms[q]!), options.k, options.minWeight);
    for (const q of touched) scores[q] = 0;
    touched.length = 0;
    for (const { q, weight } of ranked) {
      const a = Math.min(p, q);
      const b = Math.max(p, q);
      const pair = a * n + b;
      if (best.has(pair)) continue;
      const contributions = vectors[a]!
        .filter((x) => valueOf[b]!.has(x.entity))
        .map((x) => ({ entity: x.entity, contribution: x.value * valueOf[b]!.get(x.entity)! }));
      const total = contributions.reduce((sum, x) => sum + x.contribution, 0);
      // An entity that carries almost none of the similarity does not explain the link.
      const shared = contributions
        .filter((x) => x.contribution >= MIN_SHARE * total)
        .sort((x, y) => y.contribution - x.contribution || x.entity - y.entity)
        .slice(0, options.maxShared)
        .map((x) => x.entity);
      best.set(pair, { a, b, weight, shared });
    }
  }
  return [...best.values()].sort((x, y) => x.a - y.a || x.b - y.b);
}
