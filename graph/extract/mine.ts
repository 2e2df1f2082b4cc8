import type { EntityType } from "../schema.ts";
import { acronymDefinitions, chunksOf, isNameLike, nameContexts } from "./candidates.ts";
import { conceptKey, singularWord } from "./canonical.ts";
import { familyOf, headWordType, phraseType } from "./classify.ts";
import { GENERIC_TRAILING, NON_ENTITY_NOUNS } from "./lexicon/modifiers.ts";
import { SIZE_SUFFIX } from "./lexicon/names.ts";
import { sentencesOf, type Word } from "./tokens.ts";

/**
 * Mines the lexicon from a corpus of abstracts (scripts/mine-lexicon.ts runs it on the bench
 * corpus). Uses only the hand-written lexicon, never earlier mined data, so a run depends on
 * the corpus and the code alone.
 */

export interface MinedLexicon {
  /** Concept key -> number of abstracts with the phrase as a noun phrase or its tail. */
  phrases: Record<string, number>;
  /** Concept key of a coined name -> the type its contexts agree on. */
  names: Record<string, EntityType>;
  /** Concept key of an acronym -> type of the long forms it was defined with. */
  acronyms: Record<string, EntityType>;
  /** Prefix of versioned names ("cifar" of "CIFAR-10", "qwen" of "Qwen2.5-7B") -> their agreed type. */
  families: Record<string, EntityType>;
  /**
   * Adjectives that abstracts grade ("more accurate", "highly efficient", "very stable"): they
   * say how good something is, not what it is, so they are no part of a concept's name.
   * Classifying adjectives ("semantic", "autoregressive", "latent") are hardly ever graded.
   */
  graded: string[];
  /**
   * Head word of the entity lexicon -> how many different two-word phrases it heads across the
   * corpus. Generic heads ("strategy", "system", "training") head hundreds, mostly one-off
   * descriptions; specific ones ("skipping", "relaxation", "steering") a few, mostly terms.
   */
  headBreadth: Record<string, number>;
}

export interface MiningThresholds {
  /** Abstracts a phrase must appear in to be kept at all. */
  minPhraseFrequency: number;
  /** Abstracts whose contexts must type a name. */
  minVotes: number;
  /** Share of the votes the winning type needs. */
  minAgreement: number;
  /** Longest phrase kept, in words. */
  maxPhraseWords: number;
  /** Graded uses a word needs to count as evaluative... */
  minGraded: number;
  /** ...and the share of its uses they must be. */
  minGradedShare: number;
}

export const DEFAULT_THRESHOLDS: MiningThresholds = {
  minPhraseFrequency: 2,
  minVotes: 2,
  minAgreement: 0.7,
  maxPhraseWords: 5,
  minGraded: 2,
  minGradedShare: 0.02,
};

const INTENSIFIED = /\b(?:very|highly|extremely|increasingly|relatively|particularly|quite|too|fairly|sufficiently|remarkably|surprisingly|especially|inherently|more|most)\s+(\p{Ll}[\p{Ll}-]+)/gu;
const WORD = /\p{Ll}[\p{Ll}-]+/gu;

const TRAILING = new Set(GENERIC_TRAILING);
const NON_ENTITY = new Set(NON_ENTITY_NOUNS);
const SIZED = new RegExp(SIZE_SUFFIX);

function isAdjective(word: string): boolean {
  const pos = sentencesOf(word, false)[0]?.words[0]?.pos;
  return pos === "adj" || pos === "participle";
}

/** Votes counted once per abstract: a key -> the abstracts' votes. */
class Votes<V extends string> {
  readonly counts = new Map<string, Map<V, number>>();
  private readonly seen = new Set<string>();
  add(key: string, value: V, doc: number): void {
    const id = `${doc}\u0000${key}\u0000${value}`;
    if (this.seen.has(id)) return;
    this.seen.add(id);
    let byValue = this.counts.get(key);
    if (!byValue) this.counts.set(key, (byValue = new Map()));
    byValue.set(value, (byValue.get(value) ?? 0) + 1);
  }
  /** Keys whose votes agree, sorted, with their winning value. */
  agreed(minVotes: number, minAgreement: number): Record<string, V> {
    const out: [string, V][] = [];
    for (const [key, byValue] of this.counts) {
      const total = [...byValue.values()].reduce((a, b) => a + b, 0);
      const [value, n] = [...byValue].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
      if (total >= minVotes && n / total >= minAgreement) out.push([key, value]);
    }
    return Object.fromEntries(out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  }
}

function trimmed(chunk: Word[]): Word[] {
  let words = chunk;
  while (words.length > 0 && NON_ENTITY.has(words[0]!.lower)) words = words.slice(1);
  while (words.length > 1 && TRAILING.has(words[words.length - 1]!.lower)) words = words.slice(0, -1);
  return words;
}

export function mineLexicon(
  papers: Iterable<{ title: string; abstract: string }>,
  thresholds: MiningThresholds = DEFAULT_THRESHOLDS,
): MinedLexicon {
  const phraseDocs = new Map<string, number>();
  const pairsByHead = new Map<string, Set<string>>();
  const uses = new Map<string, number>();
  const gradedUses = new Map<string, number>();
  const names = new Votes<EntityType>();
  const acronyms = new Votes<EntityType>();
  const families = new Votes<EntityType>();
  let doc = 0;
  const vote = (w: Word, type: EntityType | undefined) => {
    if (!type || w.shape === "title") return;
    names.add(conceptKey(w.text), type, doc);
    // A family is letters right before a version: "CIFAR-10", "Qwen2.5", "GSM8K".
    if (/^\p{L}{3,}-?\d/u.test(w.text)) families.add(familyOf(w.text), type, doc);
  };
  for (const paper of papers) {
    doc++;
    const text = `${paper.title}\n${paper.abstract}`;
    const phrasesHere = new Set<string>();
    const lower = text.toLowerCase();
    for (const [word] of lower.matchAll(WORD)) uses.set(word, (uses.get(word) ?? 0) + 1);
    for (const [, word] of lower.matchAll(INTENSIFIED)) gradedUses.set(word!, (gradedUses.get(word!) ?? 0) + 1);
    const sentences = [...sentencesOf(paper.title, true, 0), ...sentencesOf(paper.abstract, false, paper.title.length + 1)];
    for (const sentence of sentences) {
      for (const def of acronymDefinitions(text, sentence)) {
        const longForm = text.slice(sentence.words[def.first]!.start, sentence.words[def.word - 1]!.end);
        const type = phraseType(longForm);
        if (type) acronyms.add(conceptKey(def.acronym), type, doc);
      }
      const { words } = sentence;
      for (const chunk of chunksOf(sentence, () => false)) {
        if (chunk.length >= 2) {
          const head = singularWord(chunk[chunk.length - 1]!.lower);
          if (headWordType(head) && !pairsByHead.has(head)) pairsByHead.set(head, new Set());
          pairsByHead.get(head)?.add(conceptKey(text.slice(chunk[chunk.length - 2]!.start, chunk[chunk.length - 1]!.end)));
        }
        const phrase = trimmed(chunk);
        if (phrase.length === 0 || NON_ENTITY.has(phrase[phrase.length - 1]!.lower)) continue;
        for (let i = Math.max(0, phrase.length - thresholds.maxPhraseWords); i < phrase.length; i++) {
          const key = conceptKey(text.slice(phrase[i]!.start, phrase[phrase.length - 1]!.end));
          phrasesHere.add(key);
        }
      }
      for (const [w, context] of nameContexts(text, sentence)) vote(w, context.type);
      for (const w of words) if (SIZED.test(w.text) && isNameLike(w, sentence)) vote(w, "model");
    }
    for (const key of phrasesHere) phraseDocs.set(key, (phraseDocs.get(key) ?? 0) + 1);
  }
  const graded = [...gradedUses]
    .filter(([word, n]) => n >= thresholds.minGraded && n / uses.get(word)! >= thresholds.minGradedShare && isAdjective(word))
    .map(([word]) => word)
    .sort();
  const phrases = [...phraseDocs]
    .filter(([key, n]) => n >= thresholds.minPhraseFrequency && key !== "")
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    phrases: Object.fromEntries(phrases),
    names: names.agreed(thresholds.minVotes, thresholds.minAgreement),
    acronyms: acronyms.agreed(thresholds.minVotes, thresholds.minAgreement),
    families: Object.fromEntries(Object.entries(families.agreed(thresholds.minVotes, thresholds.minAgreement)).filter(([f]) => f.length >= 2)),
    graded,
    headBreadth: Object.fromEntries([...pairsByHead].map(([head, pairs]): [string, number] => [head, pairs.size]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
}
