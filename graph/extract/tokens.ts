import nlp from "compromise/two";
import type { EntityType } from "../schema.ts";
import { memoized } from "./canonical.ts";
import { atlasPlugin, HEAD_TAG } from "./plugin.ts";
import { DOMAIN_WORDS } from "./lexicon/pos.ts";

/**
 * Words with part-of-speech classes and character offsets. compromise's pre-tagger (with the
 * domain plugin) tags each distinct word once, and its own noun/verb switch clues settle the
 * words whose class depends on their neighbours. Splitting text and caching per word makes this
 * about ten times faster than running compromise on every abstract, which matters at 100k
 * abstracts; the post-tagger is skipped as before: it mostly refines verb forms that do not
 * change noun-phrase boundaries.
 */

nlp.plugin(atlasPlugin);

export type Pos =
  | "noun"
  | "proper"
  | "adj"
  | "verb"
  | "gerund"
  | "participle"
  | "num"
  | "det"
  | "prep"
  | "conj"
  | "pron"
  | "adv"
  | "other";

/** How a word is written: decides whether it can be a coined name. */
export type Shape =
  /** "decoding" */
  | "lower"
  /** "Decoding" */
  | "title"
  /** "LLM", "MMLU" */
  | "caps"
  /** "FlashAttention", "vLLM", "ColBERTv2" */
  | "mixed"
  /** "H100", "GPT-4o", "ResNet-50", "CIFAR-10" */
  | "alnum"
  /** "4", "3.8x" */
  | "number";

export interface Word {
  /** Surface form; hyphenated compounds ("self-speculative") are one word. */
  text: string;
  lower: string;
  start: number;
  end: number;
  pos: Pos;
  shape: Shape;
  /** An opening bracket stands right before the word. */
  openParen: boolean;
  /** A closing bracket follows the word. */
  closeParen: boolean;
  /** Punctuation after the word ends a noun phrase (comma, colon, bracket, quote...). */
  breakAfter: boolean;
  /** First word of its sentence: capitalisation says nothing there. */
  sentenceStart: boolean;
  /** A capitalised first word of a list item ("(a) Scalability: ..."), capitalised as a sentence's first word is. */
  itemStart: boolean;
  /** The entity type its (last) part names as a head word, from the plugin's tags. */
  headType?: Exclude<EntityType, "method">;
  /**
   * compromise's lexicon knows the word as a verb form ("exhibit", "overlooks", "preserves"):
   * tagged as a noun, it may still be the verb that ends a noun phrase.
   */
  verbLike: boolean;
}

export interface Sentence {
  words: Word[];
  /** The sentence comes from the title, where capitalisation says nothing either. */
  inTitle: boolean;
}

interface Term {
  text: string;
  normal?: string;
  tags: Set<string>;
  switch?: string;
}

const POS_BY_TAG: ReadonlyArray<[string, Pos]> = [
  ["Determiner", "det"],
  ["Preposition", "prep"],
  ["Conjunction", "conj"],
  ["Pronoun", "pron"],
  ["Adverb", "adv"],
  ["Gerund", "gerund"],
  ["Participle", "participle"],
  ["PastTense", "participle"],
  ["Verb", "verb"],
  ["Adjective", "adj"],
  ["ProperNoun", "proper"],
  ["Acronym", "proper"],
  ["Noun", "noun"],
  ["Value", "num"],
];

/**
 * A function of a tag set alone, computed once per set: every occurrence of a word shares its
 * set (see wordCache), as every switched word shares its class's (see withParents).
 */
function perTagSet<T>(fn: (tags: Set<string>) => T): (tags: Set<string>) => T {
  const cache = new WeakMap<Set<string>, T>();
  return (tags) => {
    if (cache.has(tags)) return cache.get(tags)!;
    const value = fn(tags);
    cache.set(tags, value);
    return value;
  };
}

const posOf = perTagSet((tags): Pos => POS_BY_TAG.find(([tag]) => tags.has(tag))?.[1] ?? "other");

const WORD_CACHE_LIMIT = 200_000;

/** How `text` is written; cached, as abstracts repeat the same words. */
export const shapeOf = memoized(shapeOfUncached, WORD_CACHE_LIMIT);

function shapeOfUncached(text: string): Shape {
  if (!/\p{L}/u.test(text)) return "number";
  const letters = text.replace(/[^\p{L}]/gu, "");
  const hasDigit = /\p{N}/u.test(text);
  if (hasDigit) return /^\d+(?:\.\d+)?(?:x|times|%|k|m|b)?$/i.test(text) ? "number" : "alnum";
  if (letters === letters.toUpperCase()) return letters.length > 1 ? "caps" : "title";
  if (/\p{Lu}/u.test(letters.slice(1)) || /^\p{Ll}+\p{Lu}/u.test(letters)) {
    // "Mixture-of-Experts" and "Key-Value" are title case per part, not coined names.
    const parts = text.split(/[-/]/).filter((p) => p !== "");
    const titleParts = parts.every((p) => /^\p{Lu}\p{Ll}*$/u.test(p) || /^\p{Ll}+$/u.test(p));
    return titleParts ? "title" : "mixed";
  }
  return /^\p{Lu}/u.test(letters) ? "title" : "lower";
}

const HEAD_TYPES = Object.entries(HEAD_TAG) as [Exclude<EntityType, "method">, string][];

const headTypeOf = perTagSet((tags) => HEAD_TYPES.find(([, tag]) => tags.has(tag))?.[0]);

/** Punctuation between two words that ends a noun phrase: anything but spaces and hyphens. */
const PHRASE_BREAK = /[^\s\p{L}\p{N}-]|\s-|-\s/u;

interface TagModel {
  one: { lexicon: Record<string, unknown>; tagSet: Record<string, { parents: string[] }> };
  two: {
    switches: Record<string, string>;
    clues: Record<string, { beforeTags?: Record<string, string>; afterTags?: Record<string, string>; beforeWords?: Record<string, string>; afterWords?: Record<string, string> }>;
  };
}
const { model } = nlp.world() as unknown as { model: TagModel };
const VERB_FORMS = new Set(["PresentTense", "Infinitive", "PastTense", "Gerund"]);

const PLACE_OR_PEOPLE = new Set(["Demonym", "Country", "City", "Region", "Place", "Month", "WeekDay"]);

/** "Korean", "Utah", "January": compromise knows the word as a place, a people or a date, no entity of the field. */
export function namesPlaceOrPeople(lower: string): boolean {
  const tag = Object.hasOwn(model.one.lexicon, lower) ? model.one.lexicon[lower] : undefined;
  return (Array.isArray(tag) ? tag : [tag]).some((t) => typeof t === "string" && PLACE_OR_PEOPLE.has(t));
}

function isVerbLike(lower: string): boolean {
  // Own properties only: "constructor" or "toString" in an abstract must not reach Object.prototype.
  const tag = Object.hasOwn(model.one.lexicon, lower) ? model.one.lexicon[lower] : undefined;
  const switchTag = Object.hasOwn(model.two.switches, lower) ? model.two.switches[lower] : undefined;
  return (typeof tag === "string" && VERB_FORMS.has(tag)) || (typeof switchTag === "string" && switchTag.includes("Verb"));
}

/** What the pre-tagger makes of one word on its own: the tags of its last part, and of all parts. */
interface WordTags {
  tags: Set<string>;
  hasValue: boolean;
  /** See Word.verbLike; a property of the word alone, so it is cached with its tags. */
  verbLike: boolean;
  /** compromise's switch ("Noun|Verb", "Adj|Gerund"...) for words whose class their neighbours decide. */
  switch?: string;
}

const wordCache = new Map<string, WordTags>();

/**
 * compromise splits most hyphenated words into terms before its lexicon is read, so the domain's
 * hyphenated words ("state-of-the-art", "fine-grained") are looked up whole here.
 */
const HYPHENATED_DOMAIN_WORDS = new Map(Object.entries(DOMAIN_WORDS).filter(([word]) => word.includes("-")));

function wordTagsOf(lower: string, terms: Term[]): WordTags {
  const parts = terms.filter((t) => t.text !== "");
  const last = parts[parts.length - 1];
  const domainTag = HYPHENATED_DOMAIN_WORDS.get(lower);
  return {
    tags: domainTag !== undefined ? withParents(domainTag) : (last?.tags ?? new Set()),
    hasValue: parts.some((t) => t.tags.has("Value")),
    verbLike: !/[-/]/.test(lower) && isVerbLike(lower),
    switch: parts.length === 1 ? last?.switch : undefined,
  };
}

// compromise also reads sentences split into words already ("pre-tokenized" input); its types name text only.
const tokenize = nlp.tokenize.bind(nlp) as (input: string | string[][]) => ReturnType<typeof nlp.tokenize>;

/** Text to split, or words split already (one term each, no tokenizer pass). */
function preTagged(input: string | string[][]): Term[][] {
  const doc = tokenize(input);
  doc.compute("freeze");
  doc.compute("lexicon");
  doc.compute("preTagger");
  return doc.docs as Term[][];
}

/** Empties the word-tag cache (see releaseCaches). */
export function clearWordCaches(): void {
  wordCache.clear();
}

/** Words the tokenizer would leave as one term as they are: no hyphen, digit, apostrophe or dot to split at. */
const PLAIN_WORD = /^[a-z]+$/;

/**
 * Tags the words not seen before, each on its own: in one compromise document of one word a
 * line (compromise's cost is mostly per call), or one by one if the lines do not come back one
 * sentence each. Plain words skip the tokenizer, about a quarter of their cost.
 */
function tagNewWords(lowers: readonly string[]): void {
  const fresh = [...new Set(lowers.filter((w) => !wordCache.has(w)))];
  if (fresh.length === 0) return;
  if (wordCache.size + fresh.length > WORD_CACHE_LIMIT) wordCache.clear();
  const plain = fresh.filter((w) => PLAIN_WORD.test(w));
  const other = fresh.filter((w) => !PLAIN_WORD.test(w));
  const cache = (words: string[], docs: Term[][]) =>
    words.forEach((word, i) => wordCache.set(word, wordTagsOf(word, docs.length === words.length ? docs[i]! : preTagged(word).flat())));
  if (plain.length > 0) cache(plain, preTagged(plain.map((w) => [w])));
  if (other.length > 0) cache(other, other.length > 1 ? preTagged(other.join("\n")) : []);
}

function tagsOfWord(lower: string): WordTags {
  let tags = wordCache.get(lower);
  if (tags === undefined) {
    tagNewWords([lower]);
    tags = wordCache.get(lower)!;
  }
  return tags;
}

const tagWithParents = new Map<string, Set<string>>();

/** A tag and every tag it implies: "Infinitive" is a Verb too. One set per tag, never changed. */
function withParents(tag: string): Set<string> {
  let tags = tagWithParents.get(tag);
  if (tags === undefined) {
    tags = new Set([tag, ...(model.one.tagSet[tag]?.parents ?? [])]);
    tagWithParents.set(tag, tags);
  }
  return tags;
}

/** The most specific tag first, as compromise reads them ("ProperNoun" before "Noun"). */
const bySpecificity = perTagSet((tags) => [...tags].sort((a, b) => (model.one.tagSet[b]?.parents.length ?? 0) - (model.one.tagSet[a]?.parents.length ?? 0)));

/** The tags that compromise's switch names abbreviate. */
const SWITCH_TAG: Record<string, string> = { Adj: "Adjective", Past: "PastTense", Present: "PresentTense" };

/**
 * compromise's switch resolution, on our words: the word after, the word before, the tags
 * before and after, in that order, pick the class of a word like "approach" or "results".
 */
function switchedTags(words: readonly { lower: string; tags: Set<string> }[], i: number, form: string): Set<string> | undefined {
  const clues = model.two.clues[form];
  if (!clues) return undefined;
  const before = words[i - 1]?.lower !== "also" ? i - 1 : Math.max(0, i - 2);
  const byWord = (w: { lower: string } | undefined, table: Record<string, string> | undefined) =>
    w && table && Object.hasOwn(table, w.lower) ? table[w.lower] : undefined;
  const byTag = (w: { tags: Set<string> } | undefined, table: Record<string, string> | undefined) => {
    if (!w || !table) return undefined;
    const found = bySpecificity(w.tags).find((tag) => Object.hasOwn(table, tag));
    return found === undefined ? undefined : table[found];
  };
  const tag = byWord(words[i + 1], clues.afterWords) ?? byWord(words[before], clues.beforeWords) ?? byTag(words[before], clues.beforeTags) ?? byTag(words[i + 1], clues.afterTags);
  // No clue: abstracts are mostly noun phrases, so a "Noun|Verb" word is a noun, an "Adj|Past" one an adjective.
  return withParents(tag ?? SWITCH_TAG[form.split("|")[0]!] ?? form.split("|")[0]!);
}

function wordPos(surface: string, shape: Shape, tags: Set<string>, hasValue: boolean): Pos {
  if (shape === "number") return "num";
  // "4-bit" and "8B" modify; "ResNet-50" and "GPT-4o" name something, whatever the tagger says.
  if (shape === "alnum") return /^\d/.test(surface) ? "adj" : "proper";
  if (shape === "mixed" || shape === "caps") return tags.has("Determiner") || tags.has("Preposition") ? posOf(tags) : "proper";
  if (hasValue) return "adj";
  return posOf(tags);
}

/** Full stops that end no sentence. */
const ABBREVIATION = /(?:^|[\s(])(?:e\.g|i\.e|et al|etc|vs|cf|fig|figs|eq|eqs|sec|no|approx|resp|w\.r\.t|viz|incl|dr|prof|st)\.$/i;

/** [start, end) of each sentence: a full stop, question or exclamation mark before a capital, digit or bracket. */
function sentenceSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?]+(?=\s+["'([]?[\p{Lu}\p{N}])|\n+/gu)) {
    const end = m.index + m[0].length;
    if (m[0][0] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), end))) continue;
    spans.push([start, end]);
    start = end;
  }
  spans.push([start, text.length]);
  return spans;
}

const LEADING_PUNCTUATION = /^[([{"'`“‘«<*~≈]+/;
const TRAILING_PUNCTUATION = /[)\]}"'`”’».,;:!?*>]+$/;
/**
 * A possessive is no part of a name: "ChatGPT's answers" mentions ChatGPT, "the model's
 * accuracy" accuracy. An eponym's stays: "Alzheimer's disease", "Poisson's ratio".
 */
const POSSESSIVE = /['’]s$/;
const EPONYM_POSSESSIVE = /^\p{Lu}\p{Ll}+['’]s$/u;

/** Words of a sentence as [start, end) offsets, brackets, quotes and punctuation left outside. */
function wordSpans(text: string, from: number, to: number): [number, number][] {
  const spans: [number, number][] = [];
  const sentence = text.slice(from, to);
  for (const m of sentence.matchAll(/\S+/g)) {
    let start = m.index;
    let end = start + m[0].length;
    start += LEADING_PUNCTUATION.exec(m[0])?.[0].length ?? 0;
    const trailing = TRAILING_PUNCTUATION.exec(sentence.slice(start, end))?.[0] ?? "";
    end -= trailing.length;
    const word = sentence.slice(start, end);
    if (POSSESSIVE.test(word) && !EPONYM_POSSESSIVE.test(word)) end -= 2;
    // A closing bracket that closes something inside the word stays: "Theta(Nd)".
    while (trailing.startsWith(")") && end < start + m[0].length && sentence.slice(start, end).split("(").length > sentence.slice(start, end).split(")").length) end++;
    if (end <= start || !/[\p{L}\p{N}]/u.test(sentence.slice(start, end))) continue;
    const surface = sentence.slice(start, end);
    if (!surface.includes("/") || !SLASHED_ACRONYMS.test(surface)) {
      spans.push([from + start, from + end]);
      continue;
    }
    let at = start;
    for (const part of surface.split("/")) {
      spans.push([from + at, from + at + part.length]);
      at += part.length + 1;
    }
  }
  return spans;
}

/** "T2V/T2I models", "GNSS/UWB/IMU fusion": a word for each acronym. "I/O", of single letters, stays whole. */
const SLASHED_ACRONYMS = /^(?:\p{Lu}[\p{Lu}\p{N}]+(?:-\p{Lu}[\p{Lu}\p{N}]*)?)(?:\/\p{Lu}[\p{Lu}\p{N}]+(?:-\p{Lu}[\p{Lu}\p{N}]*)?)+$/u;

/** "(2) ", "ii) ", "(a) ": a list item starts after it, capitalised like a sentence. */
const ENUMERATOR_BEFORE = /(?:^|[\s,;:.(])\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])\)\s*$/;

/** "on-device", "off-chip", "in-memory": where something happens, an adjective, not the noun it ends with. */
export const PREPOSITIONAL_COMPOUND = /^(?:on|off|in|near|at|per|under|over)-\p{L}+$/u;

/** Splits `text` into sentences of words; `offset` shifts the offsets (the title precedes the abstract). */
export function sentencesOf(text: string, inTitle: boolean, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  const spansOf = sentenceSpans(text).map(([from, to]) => wordSpans(text, from, to));
  const lowersOf = spansOf.map((spans) => spans.map(([start, end]) => text.slice(start, end).toLowerCase()));
  tagNewWords(lowersOf.flat());
  for (const [k, spans] of spansOf.entries()) {
    const tagged = lowersOf[k]!.map((lower) => ({ lower, ...tagsOfWord(lower) }));
    const words = spans.map(([start, end], i): Word => {
      const surface = text.slice(start, end);
      const shape = shapeOf(surface);
      const word = tagged[i]!;
      const tags = (word.switch && shape !== "caps" && shape !== "mixed" ? switchedTags(tagged, i, word.switch) : undefined) ?? word.tags;
      const before = text.slice(i === 0 ? Math.max(0, start - 3) : spans[i - 1]![1], start);
      const after = text.slice(end, i + 1 < spans.length ? spans[i + 1]![0] : end + 3);
      const prepositional = PREPOSITIONAL_COMPOUND.test(word.lower);
      const headType = prepositional ? undefined : headTypeOf(tags);
      return {
        text: surface,
        lower: word.lower,
        start: start + offset,
        end: end + offset,
        pos: prepositional ? "adj" : wordPos(surface, shape, tags, word.hasValue),
        shape,
        openParen: /[([]\s*$/.test(before),
        closeParen: /^\s*[)\]]/.test(after),
        breakAfter: i + 1 === spans.length || PHRASE_BREAK.test(after),
        sentenceStart: i === 0,
        itemStart: shape === "title" && ENUMERATOR_BEFORE.test(text.slice(Math.max(0, start - 8), start)),
        headType,
        verbLike: word.verbLike && headType === undefined,
      };
    });
    markGuessedNames(words, inTitle);
    if (words.length > 0) sentences.push({ words, inTitle });
  }
  return sentences;
}

/**
 * The pre-tagger guesses an unknown word's class from its ending: "Robomimic" and "Dynamic"
 * look alike to it. A capitalised word in mid-sentence that compromise does not know, and that
 * modifies nothing after it, is a name: "experiments on Robomimic and MetaWorld". A capitalised
 * verb in mid-sentence before another capitalised word opens a name: "lower Chamfer Distance".
 */
function markGuessedNames(words: Word[], inTitle: boolean): void {
  if (inTitle) return;
  words.forEach((w, i) => {
    if (w.shape !== "title" || w.sentenceStart) return;
    const next = words[i + 1];
    if (w.pos === "verb") {
      if (next !== undefined && !w.breakAfter && /^(?:title|caps|mixed)$/.test(next.shape) && (next.pos === "noun" || next.pos === "proper")) w.pos = "proper";
      return;
    }
    if (w.pos !== "adj" || Object.hasOwn(model.one.lexicon, w.lower)) return;
    const modifies = next !== undefined && !w.breakAfter && (next.pos === "noun" || next.pos === "proper" || next.pos === "adj" || next.headType !== undefined);
    if (!modifies) w.pos = "proper";
  });
}
