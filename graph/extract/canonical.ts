import nlp from "compromise/two";

/**
 * Surface forms -> concept keys and canonical names. The key equates the forms a reader would
 * equate ("Open-VLA", "Open VLA", "OpenVLA"; "LLMs", "LLM"; "the Transformer", "Transformer"),
 * the same way the gold annotations are compared, so one paper's mentions of a concept meet.
 */

const DROPPED_LEADING_WORDS = new Set(["the", "a", "an", "nvidia", "google"]);

/** Lower-case words of `text` with punctuation as spaces: "Key-Value (KV)" -> ["key", "value", "kv"]. */
export function keyWords(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[-_/.,:;'"()[\]]/g, " ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

const memoCaches: Map<string, unknown>[] = [];

/** Empties every memoized function's cache (see releaseCaches). */
export function clearMemos(): void {
  for (const cache of memoCaches) cache.clear();
}

/**
 * A cache for a pure function of a string, emptied when it grows large: extraction asks for the
 * same few thousand words and phrases over and over.
 */
export function memoized<T extends string>(fn: (text: string) => T, limit = 500_000): (text: string) => T {
  const cache = new Map<string, T>();
  memoCaches.push(cache);
  return (text) => {
    let value = cache.get(text);
    if (value === undefined) {
      if (cache.size >= limit) cache.clear();
      value = fn(text);
      cache.set(text, value);
    }
    return value;
  };
}

/** Equal for every spelling of one concept: case, punctuation, spacing, a plural ending. */
export const conceptKey = memoized((text: string): string => {
  let words = keyWords(singularPhrase(text.trim()));
  while (words.length > 1 && DROPPED_LEADING_WORDS.has(words[0]!)) words = words.slice(1);
  return words.join("");
});

/** Node-key slug: "Large Language Model" -> "large-language-model". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

const { methods, model } = nlp.world() as unknown as {
  methods: { two: { transform: { noun: { toSingular: (word: string, model: unknown) => string } } } };
  model: unknown;
};

/** Words whose plural-looking ending is not a plural. */
const NOT_PLURAL =
  /(?:ss|us|is|ous|series|species|news|less|ness|bps|data|bias|alias|atlas|canvas|lens|FLOPs|(?:phys|kinet|dynam|robot|mathemat|econom|graph|genom|omics|analyt|semant|linguist|eth|opt|electron|mechan|informat|logist|acoust|statist|pragmat)ics)$/i;
/** Plurals in "-a" of the field's Latin and Greek nouns. */
const LATIN_PLURALS = new Set([
  "criteria", "phenomena", "corpora", "equilibria", "curricula", "strata", "genera", "maxima", "minima",
  "optima", "spectra", "schemata", "bacteria", "lemmata",
]);
/** "caches" is cache + s, unlike "batches". */
const E_STEMS = new Set(["caches", "niches", "avalanches"]);

const lexicon = (model as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

function knownSingular(word: string): boolean {
  const tag = lexicon[word];
  return tag === "Singular" || tag === "Uncountable" || tag === "Adjective";
}

function singularLower(word: string): string {
  if (E_STEMS.has(word)) return word.slice(0, -1);
  if (/[^aeiou]ies$/.test(word)) return word.slice(0, -3) + "y";
  if (/(?:sses|xes|ches|shes|zzes|iases|lases)$/.test(word)) return word.slice(0, -2);
  if (/[^aeiou](?:y|th)?eses$|yses$/.test(word)) return word.slice(0, -2) + "is";
  // "corpora", "criteria", "indices": compromise knows the irregular ones, but would read any
  // word in "-a" as Latin ("via", "Nvidia", "delta"), so those must be known plurals.
  if (/ices$/.test(word) || LATIN_PLURALS.has(word)) return methods.two.transform.noun.toSingular(word, model) || word;
  if (/a$/.test(word)) return word;
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

/** Singular of a word: "LLMs" -> "LLM", "strategies" -> "strategy", "bias" -> "bias". */
export const singularWord = memoized(singularOf);

function singularOf(word: string): string {
  if (/\p{Lu}/u.test(word.slice(1)) && !/^\p{Lu}[\p{Lu}\p{N}-]*s$/u.test(word) && !/\p{Ll}\p{Lu}+s$/u.test(word)) return word;
  // Acronyms and coined names only take an "s": "LLMs", "DiTs", "MoEs", "CoTs".
  if (/^\p{Lu}[\p{L}\p{N}-]*\p{Lu}[\p{L}\p{N}]*s$/u.test(word) && !/[a-z]{3}s$/.test(word) && !/FLOPs$/.test(word)) {
    return word.slice(0, -1);
  }
  if (NOT_PLURAL.test(word) || /-of-/i.test(word)) return word;
  const prefixEnd = Math.max(word.lastIndexOf("-"), word.lastIndexOf("/")) + 1;
  const last = word.slice(prefixEnd);
  const lower = last.toLowerCase();
  if (!/s$|a$/.test(lower) || lower.length < 3 || knownSingular(lower)) return word;
  const singular = singularLower(lower);
  const cased = /^\p{Lu}/u.test(last) ? singular[0]!.toUpperCase() + singular.slice(1) : singular;
  return word.slice(0, prefixEnd) + cased;
}

/**
 * The phrase with its head singular: "Large Language Models" -> "Large Language Model", but
 * "Mixture of Experts" and "chains of thought" -> "chain of thought": the head comes before "of".
 */
export function singularPhrase(phrase: string): string {
  const of = phrase.match(/^(.*?\S)(\s+of\s+.*)$/);
  if (of) return singularPhrase(of[1]!) + of[2]!;
  const at = phrase.search(/\S+$/);
  return at < 0 ? phrase : phrase.slice(0, at) + singularWord(phrase.slice(at));
}
