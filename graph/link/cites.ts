import type { CorpusIndex } from "./corpusIndex.ts";
import { compareDates } from "../ingest/dates.ts";

export interface CitesLink {
  source: number;
  target: number;
  /** Entity indices of the target's coined names that the source names. */
  via: number[];
}

/** "VTrans: Accelerating ..." coins "VTrans"; a generic lead-in ("A Closer Look: ...") does not. */
export function coinedName(title: string): string | undefined {
  const colon = title.indexOf(":");
  if (colon <= 0) return undefined;
  const head = title.slice(0, colon).trim();
  const words = head.split(/\s+/);
  if (words.length > 4 || head.length > 40) return undefined;
  return /[A-Z]/.test(head.slice(1)) || /\d/.test(head) || words.length === 1 ? head : undefined;
}

function normalised(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * A paper cites another when its abstract names the other's coined contribution
 * (the name before its title colon, when the extractor found it as an entity of
 * that paper). Papers dated after the citing paper cannot be cited; a name coined
 * by several papers is credited to the earliest.
 */
export function citations(index: CorpusIndex): CitesLink[] {
  const coinedBy = new Map<number, number>();
  index.papers.forEach((paper, p) => {
    const coined = coinedName(paper.title);
    if (!coined) return;
    const target = normalised(coined);
    for (const m of index.mentions[p]!) {
      const entity = index.entities[m.entity]!;
      if (![entity.label, ...entity.aliases].some((form) => normalised(form) === target)) continue;
      const previous = coinedBy.get(m.entity);
      if (previous === undefined || isEarlier(index, p, previous)) coinedBy.set(m.entity, p);
    }
  });

  const links = new Map<number, CitesLink>();
  const n = index.papers.length;
  index.mentions.forEach((list, source) => {
    for (const m of list) {
      const target = coinedBy.get(m.entity);
      if (target === undefined || target === source || isEarlier(index, source, target)) continue;
      const pair = source * n + target;
      const link = links.get(pair) ?? { source, target, via: [] };
      link.via.push(m.entity);
      links.set(pair, link);
    }
  });
  return [...links.values()].sort((x, y) => x.source - y.source || x.target - y.target);
}

function isEarlier(index: CorpusIndex, p: number, q: number): boolean {
  const a = index.papers[p]!.date;
  const b = index.papers[q]!.date;
  if (!a || !b) return false;
  // Compare at the coarser precision: "2024" is not earlier than "2024-05".
  const len = Math.min(a.length, b.length);
  return compareDates(a.slice(0, len), b.slice(0, len)) < 0;
}
