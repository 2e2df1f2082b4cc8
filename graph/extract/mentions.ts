import type { EntityType } from "../schema.ts";
import { canBeEntity, SOURCES, type Candidate } from "./candidates.ts";
import { conceptKey, singularPhrase } from "./canonical.ts";
import { isKnownConcept, phraseType } from "./classify.ts";
import type { Mention } from "./index.ts";

/**
 * One paper's candidates -> its mentions: generic phrases are kept only when they are
 * concepts (established across the bench, repeated, or in the title); forms of one concept
 * (acronym, plural, "X dataset") become one mention with a canonical name.
 */

const SOURCE_RANK = new Map(SOURCES.map((s, i) => [s, i]));

/** The word-suffixes of a phrase of two words or more: "stable distribution alignment" -> itself, "distribution alignment". */
function phraseSuffixes(phrase: string): string[] {
  const words = phrase.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i <= words.length - 2; i++) out.push(words.slice(i).join(" "));
  return out;
}

/**
 * How often each concept key occurs in the paper. A phrase the paper uses once also counts for
 * the shorter phrases it ends with: "stable distribution alignment methods" and "most
 * distribution alignment methods" are two mentions of "distribution alignment". A repeated
 * longer phrase keeps its own identity: "deep generative models" twice is no evidence for
 * "generative model" on its own. Implied phrases repeat a stretch already counted.
 */
function occurrences(candidates: readonly Candidate[]): Map<string, number> {
  const counts = new Map<string, number>();
  const counted = candidates.filter((c) => c.impliedBy === undefined);
  for (const c of counted) counts.set(conceptKey(c.name), (counts.get(conceptKey(c.name)) ?? 0) + 1);
  const own = new Map(counts);
  for (const c of counted) {
    const key = conceptKey(c.name);
    if (own.get(key)! > 1) continue;
    const shorter = new Set([c.name, ...c.aliases].flatMap(phraseSuffixes).map(conceptKey));
    shorter.delete(key);
    for (const suffix of shorter) counts.set(suffix, (counts.get(suffix) ?? 0) + 1);
  }
  return counts;
}

/**
 * A generic phrase is a concept when it is established, repeated here, or in the title;
 * otherwise the paper may still repeat or establish a shorter phrase it ends with.
 */
function settle(candidate: Candidate, counts: Map<string, number>): Candidate | undefined {
  if (candidate.source !== "phrase") return candidate;
  const repeated = (phrase: string) => (counts.get(conceptKey(phrase)) ?? 0) >= 2;
  // Hardware heads are specific enough on their own: "local devices", "ML accelerators".
  if (candidate.inTitle || candidate.type === "hardware" || repeated(candidate.name) || isKnownConcept(candidate.name)) return candidate;
  // "image and language modeling": "image modeling" is a concept when "language modeling" is.
  const by = candidate.impliedBy;
  if (by !== undefined && (repeated(by) || isKnownConcept(by) || phraseSuffixes(by).some((s) => repeated(s) || isKnownConcept(s)))) return candidate;
  // The shorter phrase has a type of its own: "closed-loop reasoning" is a technique, "reasoning" a task.
  const fallback = (suffix: string) => ({ ...candidate, name: singularPhrase(suffix), type: phraseType(suffix) ?? candidate.type, aliases: [candidate.name, ...candidate.aliases], fallbacks: [] });
  // "neural scaling laws" once in a paper about "scaling laws" is one more mention of them.
  const repeatedSuffix = phraseSuffixes(candidate.name).slice(1).find(repeated);
  if (repeatedSuffix !== undefined && canBeEntity(repeatedSuffix)) return fallback(repeatedSuffix);
  if (candidate.specific) return candidate;
  const known = candidate.fallbacks[0];
  if (known === undefined) return undefined;
  // "fully connected neural network" is a concept where "neural network" alone is too broad to be one.
  return canBeEntity(known) ? fallback(known) : candidate;
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key wins so that the result does not depend on the order of unions.
    if (ra !== rb) {
      if (ra < rb) this.parent.set(rb, ra);
      else this.parent.set(ra, rb);
    }
  }
}

function mostFrequent<T extends string>(values: readonly T[]): T {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0]!;
  for (const v of values) if (counts.get(v)! > counts.get(best)!) best = v;
  return best;
}

function isNameSource(c: Candidate): boolean {
  return c.source !== "phrase" && c.source !== "part";
}

export function mentionsOf(candidates: readonly Candidate[]): { mentions: Mention[]; tentative: Mention[] } {
  const counts = occurrences(candidates);
  const settled = candidates.map((c) => settle(c, counts));
  const kept = settled.filter((c): c is Candidate => c !== undefined);
  const mentions = groupMentions(kept);
  const known = new Set(mentions.flatMap((m) => [m.name, ...m.forms].map(conceptKey)));
  const unsettled = candidates.filter((c, i) => settled[i] === undefined && !known.has(conceptKey(c.name)));
  return { mentions, tentative: groupMentions(unsettled) };
}

function groupMentions(kept: readonly Candidate[]): Mention[] {
  const groups = new UnionFind();
  for (const c of kept) {
    const key = conceptKey(c.name);
    groups.find(key);
    for (const alias of c.aliases) groups.union(key, conceptKey(alias));
  }
  // "Jetson" and "Jetson Nano", "cuDNN" and "cuDNN 9.13": a bare name is short for the longer one.
  const names = kept.filter(isNameSource);
  for (const short of names) {
    if (/\s/.test(short.name)) continue;
    const long = names.find((c) => c.type === short.type && c.name.startsWith(`${short.name} `));
    if (long) groups.union(conceptKey(short.name), conceptKey(long.name));
  }

  const byGroup = new Map<string, Candidate[]>();
  for (const c of kept) {
    const root = groups.find(conceptKey(c.name));
    const members = byGroup.get(root);
    if (members) members.push(c);
    else byGroup.set(root, [c]);
  }

  return [...byGroup.values()].map((members): Mention => {
    const bestRank = Math.min(...members.map((c) => SOURCE_RANK.get(c.source)!));
    const best = members.filter((c) => SOURCE_RANK.get(c.source) === bestRank);
    const name = singularPhrase(mostFrequent(best.map((c) => singularPhrase(c.name))));
    const type: EntityType = mostFrequent(best.map((c) => c.type));
    const forms = new Set<string>();
    for (const c of members) for (const form of [c.name, ...c.aliases]) if (form !== name) forms.add(form);
    return { name, type, forms: [...forms], count: members.length, inTitle: members.some((c) => c.inTitle) };
  });
}
