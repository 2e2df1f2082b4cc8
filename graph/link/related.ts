import type { CorpusIndex, IndexedMention } from "./corpusIndex.ts";

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

/** An entity of a paper with its rarity-weighted salience. */
interface Weighted {
  entity: number;
  value: number;
}

export const DEFAULT_RELATED: RelatedOptions = { k: 5, minWeight: 0.08, maxShared: 6, maxCandidateShare: 0.02, minCandidateCap: 100, maxCandidateCap: 1000, scanBudget: 2000 };

/**
 * The k candidates of largest weight (at least `minWeight`), strongest first, ties to the lower
 * index: one pass with a short sorted list, where sorting thousands of candidates per paper
 * would dominate the stage.
 */
function strongestK(candidates: ArrayLike<number>, weightOf: (q: number) => number, k: number, minWeight: number): { q: number; weight: number }[] {
  const top: { q: number; weight: number }[] = [];
  if (k <= 0) return top;
  const before = (a: { q: number; weight: number }, b: { q: number; weight: number }) => a.weight > b.weight || (a.weight === b.weight && a.q < b.q);
  for (let i = 0; i < candidates.length; i++) {
    const q = candidates[i]!;
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

/** What each entity two papers share adds to their similarity, in the first's order: both vectors are sorted by entity, as their mentions are. */
function sharedContributions(a: readonly Weighted[], b: readonly Weighted[]): { entity: number; contribution: number }[] {
  const shared: { entity: number; contribution: number }[] = [];
  let j = 0;
  for (const x of a) {
    while (j < b.length && b[j]!.entity < x.entity) j++;
    if (j < b.length && b[j]!.entity === x.entity) shared.push({ entity: x.entity, contribution: x.value * b[j]!.value });
  }
  return shared;
}

/** What related papers are computed from: each paper's mentions and each entity's papers, ascending. */
export interface RelatedInput {
  mentions: readonly (readonly Pick<IndexedMention, "entity" | "weight">[])[];
  papersOf: CorpusIndex["papersOf"];
}

/**
 * The citation-style paper-paper link: TF-IDF cosine over the entities two papers
 * share, so a shared rare method outweighs a shared "LLM".
 */
export function relatedPapers(index: RelatedInput, options: RelatedOptions = DEFAULT_RELATED): RelatedLink[] {
  const n = index.mentions.length;
  const maxCandidateDf = Math.min(options.maxCandidateCap, Math.max(options.minCandidateCap, options.maxCandidateShare * n));
  const idf = index.papersOf.map((ps) => Math.log((n + 1) / ps.length));
  const vectors = index.mentions.map((list) => list.map((m) => ({ entity: m.entity, value: m.weight * idf[m.entity]! })));
  const norms = vectors.map((v) => Math.sqrt(v.reduce((s, x) => s + x.value * x.value, 0)));
  // Each entity's papers with their values, side by side: the inner loop reads arrays, not maps.
  // Papers are visited in ascending order, as each entity's papers are listed.
  const postingValues = index.papersOf.map((papers) => new Float64Array(papers.length));
  const filled = new Int32Array(index.papersOf.length);
  vectors.forEach((vector) => {
    for (const { entity, value } of vector) postingValues[entity]![filled[entity]!++] = value;
  });

  const best = new Map<number, RelatedLink>();
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  for (let p = 0; p < n; p++) {
    if (norms[p] === 0) continue;
    let scanned = 0;
    let candidates = 0;
    const rarestFirst = [...vectors[p]!].sort((x, y) => index.papersOf[x.entity]!.length - index.papersOf[y.entity]!.length || x.entity - y.entity);
    for (const { entity, value } of rarestFirst) {
      const others = index.papersOf[entity]!;
      if (others.length < 2 || others.length > maxCandidateDf) continue;
      if (scanned > 0 && scanned + others.length > options.scanBudget) break;
      scanned += others.length;
      const values = postingValues[entity]!;
      // Every paper of a posting mentions its entity, so its norm is positive.
      for (let i = 0; i < others.length; i++) {
        const q = others[i]!;
        if (q === p) continue;
        if (scores[q] === 0) touched[candidates++] = q;
        scores[q]! += value * values[i]!;
      }
    }
    const ranked = strongestK(touched.subarray(0, candidates), (q) => scores[q]! / (norms[p]! * norms[q]!), options.k, options.minWeight);
    for (let i = 0; i < candidates; i++) scores[touched[i]!] = 0;
    for (const { q, weight } of ranked) {
      const a = Math.min(p, q);
      const b = Math.max(p, q);
      const pair = a * n + b;
      if (best.has(pair)) continue;
      const contributions = sharedContributions(vectors[a]!, vectors[b]!);
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
