import nlp from "compromise/two";
import type { EntityType } from "../schema.ts";
import { memoized } from "./canonical.ts";
import { atlasPlugin, HEAD_TAG } from "./plugin.ts";

/**
 * Words with part-of-speech classes and character offsets, from compromise's tokenizer and
 * pre-tagger. The post-tagger is skipped: it costs twice as much as everything else together
 * and mostly refines verb forms that do not change noun-phrase boundaries.
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
  pre: string;
  post: string;
  tags: Set<string>;
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

function posOf(tags: Set<string>): Pos {
  for (const [tag, pos] of POS_BY_TAG) if (tags.has(tag)) return pos;
  return "other";
}

export const shapeOf = memoized(shapeOfWord) as (text: string) => Shape;

function shapeOfWord(text: string): Shape {
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

function headTypeOf(tags: Set<string>): Exclude<EntityType, "method"> | undefined {
  return HEAD_TYPES.find(([, tag]) => tags.has(tag))?.[0];
}

/** Punctuation between two words that ends a noun phrase: anything but spaces and hyphens. */
const PHRASE_BREAK = /[^\s\p{L}\p{N}-]|\s-|-\s/u;

const { model } = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, unknown> }; two: { switches: Record<string, string> } };
};
const VERB_FORMS = new Set(["PresentTense", "Infinitive", "PastTense", "Gerund"]);

function isVerbLike(lower: string): boolean {
  // Own properties only: "constructor" or "toString" in an abstract must not reach Object.prototype.
  const tag = Object.hasOwn(model.one.lexicon, lower) ? model.one.lexicon[lower] : undefined;
  const switchTag = Object.hasOwn(model.two.switches, lower) ? model.two.switches[lower] : undefined;
  return (typeof tag === "string" && VERB_FORMS.has(tag)) || (typeof switchTag === "string" && switchTag.includes("Verb"));
}

function tagged(text: string): Term[][] {
  const doc = nlp.tokenize(text);
  doc.compute("freeze");
  doc.compute("lexicon");
  doc.compute("preTagger");
  return doc.docs as Term[][];
}

function wordPos(surface: string, shape: Shape, tags: Set<string>, hasValue: boolean): Pos {
  if (shape === "number") return "num";
  // "4-bit" and "8B" modify; "ResNet-50" and "GPT-4o" name something, whatever the tagger says.
  if (shape === "alnum") return /^\d/.test(surface) ? "adj" : "proper";
  if (shape === "mixed" || shape === "caps") return tags.has("Determiner") || tags.has("Preposition") ? posOf(tags) : "proper";
  if (hasValue) return "adj";
  return posOf(tags);
}

interface Span {
  start: number;
  end: number;
  tags: Set<string>;
  hasValue: boolean;
}

/** "WikiText-2)" -> "WikiText-2": compromise leaves a closing bracket on a compound's last part. */
function trimUnmatchedClosers(text: string, span: Span): void {
  const surface = () => text.slice(span.start, span.end);
  const count = (pattern: RegExp) => (surface().match(pattern) ?? []).length;
  while (span.end - span.start > 1 && /[)\]]$/.test(surface()) && count(/[)\]]/g) > count(/[([]/g)) span.end--;
}

/** Splits `text` into sentences of words; `offset` shifts the offsets (the title precedes the abstract). */
export function sentencesOf(text: string, inTitle: boolean, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const terms of tagged(text)) {
    const spans: Span[] = [];
    for (const term of terms) {
      if (term.text === "") continue;
      const at = text.indexOf(term.text, cursor);
      if (at < 0) continue;
      cursor = at + term.text.length;
      const last = spans[spans.length - 1];
      // compromise splits "self-speculative" and "Qwen2.5-VL"; a compound is one word here.
      if (last && last.end === at - 1 && /[-/]/.test(text[last.end]!)) {
        last.end = cursor;
        last.tags = term.tags;
        last.hasValue ||= term.tags.has("Value");
      } else {
        spans.push({ start: at, end: cursor, tags: term.tags, hasValue: term.tags.has("Value") });
      }
    }
    for (const span of spans) trimUnmatchedClosers(text, span);
    const words = spans.map((span, i): Word => {
      const surface = text.slice(span.start, span.end);
      const shape = shapeOf(surface);
      const before = text.slice(i === 0 ? Math.max(0, span.start - 3) : spans[i - 1]!.end, span.start);
      const after = text.slice(span.end, i + 1 < spans.length ? spans[i + 1]!.start : span.end + 3);
      return {
        text: surface,
        lower: surface.toLowerCase(),
        start: span.start + offset,
        end: span.end + offset,
        pos: wordPos(surface, shape, span.tags, span.hasValue),
        shape,
        openParen: /[([]\s*$/.test(before),
        closeParen: /^\s*[)\]]/.test(after),
        breakAfter: i + 1 === spans.length || PHRASE_BREAK.test(after),
        sentenceStart: i === 0,
        headType: headTypeOf(span.tags),
        verbLike: !/[-/]/.test(surface) && isVerbLike(surface.toLowerCase()) && headTypeOf(span.tags) === undefined,
      };
    });
    if (words.length > 0) sentences.push({ words, inTitle });
  }
  return sentences;
}
