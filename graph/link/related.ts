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

/** Each paper's mentions as flat arrays, which cross to a worker thread without being copied. */
export interface PackedMentions {
  entityCount: number;
  /** Paper p's mentions, ascending by entity, are `start[p]` to `start[p + 1]`. */
  start: Int32Array<ArrayBuffer>;
  entity: Int32Array<ArrayBuffer>;
  weight: Float64Array<ArrayBuffer>;
}

export function packMentions(index: Pick<CorpusIndex, "mentions" | "papersOf">): PackedMentions {
  const start = new Int32Array(index.mentions.length + 1);
  index.mentions.forEach((list, p) => (start[p + 1] = start[p]! + list.length));
  const entity = new Int32Array(start[index.mentions.length]!);
  const weight = new Float64Array(entity.length);
  index.mentions.forEach((list, p) =>
    list.forEach((m, i) => {
      entity[start[p]! + i] = m.entity;
      weight[start[p]! + i] = m.weight;
    }),
  );
  return { entityCount: index.papersOf.length, start, entity, weight };
}

/** Related links as flat arrays; link i's shared entities are `sharedStart[i]` to `sharedStart[i + 1]`. */
export interface PackedLinks {
  a: Int32Array<ArrayBuffer>;
  b: Int32Array<ArrayBuffer>;
  weight: Float64Array<ArrayBuffer>;
  sharedStart: Int32Array<ArrayBuffer>;
  shared: Int32Array<ArrayBuffer>;
}

export function packLinks(links: RelatedLink[]): PackedLinks {
  const sharedStart = new Int32Array(links.length + 1);
  links.forEach((link, i) => (sharedStart[i + 1] = sharedStart[i]! + link.shared.length));
  const packed: PackedLinks = {
    a: Int32Array.from(links, (l) => l.a),
    b: Int32Array.from(links, (l) => l.b),
    weight: Float64Array.from(links, (l) => l.weight),
    sharedStart,
    shared: new Int32Array(sharedStart[links.length]!),
  };
  links.forEach((link, i) => packed.shared.set(link.shared, sharedStart[i]!));
  return packed;
}

export function unpackLinks({ a, b, weight, sharedStart, shared }: PackedLinks): RelatedLink[] {
  return Array.from(a, (_, i) => ({ a: a[i]!, b: b[i]!, weight: weight[i]!, shared: Array.from(shared.subarray(sharedStart[i]!, sharedStart[i + 1]!)) }));
}

/**
 * The citation-style paper-paper link: TF-IDF cosine over the entities two papers
 * share, so a shared rare method outweighs a shared "LLM". Over flat arrays throughout: at
 * 100k papers, an object per mention would cost hundreds of megabytes.
 */
export function relatedPapers({ entityCount, start, entity, weight }: PackedMentions, options: RelatedOptions = DEFAULT_RELATED): RelatedLink[] {
  const n = start.length - 1;
  const df = new Int32Array(entityCount);
  for (const e of entity) df[e]!++;
  const maxCandidateDf = Math.min(options.maxCandidateCap, Math.max(options.minCandidateCap, options.maxCandidateShare * n));
  const idf = Float64Array.from(df, (d) => Math.log((n + 1) / d));
  const value = Float64Array.from(weight, (w, i) => w * idf[entity[i]!]!);
  const norms = new Float64Array(n);
  for (let p = 0; p < n; p++) {
    let sum = 0;
    for (let i = start[p]!; i < start[p + 1]!; i++) sum += value[i]! * value[i]!;
    norms[p] = Math.sqrt(sum);
  }
  // Each entity's papers with their values, side by side, papers ascending.
  const postStart = new Int32Array(entityCount + 1);
  for (let e = 0; e < entityCount; e++) postStart[e + 1] = postStart[e]! + df[e]!;
  const postPaper = new Int32Array(entity.length);
  const postValue = new Float64Array(entity.length);
  const filled = postStart.slice(0, entityCount);
  for (let p = 0; p < n; p++) {
    for (let i = start[p]!; i < start[p + 1]!; i++) {
      const at = filled[entity[i]!]!++;
      postPaper[at] = p;
      postValue[at] = value[i]!;
    }
  }

  /** What each entity two papers share adds to their similarity, in the first's order: both run by ascending entity. */
  const sharedContributions = (a: number, b: number) => {
    const shared: { entity: number; contribution: number }[] = [];
    let j = start[b]!;
    for (let i = start[a]!; i < start[a + 1]!; i++) {
      while (j < start[b + 1]! && entity[j]! < entity[i]!) j++;
      if (j < start[b + 1]! && entity[j] === entity[i]) shared.push({ entity: entity[i]!, contribution: value[i]! * value[j]! });
    }
    return shared;
  };

  const best = new Map<number, RelatedLink>();
  const scores = new Float64Array(n);
  const touched = new Int32Array(n);
  const rarestFirst: number[] = [];
  for (let p = 0; p < n; p++) {
    if (norms[p] === 0) continue;
    let scanned = 0;
    let candidates = 0;
    rarestFirst.length = 0;
    for (let i = start[p]!; i < start[p + 1]!; i++) rarestFirst.push(i);
    rarestFirst.sort((x, y) => df[entity[x]!]! - df[entity[y]!]! || entity[x]! - entity[y]!);
    for (const i of rarestFirst) {
      const e = entity[i]!;
      const others = df[e]!;
      if (others < 2 || others > maxCandidateDf) continue;
      if (scanned > 0 && scanned + others > options.scanBudget) break;
      scanned += others;
      // Every paper of a posting mentions its entity, so its norm is positive.
      for (let at = postStart[e]!; at < postStart[e + 1]!; at++) {
        const q = postPaper[at]!;
        if (q === p) continue;
        if (scores[q] === 0) touched[candidates++] = q;
        scores[q]! += value[i]! * postValue[at]!;
      }
    }
    const ranked = strongestK(touched.subarray(0, candidates), (q) => scores[q]! / (norms[p]! * norms[q]!), options.k, options.minWeight);
    for (let i = 0; i < candidates; i++) scores[touched[i]!] = 0;
    for (const { q, weight } of ranked) {
      const a = Math.min(p, q);
      const b = Math.max(p, q);
      const pair = a * n + b;
      if (best.has(pair)) continue;
      const contributions = sharedContributions(a, b);
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
