import type { CorpusIndex } from "./corpusIndex.ts";
import { titleCoinage } from "../extract/index.ts";
import { compareDates } from "../ingest/dates.ts";

export interface CitesLink {
  source: number;
  target: number;
  /** Entity indices of the target's coined names that the source names. */
  via: number[];
}

/** The name a paper's title coins, as the extractor reads it: "VTrans: Accelerating ..." coins "VTrans". */
export function coinedName(title: string): string | undefined {
  return titleCoinage(title)?.name;
}

export function normalised(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A paper cites another when its abstract names the other's coined contribution
 * (the name before its title colon or one its abstract introduces, when the extractor
 * found it as a method, model or dataset of that paper). Papers dated after the citing paper cannot be cited; a name coined
 * by several papers is credited to the earliest, and cites none of the others: each
 * of them names its own contribution.
 */
export function citations(index: CorpusIndex): CitesLink[] {
  const coinedBy = new Map<number, number>();
  const coiners = new Map<number, Set<number>>();
  // Normalised once per entity: hub entities are mentioned by thousands of papers.
  const formsOf: string[][] = [];
  index.papers.forEach((paper, p) => {
    const { titled, introduced } = contributions(paper);
    if (titled === undefined && introduced.size === 0) return;
    for (const m of index.mentions[p]!) {
      const entity = index.entities[m.entity]!;
      const forms = (formsOf[m.entity] ??= [entity.label, ...entity.aliases].map(normalised));
      const named = forms.some((form) => form === titled) || (NAMED_TYPES.has(entity.type) && forms.some((form) => introduced.has(form)));
      if (!named) continue;
      const previous = coinedBy.get(m.entity);
      if (previous === undefined || isEarlier(index, p, previous)) coinedBy.set(m.entity, p);
      coiners.set(m.entity, (coiners.get(m.entity) ?? new Set()).add(p));
    }
  });

  const links = new Map<number, CitesLink>();
  const n = index.papers.length;
  index.mentions.forEach((list, source) => {
    for (const m of list) {
      const target = coinedBy.get(m.entity);
      if (target === undefined || coiners.get(m.entity)!.has(source) || isEarlier(index, source, target)) continue;
      const pair = source * n + target;
      const link = links.get(pair) ?? { source, target, via: [] };
      link.via.push(m.entity);
      links.set(pair, link);
    }
  });
  return [...links.values()].sort((x, y) => x.source - y.source || x.target - y.target);
}

/** "We propose FlashDecoding", "we introduce a benchmark called LongBench": a name the abstract presents as its own. Tried only where OPENING matched. */
export const INTRODUCED = /\b(?:we|this (?:paper|work))\s+(?:also\s+)?(?:propose|introduce|present|develop|design|release|build|call|name|dub|term)[sd]?\s+(?:(?:a|an|the)\s+[^.;:]{0,80}?(?:called|named|dubbed|termed),?\s+)?["'“]?(\p{L}[\p{L}\p{N}+.-]*[\p{L}\p{N}+])/iuy;

/**
 * Where INTRODUCED can start, found without Unicode case folding, which makes scanning a whole
 * abstract with INTRODUCED about four times slower. A superset: "ſ" and the Kelvin sign fold to
 * "s" and "k" under INTRODUCED's flags, and its word boundary is never one this one lacks.
 */
const OPENING = /\b(?:we|thi[s\u017f] (?:paper|wor[k\u212a]))\s/gi;

/** INTRODUCED's matches in `text`, left to right and not overlapping, as `matchAll` would give them. */
export function* introductions(text: string): Generator<RegExpExecArray> {
  const opening = new RegExp(OPENING);
  for (let at = opening.exec(text); at; at = opening.exec(text)) {
    INTRODUCED.lastIndex = at.index;
    const match = INTRODUCED.exec(text);
    if (match) {
      opening.lastIndex = match.index + match[0].length;
      yield match;
    } else {
      opening.lastIndex = at.index + 1;
    }
  }
}

/** Introduced names count when they are named things: "we introduce DPO" can be a method of its own, "we introduce GNNs" not. */
const NAMED_TYPES = new Set(["method", "model", "dataset"]);

/**
 * The names a paper coins: the one before its title's colon, and those its abstract introduces
 * written like a coinage (a capital inside or a digit), normalised.
 */
export function contributions(paper: { title: string; abstract: string }): { titled?: string; introduced: Set<string> } {
  const coined = coinedName(paper.title);
  const introduced = new Set<string>();
  for (const m of introductions(paper.abstract)) {
    const name = m[1]!;
    const next = paper.abstract[m.index + m[0].length];
    if (next !== "-" && (/\p{Lu}/u.test(name.slice(1)) || /\d/.test(name))) introduced.add(normalised(name));
  }
  return { titled: coined === undefined ? undefined : normalised(coined), introduced };
}

function isEarlier(index: CorpusIndex, p: number, q: number): boolean {
  const a = index.papers[p]!.date;
  const b = index.papers[q]!.date;
  if (!a || !b) return false;
  // Compare at the coarser precision: "2024" is not earlier than "2024-05".
  const len = Math.min(a.length, b.length);
  return compareDates(a.slice(0, len), b.slice(0, len)) < 0;
}
