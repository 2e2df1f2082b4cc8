import type { EntityType } from "../schema.ts";
import { conceptKey, memoized, singularPhrase, singularWord } from "./canonical.ts";
import {
  hasSpecificHead,
  headWordType,
  knownNameType,
  knownFunctionWordNameType,
  opensFunctionWordPhrase,
  opensLexiconPhrase,
  isKnownConcept,
  typeByLastPart,
  nameType,
  phraseType,
  standaloneType,
  type HeadType,
  type NameHint,
} from "./classify.ts";
import { COLLAPSING_HEADS } from "./lexicon/heads.ts";
import { PREPOSITIONAL_GERUNDS } from "./lexicon/pos.ts";
import { HARDWARE_PATTERNS } from "./lexicon/hardware.ts";
import { isMinedGraded, minedAcronymType, minedFamilyType, minedNameType } from "./lexicon/index.ts";
import {
  FIELD_NAMES,
  GENERIC_MEASURE_HEADS,
  GENERIC_ACTIVITIES,
  GENERIC_MEASURE_MODIFIERS,
  GENERIC_TRAILING,
  MANNER_MODIFIERS,
  MANNER_SUFFIXES,
  MEASURE_CHANGES,
  MODALITIES,
  NON_ENTITY_NOUNS,
  TOO_BROAD,
  TRAILING_HEADS,
  MODIFIER_ONLY,
  VAGUE_IN_CAPITALS,
  VAGUE_MODIFIERS,
  VENUES_AND_SITES,
} from "./lexicon/modifiers.ts";
import {
  CASED_UNITS,
  DATASET_PREPOSITIONS,
  LIST_INTRODUCERS,
  MODIFIER_COMPOUND_ENDINGS,
  NAME_HEAD_HINTS,
  NOT_DATASET_VERBS,
  NOT_NAMES,
  PHRASE_BREAKERS,
  REPORTING_PARTICIPLES,
  REPORTING_VERBS,
  SIZE_LIST,
  SPACED_MODEL_NAME,
  UNITS,
} from "./lexicon/names.ts";
import { namesPlaceOrPeople, sentencesOf, shapeOf, type Sentence, type Word } from "./tokens.ts";

/**
 * Finds the mentions of one paper: cheap patterns over the raw text first (hardware products,
 * model names with sizes, acronym definitions, the title's coined name), then noun phrases
 * typed by their head words. A span claimed by an earlier, more specific finder is not read
 * again by a later one.
 */

/** Which finder produced a candidate, most specific first: decides type and name conflicts. */
export const SOURCES = ["acronym", "pattern", "title", "name", "phrase", "part"] as const;
export type Source = (typeof SOURCES)[number];

export interface Candidate {
  /** The entity's name as written. */
  name: string;
  /** Other surface forms this mention shows for the same concept ("LLMs", "ImageNet dataset"). */
  aliases: string[];
  type: EntityType;
  source: Source;
  inTitle: boolean;
  /**
   * For a generic phrase: shorter established phrases it ends with, longest first, to fall
   * back to when the whole phrase turns out not to be a concept ("end-to-end latency" -> "latency").
   */
  fallbacks: string[];
  /**
   * Implied by a coordination ("mobile and edge devices" -> "mobile devices"): the phrase it is
   * implied by ("edge devices"). It has no occurrence of its own, and is a concept if that is.
   */
  impliedBy?: string;
  /** A generic phrase with a specific head word and no verb at its start: a term even if used once. */
  specific?: boolean;
}

const VAGUE = new Set(VAGUE_MODIFIERS);
const VAGUE_CAPITALS = new Set(VAGUE_IN_CAPITALS);
const PREPOSITIONAL_GERUND = new Set(PREPOSITIONAL_GERUNDS);
const TRAILING = new Set(GENERIC_TRAILING);
const GENERIC_ACTIVITY = new Set(GENERIC_ACTIVITIES);
const NON_ENTITY = new Set(NON_ENTITY_NOUNS);
const NOT_ENTITY_PHRASE = new Set([...FIELD_NAMES, ...TOO_BROAD, ...VENUES_AND_SITES, ...MODALITIES, ...UNITS, ...MODIFIER_ONLY].map(conceptKey));
const MEASURE_MODIFIER = new Set(GENERIC_MEASURE_MODIFIERS);
const MEASURE_HEAD = new Set(GENERIC_MEASURE_HEADS);

/** "computational cost", "memory footprint": a generic measure of resources, not a named one. */
function isGenericMeasure(words: readonly Word[]): boolean {
  const generic = (w: Word) => MEASURE_MODIFIER.has(w.lower) || isEvaluative(w.lower) || standaloneType(w.text) === "hardware";
  return words.length >= 2 && MEASURE_HEAD.has(words[words.length - 1]!.lower) && words.slice(0, -1).every(generic);
}
const NOT_NAME = new Set(NOT_NAMES);
const MODIFIER_COMPOUND_ENDING = new Set(MODIFIER_COMPOUND_ENDINGS);

/**
 * "Transformer-based", "LLM-driven": the part before the suffix, which may be a concept of its
 * own. `participles`: any lower-case "-ed" ending too ("LLM-generated"), which makes a modifier
 * but may be part of a term ("retrieval-augmented generation").
 */
function modifiedBase(text: string, participles = false): string | undefined {
  if (!text.includes("-")) return undefined;
  const reading = modifierReading(text);
  return reading === "" || (reading[0] === "p" && !participles) ? undefined : reading.slice(1);
}

/** "" when `text` is no modifier; else "m" (a listed ending) or "p" (a participle) and the base. */
const modifierReading = memoized((text: string): string => {
  const [, base, ending] = /^(.+)-(\p{L}+)$/u.exec(text) ?? [];
  if (base === undefined || ending === undefined) return "";
  if (MODIFIER_COMPOUND_ENDING.has(ending.toLowerCase())) return `m${base}`;
  // Title case keeps a named participle whole: "Retrieval-Augmented Generation".
  return /^\p{Ll}+ed$/u.test(ending) ? `p${base}` : "";
});
const BREAKER = new Set(PHRASE_BREAKERS);
const CASED_UNIT = new Set(CASED_UNITS);
const COLLAPSING = new Set(COLLAPSING_HEADS);
const REPORTING_VERB = new Set(REPORTING_VERBS);
const REPORTING_PARTICIPLE = new Set(REPORTING_PARTICIPLES);
const MANNER_MODIFIER = new Set(MANNER_MODIFIERS);
const MANNER_SUFFIX = new RegExp(`-(?:${MANNER_SUFFIXES.join("|")})$`);
const MEASURE_CHANGE = new Set(MEASURE_CHANGES);
const DATASET_PREPOSITION = new Set(DATASET_PREPOSITIONS);
const NOT_DATASET_VERB = new Set(NOT_DATASET_VERBS);

function isMannerModifier(lower: string): boolean {
  return MANNER_MODIFIER.has(lower) || MANNER_SUFFIX.test(lower);
}

/** What a word after a name says it names; own keys only, so "constructor" names nothing. */
function nameHint(word: string | undefined): NameHint {
  return word !== undefined && Object.hasOwn(NAME_HEAD_HINTS, word) ? NAME_HEAD_HINTS[word] : undefined;
}

const HARDWARE_REGEXES = HARDWARE_PATTERNS.map((p) => new RegExp(`(?<![\\w-])(?:${p.pattern})(?![\\w-])`, "gu"));
const SIZE_LIST_REGEX = new RegExp(SIZE_LIST, "gu");
const SPACED_MODEL_REGEX = new RegExp(SPACED_MODEL_NAME, "gu");

/** Character spans already read as an entity. */
class Claims {
  private readonly spans: [number, number][] = [];
  add(start: number, end: number): void {
    this.spans.push([start, end]);
  }
  has(word: Word): boolean {
    return this.spans.some(([s, e]) => word.start < e && s < word.end);
  }
  overlaps(start: number, end: number): boolean {
    return this.spans.some(([s, e]) => start < e && s < end);
  }
}

interface Context {
  text: string;
  /** `text` folded (see fold), for searches that ignore case and hyphens. */
  folded: string;
  titleEnd: number;
  claims: Claims;
  out: Candidate[];
  /** Of the sentence being read. */
  nameContexts: Map<Word, NameContext>;
}

/**
 * Text that is no name at all: URLs and paths ("hf.co/PowerInfer/...") and the remains of LaTeX
 * and formulas that arXiv abstracts carry ("sim2.5times", "N^2d^2{M}", "o(Nd").
 */
const JUNK = [
  /https?:|www\.|\w\.(?:com|org|io|co|net|edu|ai)\b|\/\//i,
  /[\\{}^=<>$]/,
  /^(?:sim|approx|geq|leq|pm|times|rightarrow|mathcal|mathbf|Theta|Omega)(?:\d|\(|$)/,
  /^[\p{L}\p{N}]{1,3}\(/u,
  /\d(?:times|pm)\b/,
  // Two sentences glued by a missing space: "varphi.We".
  /\p{Ll}\.\p{Lu}\p{Ll}/u,
  // A paper's identifier: "arXiv:2512.20856", "doi:10.1145/...".
  /^(?:arxiv|doi):/i,
];

export function isJunk(text: string): boolean {
  if (JUNK.some((pattern) => pattern.test(text))) return true;
  let depth = 0;
  for (const c of text) {
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    if (depth < 0) return true;
  }
  return depth !== 0;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Could name an entity: not junk, and not a phrase too broad to be one ("neural network", "AI"). */
export function canBeEntity(name: string): boolean {
  return !isJunk(name) && !NOT_ENTITY_PHRASE.has(conceptKey(name)) && !(/^\p{Lu}\p{Ll}+$/u.test(name) && isCapitalisedCommonWord(name.toLowerCase()));
}

/**
 * "Korean", "January", and the field's own common words capitalised for emphasis ("the Planner",
 * "Diffusion", "System"): one such word is no name. Words the lexicon knows alone stay ("Transformer").
 */
function isCapitalisedCommonWord(lower: string): boolean {
  if (namesPlaceOrPeople(lower)) return true;
  if (standaloneType(lower) || knownNameType(lower)) return false;
  const singular = singularWord(lower);
  return headWordType(singular) !== undefined || TRAILING.has(singular) || NON_ENTITY.has(lower) || NON_ENTITY.has(singular);
}

/** Quotes around a name and a hyphen it shares with the next word ("GPT- and LLM-based") are no part of it. */
const NAME_EDGES = /^[`'"‘“]+|[`'"’”]+$|(?<=\p{L}\p{L})-$/gu;

function add(ctx: Context, c: Omit<Candidate, "fallbacks" | "aliases"> & Partial<Candidate>): void {
  const name = collapseSpaces(c.name).replace(NAME_EDGES, "");
  if (!canBeEntity(name)) return;
  ctx.out.push({ fallbacks: [], ...c, name, aliases: (c.aliases ?? []).filter((a) => !isJunk(a)) });
}

/** The text the words cover; words that do not follow each other (a coordination's halves) are joined by a space. */
function spanText(ctx: Context, words: readonly Word[]): string {
  let text = "";
  let runStart = words[0]!.start;
  for (let i = 1; i <= words.length; i++) {
    const previous = words[i - 1]!;
    const next = words[i];
    if (next && /^[\s/]*$/.test(ctx.text.slice(previous.end, next.start))) continue;
    text += (text ? " " : "") + ctx.text.slice(runStart, previous.end);
    if (next) runStart = next.start;
  }
  return text;
}

// ---------------------------------------------------------------------------
// Patterns over the raw text

function findHardware(ctx: Context): void {
  for (const regex of HARDWARE_REGEXES) {
    for (const m of ctx.text.matchAll(regex)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ctx.claims.overlaps(start, end)) continue;
      ctx.claims.add(start, end);
      const name = singularPhrase(collapseSpaces(m.groups?.name ?? m.groups?.bare ?? m[0]));
      add(ctx, { name, aliases: [m[0]], type: "hardware", source: "pattern", inTitle: start < ctx.titleEnd });
    }
  }
}

function findModelNames(ctx: Context): void {
  for (const m of ctx.text.matchAll(SIZE_LIST_REGEX)) {
    const start = m.index;
    if (ctx.claims.overlaps(start, start + m[0].length)) continue;
    ctx.claims.add(start, start + m[0].length);
    const family = m.groups!.family!;
    m.groups!.sizes!.split("/").forEach((size, i) => {
      add(ctx, { name: `${family}-${size}`, aliases: i === 0 ? [m[0]] : [], type: "model", source: "pattern", inTitle: start < ctx.titleEnd });
    });
  }
  for (const m of ctx.text.matchAll(SPACED_MODEL_REGEX)) {
    const start = m.index;
    const name = m[0];
    const sized = /\d[BMT]\b/.test(name);
    const family = name.toLowerCase().split(/[\s-]/)[0]!;
    if (/\s(?:19|20)\d{2}$/.test(name) || (!sized && (knownNameType(family) ?? minedFamilyType(family)) !== "model")) continue;
    if (ctx.claims.overlaps(start, start + name.length)) continue;
    ctx.claims.add(start, start + name.length);
    add(ctx, { name, type: "model", source: "pattern", inTitle: start < ctx.titleEnd });
  }
}

/**
 * A benchmark's edition or split after its name: "AIME 2024 and 2025", "COCO 2017", "Atari
 * 100K". The name must be written like one (capitals inside, or a known benchmark).
 */
const EDITION = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}-]*[\p{L}\p{N}]|\p{Lu})\s((?:19|20)\d{2}|\d+[KM])(?![\p{L}\p{N}-])((?:\s*(?:,|and|\/|&)\s*(?:19|20)\d{2}(?![\p{L}\p{N}-]))*)/gu;

/** "pass@1", "maj@16 accuracy", "Recall@10": a measure at a cut-off. */
const AT_K_METRIC = /(?<![\p{L}\p{N}-])(?:pass|maj|cons|recall|hit|hits|top|acc|success|precision|ndcg|mrr|map|ap|f1)@(?:\d+|k)(?:\s+(?:accuracy|score|rate))?(?![\p{L}\p{N}-])/giu;

function findAtKMetrics(ctx: Context): void {
  for (const m of ctx.text.matchAll(AT_K_METRIC)) {
    if (ctx.claims.overlaps(m.index, m.index + m[0].length)) continue;
    ctx.claims.add(m.index, m.index + m[0].length);
    add(ctx, { name: m[0], type: "metric", source: "pattern", inTitle: m.index < ctx.titleEnd });
  }
}

function findEditions(ctx: Context): void {
  const found: { base: string; name: string; whole: string; first: boolean; inTitle: boolean }[] = [];
  for (const m of ctx.text.matchAll(EDITION)) {
    const [whole, base, first, more] = m as unknown as [string, string, string, string];
    // A year alone also follows venues ("NeurIPS 2024"): only a known benchmark takes one.
    const count = /\d+[KM]$/.test(first);
    const known = knownNameType(base);
    // "GPT-2 124M" is a model's size, not a split.
    if (known !== "dataset" && (known !== undefined || !(count && shapeOf(base) !== "lower"))) continue;
    if (ctx.claims.overlaps(m.index, m.index + whole.length)) continue;
    ctx.claims.add(m.index, m.index + whole.length);
    const editions = [first, ...(more.match(/(?:19|20)\d{2}/g) ?? [])];
    editions.forEach((edition, i) => found.push({ base, name: `${base} ${edition}`, whole, first: i === 0, inTitle: m.index < ctx.titleEnd }));
  }
  // The bare name is another name of the edition only when the paper uses one: an alias shared
  // by "AIME 2024" and "AIME 2025" would make them one entity.
  const editionsOf = new Map<string, Set<string>>();
  for (const { base, name } of found) editionsOf.set(base, (editionsOf.get(base) ?? new Set()).add(name));
  for (const { base, name, whole, first, inTitle } of found) {
    const aliases = [...(first && whole !== name ? [whole] : []), ...(editionsOf.get(base)!.size === 1 ? [base] : [])];
    add(ctx, { name, aliases, type: "dataset", source: "pattern", inTitle });
  }
}

// ---------------------------------------------------------------------------
// Acronym definitions: "Concept Bottleneck Models (CBMs)", "Key-Value (KV) cache"

const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{L}\p{N}][\p{L}\p{N}.&+-]{0,11}$/u;

export interface AcronymDefinition {
  acronym: string;
  /** The word holding the acronym, in brackets. */
  word: number;
  /** First word of the long form; the long form runs up to the bracket. */
  first: number;
}

/** "Concept Bottleneck Models (CBMs)": bracketed acronyms whose letters the words before spell. */
export function acronymDefinitions(text: string, sentence: Sentence): AcronymDefinition[] {
  const { words } = sentence;
  const found: AcronymDefinition[] = [];
  for (let i = 1; i < words.length; i++) {
    const word = words[i]!;
    if (!word.openParen || !word.closeParen || !ACRONYM.test(word.text)) continue;
    if (!/^\s*\(\s*$/.test(text.slice(words[i - 1]!.end, word.start))) continue;
    const acronym = word.text.replace(/(?<=\p{Lu})s$/u, "");
    const letters = acronym.replace(/[^\p{L}\p{N}]/gu, "").length;
    let first = i - 1;
    while (first > 0 && i - first < Math.min(letters + 5, letters * 2) && !words[first - 1]!.breakAfter) first--;
    const windowStart = words[first]!.start;
    const at = longFormStart(acronym, text.slice(windowStart, words[i - 1]!.end));
    if (at === undefined) continue;
    let k = first;
    while (k < i - 1 && words[k]!.end <= windowStart + at) k++;
    while (k < i - 1 && (words[k]!.pos === "det" || SMALL_WORDS.has(words[k]!.lower))) k++;
    if (text.slice(words[k]!.start, words[i - 1]!.end).length <= acronym.length) continue;
    if (words.slice(k, i).some((w) => !spellsOut(w, acronym))) continue;
    found.push({ acronym, word: i, first: k });
  }
  return found;
}
const SMALL_WORDS = new Set(["of", "and", "for", "with", "in", "on", "to", "the", "a", "an", "via", "by", "from"]);

/** Words of a clause, which no long form holds: "Language Models are increasingly deployed as judges (LaaJ)". */
const CLAUSE_WORDS = new Set(["is", "are", "was", "were", "its", "their", "our", "his", "her"]);

/**
 * Whether a word before the brackets can be part of the acronym's long form. A name that holds the
 * acronym renames it rather than spells it: "Re-CatVTON improves on its predecessor (CatVTON)".
 */
function spellsOut(word: Word, acronym: string): boolean {
  return !CLAUSE_WORDS.has(word.lower) && (word.shape === "lower" || !word.text.includes(acronym));
}

/**
 * Schwartz and Hearst's rule: the shortest tail of `window` whose words spell the acronym's
 * characters in order, the first at the start of a word. Returns the tail's offset in `window`.
 */
export function longFormStart(acronym: string, window: string): number | undefined {
  const short = acronym.toLowerCase();
  const long = window.toLowerCase();
  let s = short.length - 1;
  let l = long.length - 1;
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  while (s >= 0) {
    const c = short[s]!;
    if (!isWordChar(c)) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l] !== c || (s === 0 && isWordChar(long[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  return long.lastIndexOf(" ", l) + 1;
}

function isCoinedLongForm(longForm: string): boolean {
  const words = longForm.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !isKnownConcept(longForm);
}

/**
 * Whether a capitalised long form can be the paper's own coinage: not in the title, where every
 * word is capitalised, and not written in lower case elsewhere in the paper, as a concept of the
 * field is ("Semantic Scene Completion (SSC) aims to ..." and later "semantic scene completion").
 */
function mayBeCoined(ctx: Context, longForm: string, inTitle: boolean): boolean {
  const lower = longForm.toLowerCase();
  return !inTitle && occurrencesOf(ctx.text, lower.replace(/(?:e?s)$/, ""), /^(?:e?s)?/).length === 0;
}

function acronymType(longForm: string, acronym: string, coinable: boolean): EntityType {
  const known = standaloneType(longForm);
  if (known) return known;
  const head = phraseType(longForm) ?? standaloneType(acronym);
  if (coinable && isCoinedLongForm(longForm)) {
    // A capitalised long form nobody else uses is this paper's own coinage.
    const byLastPart = typeByLastPart(longForm);
    if (byLastPart) return byLastPart;
    return head === "model" || head === "dataset" || head === "hardware" ? head : "method";
  }
  // Capitals at the start of a sentence say nothing: "Virtual reality (VR)" is no coinage.
  return head ?? minedAcronymType(conceptKey(acronym)) ?? (isCoinedLongForm(longForm) ? "method" : "technique");
}

/** The long form before its first preposition: "forecasting with missing values" is a kind of forecasting. */
function longFormHead(longForm: string): string {
  return longForm.split(/\s+(?:with|of|for|in|on|under|via|from|by|to|and)\s+/)[0]!;
}

/** Lower case with hyphens as spaces, the same length as the text: offsets carry over. */
function fold(text: string): string {
  return text.toLowerCase().replace(/-/g, " ");
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Where `needle` occurs in `haystack` as whole words, optionally extended by `suffix` (a plural
 * ending): [start, end) pairs. A plain search, as this runs for every definition of every paper.
 */
function occurrencesOf(haystack: string, needle: string, suffix?: RegExp): [number, number][] {
  const found: [number, number][] = [];
  if (needle === "") return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    let end = at + needle.length;
    if (suffix) end += suffix.exec(haystack.slice(end, end + 3))?.[0].length ?? 0;
    if (!isWordChar(haystack[at - 1]) && !isWordChar(haystack[end])) found.push([at, end]);
  }
  return found;
}

/**
 * Later (and title) occurrences of a defined long form are the same concept, whatever their
 * capitalisation: "Multivariate Time Series Forecasting with Missing Values" in the title of a
 * paper that defines "multivariate time series forecasting with missing values (MTSF-M)".
 */
function claimRepeats(ctx: Context, longForm: string, candidate: Omit<Candidate, "fallbacks" | "inTitle">): void {
  for (const [start, end] of occurrencesOf(ctx.folded, fold(longForm.replace(/(?:e?s)$/, "")), /^(?:e?s)?/)) {
    if (ctx.claims.overlaps(start, end)) continue;
    ctx.claims.add(start, end);
    add(ctx, { ...candidate, aliases: [...candidate.aliases, ctx.text.slice(start, end)], inTitle: start < ctx.titleEnd });
  }
}

function findAcronyms(ctx: Context, sentence: Sentence): void {
  const { words } = sentence;
  for (const { acronym, word: i, first } of acronymDefinitions(ctx.text, sentence)) {
    const word = words[i]!;
    const longWords = words.slice(first, i);
    const longForm = spanText(ctx, longWords);
    const aliases = [word.text, `${longForm} (${word.text})`];
    const tail = words[i + 1];
    const tailed =
      tail &&
      (tail.pos === "noun" || tail.headType) &&
      !tail.verbLike &&
      !TRAILING.has(singularWord(tail.lower)) &&
      !NON_ENTITY.has(tail.lower) &&
      /^\)\s+$/.test(ctx.text.slice(word.end, tail.start));
    const longType = phraseType(longFormHead(longForm));
    ctx.claims.add(longWords[0]!.start, word.end);
    if (tailed && !longType) {
      // "Key-Value (KV) cache", "prefill-decode (PD) disaggregation": the acronym sits inside the concept's name.
      const name = singularPhrase(`${longForm} ${tail.text}`);
      ctx.claims.add(tail.start, tail.end);
      const candidate = { name, aliases: [`${acronym} ${tail.text}`, `${longForm} (${word.text}) ${tail.text}`], type: acronymType(name, acronym, mayBeCoined(ctx, `${longForm} ${tail.text}`, sentence.inTitle)), source: "acronym" as const };
      add(ctx, { ...candidate, inTitle: sentence.inTitle });
      claimRepeats(ctx, `${longForm} ${tail.text}`, candidate);
      continue;
    }
    const name = singularPhrase(longForm);
    const candidate = { name, aliases, type: acronymType(longFormHead(name), acronym, mayBeCoined(ctx, longForm, sentence.inTitle)), source: "acronym" as const };
    add(ctx, { ...candidate, inTitle: sentence.inTitle });
    claimRepeats(ctx, longForm, candidate);
    if (tailed && tail.headType && tail.headType !== candidate.type) {
      // "Deep neural network (DNN) inference": the model, and the task named after it; but
      // "large language model (LLM) fine-tuning" mentions fine-tuning, a concept of its own.
      ctx.claims.add(tail.start, tail.end);
      const phrase = `${acronym} ${tail.text}`;
      const forms = [phrase, `${longForm} ${tail.text}`, `${longForm} (${word.text}) ${tail.text}`];
      const alone = standaloneType(tail.text);
      add(ctx, {
        name: singularPhrase(alone ? tail.text : phrase),
        aliases: alone ? forms : forms.slice(1),
        type: alone ?? phraseType(phrase) ?? tail.headType,
        source: "acronym",
        inTitle: sentence.inTitle,
      });
    }
  }
}

/**
 * "REM (Retentive Environment Model)": the acronym first, its long form in brackets after it,
 * spelled from the long form's first word.
 */
function findReverseAcronyms(ctx: Context): void {
  for (const m of ctx.text.matchAll(/(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\p{N}-]{1,11})\s+\((\p{L}[^()]{4,80})\)/gu)) {
    const [, acronym, longForm] = m as unknown as [string, string, string];
    if (!ACRONYM.test(acronym) || !/\s/.test(longForm.trim()) || longFormStart(acronym, longForm) !== 0) continue;
    if (acronym.replace(/[^\p{L}\p{N}]/gu, "").length < 2 || longForm.length <= acronym.length) continue;
    const start = m.index;
    if (ctx.claims.overlaps(start, start + m[0].length)) continue;
    ctx.claims.add(start, start + m[0].length);
    const inTitle = start < ctx.titleEnd;
    const name = singularPhrase(longForm.trim());
    add(ctx, { name, aliases: [acronym, m[0]], type: acronymType(longFormHead(name), acronym, mayBeCoined(ctx, longForm.trim(), inTitle)), source: "acronym", inTitle });
  }
}

// ---------------------------------------------------------------------------
// The coined name before a title's colon: "VTrans: Accelerating ..."

/**
 * What an appositive or a copula says a name is: "Nemotron-Math, a large-scale mathematical
 * reasoning dataset", "Long-LRM++, a model that ...", "PhysiX is a 4.5B parameter generative
 * model". `after` is the text right after one mention of the name.
 */
export function describedAs(after: string): NameHint {
  const description = /^\s*(?:,\s*|\s+(?:is|are|was|as)\s+)(?:a|an|the|our|one)\s+([^,.;:()]{0,80})/u.exec(after)?.[1];
  if (description === undefined) return undefined;
  for (const word of description.toLowerCase().split(/\s+/)) {
    if (/^(?:that|which|who|for|to|with|on|in|from|by|using|based|designed|trained|built)$/.test(word)) return undefined;
    const hint = nameHint(word);
    if (hint) return hint;
  }
  return undefined;
}

/** Every description the abstract gives of a name (see describedAs), the first that says what it is. */
function describedAnywhere(text: string, name: string): NameHint {
  for (const [, end] of occurrencesOf(text, name)) {
    const hint = describedAs(text.slice(end));
    if (hint) return hint;
  }
  return undefined;
}

function titleNameType(name: string, rest: string, abstract: string): EntityType {
  const firstPhrase = rest
    .toLowerCase()
    .split(/\s+(?:for|with|via|in|on|to|that|using|through|from|by)\s+/)[0]!
    .split(/\s+/);
  if (firstPhrase.some((w) => nameHint(w) === "dataset")) return "dataset";
  const describesModel = /^(?:a|an|the)$/.test(firstPhrase[0] ?? "") && firstPhrase.some((w) => headWordType(w) === "model" || nameHint(w) === "model");
  return nameType(name, describedAnywhere(abstract, name) ?? (describesModel ? "model" : undefined), undefined, true);
}

/**
 * How a title's phrase opens, never a name's: "Beyond CNNs: ...", "Towards Reliable
 * Code-as-Policies: ...", "Scaling LLMs: ...", "Can VLMs Plan?: ..." (a gerund, not "Ring Attention").
 */
const TITLE_LEAD_IN = /^(?:beyond|towards?|from|on|in|into|over|under|across|through|via|without|against|about|when|why|how|what|which|where|who|do|does|did|can|could|should|is|are|was|will|\p{L}{3,}ing)$/iu;

/**
 * The name a title coins before its colon: "VTrans: Accelerating ..." coins "VTrans",
 * "Nexus:Proactive ..." (no space) "Nexus"; a generic lead-in ("A Closer Look: ...",
 * "Revisiting Attention: ...") coins nothing.
 */
export function titleCoinage(title: string): { name: string; colon: number } | undefined {
  const colon = title.search(/:(?:\s|(?=\p{Lu}))/u);
  if (colon <= 0) return undefined;
  const name = title.slice(0, colon).trim();
  const words = name.split(/\s+/);
  const coined = words.some((w) => /\p{Lu}.*\p{Lu}|\p{N}|^\p{Ll}+\p{Lu}/u.test(w));
  if (words.length > 4 || name.length > 40 || !(words.length === 1 || coined)) return undefined;
  if (words.length > 1 && (words.some((w) => /^\p{Ll}+$/u.test(w)) || TITLE_LEAD_IN.test(words[0]!))) return undefined;
  if (words.length === 1 && shapeOf(name) !== "mixed" && NOT_NAME.has(name.toLowerCase())) return undefined;
  return { name, colon };
}

function findTitleName(ctx: Context, title: string): void {
  const coinage = titleCoinage(title);
  if (!coinage) return;
  const { name, colon } = coinage;
  ctx.claims.add(0, colon);
  add(ctx, { name, type: titleNameType(name, title.slice(colon + 1).trim(), ctx.text.slice(ctx.titleEnd)), source: "title", inTitle: true });
}

// ---------------------------------------------------------------------------
// Known phrases with function words, which noun-phrase chunks never contain: "mixture of experts"

function findFunctionWordPhrases(ctx: Context, sentence: Sentence): void {
  const { words } = sentence;
  for (let i = 0; i + 2 < words.length; i++) {
    if (!opensFunctionWordPhrase(words[i]!.lower)) continue;
    const isJoint = (w: Word) => w.pos === "prep" || w.pos === "conj" || w.pos === "det" || w.lower === "to";
    for (let n = Math.min(5, words.length - i); n >= 3; n--) {
      const span = words.slice(i, i + n);
      // "mixture of experts", "simultaneous localization and mapping".
      if (!span.slice(1, -1).some(isJoint)) continue;
      if (span.slice(0, -1).some((w) => w.breakAfter) || span.some((w) => ctx.claims.has(w))) continue;
      const text = spanText(ctx, span);
      const concept = standaloneType(text);
      const type = concept ?? knownFunctionWordNameType(text);
      if (!type) continue;
      ctx.claims.add(span[0]!.start, span[n - 1]!.end);
      // A known name is a name, kept as written, not a generic phrase that must recur to count.
      add(ctx, concept ? { name: singularPhrase(text), type, source: "phrase", inTitle: sentence.inTitle } : { name: text, type, source: "name", inTitle: sentence.inTitle });
      break;
    }
  }
}

// ---------------------------------------------------------------------------
// Noun phrases

function isNounLike(w: Word): boolean {
  return w.pos === "noun" || w.pos === "proper" || w.headType !== undefined;
}

/** Can stand inside a noun phrase: nouns, adjectives, and participles or gerunds before a noun. */
function canContinue(w: Word, previous: Word | undefined, next: Word | undefined, lastInChunk: boolean): boolean {
  const afterNoun = previous !== undefined && isNounLike(previous);
  // "a series exhibit consistent ...", "work overlooks critical ...", "that outperform existing
  // models": the pre-tagger's noun is a verb.
  const opensModifiedPhrase = next !== undefined && (next.pos === "adj" || next.pos === "det" || next.pos === "participle");
  if (w.verbLike && w.shape === "lower" && (previous === undefined ? /s$/.test(w.lower) || opensModifiedPhrase : afterNoun && opensModifiedPhrase)) {
    return false;
  }
  // "benchmarks show gains", "the model achieves ...": a verb that agrees with the noun before it.
  if (w.verbLike && w.shape === "lower" && afterNoun && next !== undefined && isNounLike(next)) {
    const pluralSubject = /[^s]s$/.test(previous!.lower) && previous!.shape === "lower";
    if (pluralSubject !== /s$/.test(w.lower)) return false;
    // "experiments on the X dataset show gains": the subject came before the dataset's name.
    if (previous!.headType === "dataset" || REPORTING_VERB.has(w.lower)) return false;
  }
  // "the complexity of MoE following the SGD".
  if (PREPOSITIONAL_GERUND.has(w.lower) && next?.pos === "det") return false;
  // "the mechanisms driving the gains": after a plural noun and before a determiner, an -ing head word is the verb.
  const pluralBefore = previous !== undefined && previous.shape === "lower" && /[^s]s$/.test(previous.lower) && isNounLike(previous);
  if (w.headType !== undefined && /ing$/.test(w.lower) && pluralBefore && next?.pos === "det") return false;
  if (isNounLike(w) || w.pos === "adj") return true;
  if (REPORTING_PARTICIPLE.has(w.lower)) return false;
  const modifiesNext = !lastInChunk && next !== undefined && (isNounLike(next) || next.pos === "adj");
  // "a model running on-device", "FlashAttention-3 optimized attention": a verb after a noun.
  return (w.pos === "participle" || w.pos === "gerund") && modifiesNext && !afterNoun;
}

const VERB_CONTEXT = new Set([
  "we", "they", "it", "which", "who", "that", "can", "could", "may", "might", "must", "should", "would", "will",
  "to", "not", "cannot", "also", "often", "further", "then", "first", "jointly", "directly", "effectively",
]);

const PERFECT_AUXILIARY = new Set(["has", "have", "had", "having"]);

/** Maximal runs of noun-phrase words, ending on a noun; claimed words break them. */
export function chunksOf(sentence: Sentence, isClaimed: (w: Word) => boolean): Word[][] {
  const chunks: Word[][] = [];
  let current: Word[] = [];
  const close = () => {
    while (current.length > 0 && !isNounLike(current[current.length - 1]!)) current.pop();
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  const { words } = sentence;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (isClaimed(w) || (BREAKER.has(w.lower.replace(/\.$/, "")) && w.shape !== "mixed") || CASED_UNIT.has(w.text) || isJunk(w.text)) {
      close();
      continue;
    }
    const next = words[i + 1];
    if (w.openParen) close();
    // "that outperform existing models", "we leverage ...", "to model ...": after a subject, a
    // modal or "to", a plain lower-case word the tagger calls a noun is the verb.
    const previous = words[i - 1];
    if (previous && !previous.breakAfter && VERB_CONTEXT.has(previous.lower) && w.shape === "lower" && !w.headType && w.pos === "noun") {
      close();
      continue;
    }
    // "has gained attention", "have received": after a perfect auxiliary a participle is the verb.
    if (previous && !previous.breakAfter && PERFECT_AUXILIARY.has(previous.lower) && w.pos === "participle") {
      close();
      continue;
    }
    // "Retrieval Augmented Generation": in mid-sentence, capitals hold a name together whatever its parts' tags.
    const last = current[current.length - 1];
    const capitalised = !sentence.inTitle && !w.sentenceStart && w.shape === "title" && last !== undefined && /^(?:title|caps|mixed|alnum)$/.test(last.shape) && !BREAKER.has(w.lower);
    if (capitalised || canContinue(w, last, next, w.breakAfter)) current.push(w);
    else close();
    if (w.breakAfter) close();
  }
  close();
  return chunks;
}

/**
 * "(a) Scalability, (b) Robustness": a quality or an act heading a list item is capitalised as a
 * sentence's first word is. A name may head an item as well ("(2) Gemini"), and nothing in
 * compromise's lexicon tells "Gemini" from "Data", so only these endings say it is no name; a
 * run of capitals there still is one ("(1) Progressive Prefix Retention").
 */
const ABSTRACT_NOUN = /(?:ity|ness|tion|sion|ment|ance|ence|ism)$/;

/** "APIs", "IDs": mixed case only for the plural's "s". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** Written like a proper name where capitals mean something. */
export function isNameLike(w: Word, sentence: Sentence): boolean {
  // "near-0%", "top-1%": a quantity, as "70%" is, never a name.
  if ((NOT_NAME.has(w.lower) && (w.shape !== "mixed" || PLURAL_ACRONYM.test(w.text))) || !/^\p{L}/u.test(w.text) || /[=^<>%]/.test(w.text)) return false;
  if (w.text.length === 1 || modifiedBase(w.text, true) !== undefined) return false;
  if (w.shape === "mixed" || w.shape === "caps" || w.shape === "alnum") return true;
  return w.shape === "title" && !sentence.inTitle && !w.sentenceStart && !(w.itemStart && ABSTRACT_NOUN.test(w.lower)) && w.pos !== "adj";
}

/**
 * Length of the run of capitalised words that ends the phrase, when it is a name: two words or
 * more in mid-sentence (capitals say nothing in a title or after a full stop), at least one in
 * title case. 0 when there is none.
 */
function capitalisedRun(words: readonly Word[], sentence: Sentence): number {
  if (sentence.inTitle) return 0;
  let n = 0;
  while (n < words.length && /^(?:title|caps|mixed|alnum)$/.test(words[words.length - 1 - n]!.shape) && !words[words.length - 1 - n]!.sentenceStart) n++;
  const run = words.slice(words.length - n);
  return n >= 2 && run.some((w) => w.shape === "title") && run.every((w) => /^\p{L}/u.test(w.text) && !NOT_NAME.has(w.lower)) ? n : 0;
}

/** What the words around a name say it is; `strong` when a noun says so, not just a preposition. */
export interface NameContext {
  type: NameHint;
  strong: boolean;
}

/**
 * Context types for the names of a sentence: "X, Y and Z datasets", "models such as X and Y",
 * "evaluated on X". Names joined by commas and conjunctions share their list's context.
 */
export function nameContexts(text: string, sentence: Sentence): Map<Word, NameContext> {
  const { words } = sentence;
  const contexts = new Map<Word, NameContext>();
  let i = 0;
  while (i < words.length) {
    if (!isNameLike(words[i]!, sentence)) {
      i++;
      continue;
    }
    const members: Word[] = [words[i]!];
    let j = i;
    for (;;) {
      const w = words[j]!;
      let k = j + 1;
      if (w.breakAfter && !/^\s*,\s*$/.test(text.slice(w.end, words[k]?.start ?? w.end))) break;
      while (k < words.length && (words[k]!.lower === "and" || words[k]!.lower === "or")) k++;
      if (k >= words.length || !isNameLike(words[k]!, sentence)) break;
      j = k;
      members.push(words[j]!);
    }
    const after = words[j + 1];
    let context: NameContext | undefined;
    const afterType = (words[j]!.breakAfter ? undefined : nameHint(after?.lower)) ?? describedAs(text.slice(words[j]!.end));
    if (afterType) context = { type: afterType, strong: true };
    const before = text.slice(Math.max(0, words[i]!.start - 14), words[i]!.start).toLowerCase().trim();
    if (!context && LIST_INTRODUCERS.some((intro) => before.endsWith(intro))) {
      for (let b = i - 1; b >= Math.max(0, i - 4); b--) {
        const type = nameHint(words[b]!.lower);
        if (type) {
          context = { type, strong: true };
          break;
        }
      }
    }
    const previous = words[i - 1];
    if (!context && previous && DATASET_PREPOSITION.has(previous.lower) && !NOT_DATASET_VERB.has(words[i - 2]?.lower ?? "")) {
      context = { type: "dataset", strong: false };
    }
    if (context) for (const m of members) contexts.set(m, context);
    i = j + 1;
  }
  return contexts;
}


/** Written like a coined name: "vLLM", "ColBERTv2", "GPT-4". */
const COINED = /\p{Ll}\p{Lu}|\p{Lu}\p{Ll}+\p{Lu}|\p{L}-?\d/u;

/** `acronyms`: an acronym counts as coined too ("DINO-based"), where it modifies rather than heads a phrase. */
function partType(text: string, acronyms = false, hint?: NameHint): EntityType | undefined {
  const type = standaloneType(text) ?? knownNameType(text) ?? minedNameType(conceptKey(text)) ?? minedAcronymType(conceptKey(text));
  if (type) return type;
  return COINED.test(text) || (acronyms && /^\p{Lu}[\p{Lu}\p{N}]{2,}$/u.test(text)) ? nameType(text, hint) : undefined;
}

/** `hint`: what the word after the part says it is ("AoPS problems" are a dataset's). */
function addPart(ctx: Context, text: string, sentence: Sentence, alias?: string, hint?: NameHint): void {
  const type = partType(text, alias !== undefined, hint);
  if (!type) return;
  add(ctx, { name: singularPhrase(text), aliases: alias ? [alias] : [], type, source: "part", inTitle: sentence.inTitle });
}

/**
 * "Transformer-based", "LLM-driven": a derived modifier whose base is a concept of its own, which
 * it names. A plain base stays part of the phrase ("cache-based acceleration", "flow-based
 * models"), and a processor is no hardware in "GPU-based".
 */
function derivedBase(w: Word): string | undefined {
  const base = modifiedBase(w.text);
  if (base === undefined) return undefined;
  const type = partType(base, true);
  return type && type !== "hardware" ? base : undefined;
}

/** "an approach called split computing": the verb that introduces a name is no part of it. */
const NAMING_VERBS = new Set(["called", "named", "termed", "dubbed", "coined", "known", "denoted", "referred"]);

/**
 * Says how good, big or new something is rather than what it is: "novel", "highly-efficient",
 * "cost-effective", "memory-efficient" (a compound whose last part is evaluative).
 */
function isEvaluative(lower: string): boolean {
  if (VAGUE.has(lower) || isMinedGraded(lower) || /^\p{L}+ly-/u.test(lower)) return true;
  const parts = lower.split("-");
  // "sim-to-real" maps one thing to another, however evaluative its last part alone.
  const mapping = parts.includes("to");
  return parts.length > 1 && ((!mapping && VAGUE.has(parts[parts.length - 1]!)) || parts.every((part) => VAGUE.has(part) || NON_ENTITY.has(part)));
}

/** Prefixes and qualifiers that make a hyphenated word an adjective: "multi-head", "real-time", "cross-modal". */
const QUALIFYING_PREFIX = /^(?:multi|semi|non|pre|post|self|co|re|sub|super|inter|intra|over|under|up|down|out|in|on|off|cross|bi|tri|uni|mono|poly|anti|pseudo|quasi|meta|hyper|ultra|micro|macro|mini|mid|half|full|all|any|one|two|three|first|second|zero|few|many|single|double|dual|real|near|open|closed|end|hard|soft|long|short|wide|deep|high|low|large|small|fast|slow)$/;

/**
 * "token-dropping", "flow-matching", "depth-estimation": a hyphenated noun compound with a
 * typed head is a phrase of two words written as one.
 */
function isNounCompound(w: Word): boolean {
  const parts = w.lower.split("-");
  if (parts.length < 2 || w.shape === "caps" || w.shape === "mixed" || w.shape === "alnum") return false;
  const first = parts[0]!;
  return headWordType(parts[parts.length - 1]!) !== undefined && !QUALIFYING_PREFIX.test(first) && !isEvaluative(first) && /^\p{L}{3,}$/u.test(first);
}

/** The phrase opens with a lexicon concept of two or more words: "large language model", "maximum likelihood". */
function opensStandalone(ctx: Context, words: readonly Word[]): boolean {
  if (words.length < 2 || !opensLexiconPhrase(words[0]!.lower)) return false;
  for (let k = words.length; k >= 2; k--) if (standaloneType(spanText(ctx, words.slice(0, k)))) return true;
  return false;
}

/**
 * "Scaling Foundation Models for ...", "Training Diffusion Policies with ...": a title that
 * opens with a verb's -ing form, before a model or a device, says what is done to it. A known
 * concept stays whole ("Spiking Neural Networks").
 */
function opensTitleWithVerb(ctx: Context, w: Word, rest: readonly Word[], sentence: Sentence): boolean {
  if (!sentence.inTitle || !w.sentenceStart || rest.length < 3 || !/ing$/i.test(w.lower)) return false;
  if (isKnownConcept(spanText(ctx, rest))) return false;
  const object = phraseType(spanText(ctx, rest.slice(1)));
  return object === "model" || object === "hardware";
}

/**
 * Words that open a phrase without belonging to its concept: "novel", "handling",
 * "highly-efficient". `vague` says the word qualifies the concept: the longer form is then
 * another way the paper names it ("fast matrix multiplication"), kept as an alias.
 */
function leadingFiller(ctx: Context, w: Word, rest: readonly Word[], sentence: Sentence): "filler" | "vague" | undefined {
  if (NAMING_VERBS.has(w.lower) || w.pos === "num" || w.pos === "det") return "filler";
  // "state space models": a word the lexicon's phrase opens with belongs to it, however empty alone.
  if (NON_ENTITY.has(w.lower)) return opensStandalone(ctx, rest) ? undefined : "filler";
  if (opensStandalone(ctx, rest)) return undefined;
  // "real world deployment" is real-world deployment, which dropping "real" alone would not leave.
  if (w.lower === "real" && rest[1]?.lower === "world") return undefined;
  if ((w.shape !== "caps" || VAGUE_CAPITALS.has(w.lower)) && isEvaluative(w.lower)) return "vague";
  // A common phrase is a term unless a verb opens it, before a phrase of its own: "reducing
  // training time" is none, "processing speed" is one.
  const verbBeforePhrase = w.pos === "gerund" && w.verbLike && rest.length > 2;
  if (rest.length > 1 && !verbBeforePhrase && isKnownConcept(spanText(ctx, rest))) return undefined;
  if (opensTitleWithVerb(ctx, w, rest, sentence)) {
    // What is done may be a concept of its own: "Ensembling Large Language Models".
    if (standaloneType(w.text)) addPart(ctx, w.text, sentence);
    return "filler";
  }
  // A gerund opening a phrase is a verb ("handling unstructured sparsity") unless the pair is a term ("training data").
  if (w.pos === "gerund" || (w.headType === undefined && /ing$/.test(w.lower) && (sentence.inTitle || rest[1]?.pos === "adj"))) {
    return rest.length > 1 ? "filler" : undefined;
  }
  return undefined;
}

function analyseChunk(ctx: Context, sentence: Sentence, chunk: Word[], following: Word | undefined): void {
  // A derived modifier ("Transformer-based models") names its own concept, then drops out.
  for (const w of chunk) {
    const base = derivedBase(w);
    if (base) addPart(ctx, base, sentence, w.text);
  }
  let words = chunk.filter((w) => {
    const base = modifiedBase(w.text);
    return base === undefined || partType(base, true) === undefined;
  });
  const qualified: string[] = [];
  for (let filler = words.length > 0 ? leadingFiller(ctx, words[0]!, words, sentence) : undefined; filler; ) {
    if (filler === "vague" && words.length > 1) qualified.push(spanText(ctx, words));
    words = words.slice(1);
    filler = words.length > 0 ? leadingFiller(ctx, words[0]!, words, sentence) : undefined;
  }
  if (words.length === 0) return;

  let hint: NameHint = nameHint(following?.lower);
  const typeName = (name: string, first: Word, localHint: NameHint) => {
    const context = ctx.nameContexts.get(first);
    return nameType(name, localHint ?? (context?.strong ? context.type : undefined), context?.type);
  };
  const run = capitalisedRun(words, sentence);
  if (run > 0) {
    // "Recurrent Neural Networks", "Sparse VideoGen", "Asynchronous Cache Swapping": capitals in
    // mid-sentence make a run of words one name, typed by its head word when it has one.
    const named = words.slice(words.length - run);
    const name = spanText(ctx, named);
    const coined = named.some((w) => w.shape !== "title");
    const type = coined ? typeName(name, named[0]!, hint) : (nameHint(following?.lower) ?? phraseType(name) ?? typeName(name, named[0]!, hint));
    add(ctx, { name: singularPhrase(name), type, source: "name", inTitle: sentence.inTitle });
    if (named.length < words.length) analyseChunk(ctx, sentence, words.slice(0, words.length - named.length), named[0]);
    return;
  }
  const nameLike = words.map((w) => isNameLike(w, sentence));
  // A capitalised adjective mid-sentence opens a name when a name follows: "the Affine Covariant Regions dataset".
  for (let i = words.length - 2; i >= 0; i--) {
    const w = words[i]!;
    if (!nameLike[i] && nameLike[i + 1] && w.pos === "adj" && w.shape === "title" && !sentence.inTitle && !w.sentenceStart && !NOT_NAME.has(w.lower)) nameLike[i] = true;
  }
  const lastHint = nameHint(words[words.length - 1]!.lower);
  const firstPlain = nameLike.indexOf(false);
  const leadingName = firstPlain > 0 ? spanText(ctx, words.slice(0, firstPlain)) : "";
  // "the LAION public dataset", "the PLAID engine": the name is the entity, typed by the noun;
  // "an RGB camera", whose capitals name no entity, is a phrase.
  // "our KV compression approach" is one of compression, not KV; but "the LIBERO simulation
  // benchmark" is LIBERO, and "the Unitree Z1 manipulator arm" a Z1.
  const namesConcept = lastHint !== "dataset" && words.slice(firstPlain, -1).some((w) => w.headType !== undefined && w.headType !== lastHint);
  if (firstPlain > 0 && lastHint && words.length - firstPlain <= 2 && nameLike.slice(firstPlain).every((n) => !n) && !namesConcept && canBeEntity(leadingName)) {
    // "QA datasets", "VQA benchmarks": the sets are of a task, which the name stays.
    const topic = lastHint === "dataset" ? (standaloneType(leadingName) ?? minedAcronymType(conceptKey(leadingName))) : undefined;
    const type = topic !== undefined && topic !== "dataset" ? topic : typeName(leadingName, words[0]!, lastHint);
    add(ctx, { name: leadingName, aliases: [spanText(ctx, words)], type, source: "name", inTitle: sentence.inTitle });
    return;
  }
  const lastPlain = nameLike.lastIndexOf(false);
  // "Bayesian Optimization", "Gaussian Process": capitals that carry over from an eponym, not a name after a phrase.
  const eponymous = lastPlain >= 0 && words[lastPlain]!.shape === "title" && !words[lastPlain]!.sentenceStart && words.slice(lastPlain + 1).every((w) => w.shape === "title");
  if (lastPlain >= 0 && lastPlain < words.length - 1 && !eponymous) {
    // The phrase ends in a name ("improvement over DeepSpeed", "the popular LLaMA").
    const name = spanText(ctx, words.slice(lastPlain + 1));
    add(ctx, { name, type: typeName(name, words[lastPlain + 1]!, hint), source: "name", inTitle: sentence.inTitle });
    if (isNounLike(words[lastPlain]!)) analyseChunk(ctx, sentence, words.slice(0, lastPlain + 1), words[lastPlain + 1]);
    return;
  }

  const withTrailing = spanText(ctx, words);
  const keepsTrailing = (rest: Word[]) => {
    const trailing = singularWord(rest[rest.length - 1]!.lower);
    // A person's name keeps it too: "Markov processes", "Gaussian process".
    const plain = !isNameLike(rest[0]!, sentence) || rest[0]!.shape === "title";
    return rest.length === 2 && Object.hasOwn(TRAILING_HEADS, trailing) && !standaloneType(rest[0]!.text) && plain && !GENERIC_ACTIVITY.has(rest[0]!.lower);
  };
  while (words.length > 1 && TRAILING.has(singularWord(words[words.length - 1]!.lower)) && isNounLike(words[words.length - 2]!) && !keepsTrailing(words)) {
    hint = nameHint(words[words.length - 1]!.lower) ?? hint;
    words = words.slice(0, -1);
  }
  const text = spanText(ctx, words);
  const aliases = [...(text === withTrailing ? [] : [withTrailing]), ...qualified];
  const last = words[words.length - 1]!;

  if (words.every((w) => isNameLike(w, sentence))) {
    if (words.length > 1 && standaloneType(last.text) === "model" && !standaloneType(text)) {
      // "the PixArt DiTs", "the LLaMA LLM": a name, and the kind of model it is.
      const name = spanText(ctx, words.slice(0, -1));
      add(ctx, { name, aliases: [text, ...aliases], type: typeName(name, words[0]!, "model"), source: "name", inTitle: sentence.inTitle });
      return;
    }
    add(ctx, { name: singularPhrase(text), aliases, type: typeName(text, words[0]!, hint), source: "name", inTitle: sentence.inTitle });
    return;
  }

  // Names and known concepts inside the phrase are mentions of their own ("LLM serving",
  // "tensor core throughput").
  for (let i = 0; i < words.length - 1; i++) {
    const known = [3, 2].find((k) => i + k < words.length && standaloneType(spanText(ctx, words.slice(i, i + k))));
    if (known) {
      addPart(ctx, spanText(ctx, words.slice(i, i + known)), sentence);
      i += known - 1;
      continue;
    }
    const alone = standaloneType(words[i]!.text);
    // "reasoning benchmarks", "navigation policies": a task word before a noun says what the thing is for.
    if (!isNameLike(words[i]!, sentence) && (!alone || (alone === "task" && words[i]!.shape === "lower"))) continue;
    let j = i;
    while (j + 1 < words.length - 1 && isNameLike(words[j + 1]!, sentence)) j++;
    addPart(ctx, spanText(ctx, words.slice(i, j + 1)), sentence, undefined, nameHint(words[j + 1]?.lower));
    i = j;
  }

  const lastSingular = singularWord(last.lower);
  const headType = keepsTrailing(words)
    ? TRAILING_HEADS[lastSingular]
    : NON_ENTITY.has(last.lower) || TRAILING.has(last.lower)
      ? undefined
      : phraseType(text);
  // "closed-loop reasoning", "adaptive density control": a task word said of how it is done names a technique.
  const type = headType === "task" && words.length >= 2 && !standaloneType(text) && isMannerModifier(words[0]!.lower) ? "technique" : headType;
  if (!type) {
    findInnerConcepts(ctx, sentence, words, withTrailing);
    return;
  }
  if (words.length === 1 && !standaloneType(text) && !isNounCompound(last)) return;
  if (isGenericMeasure(words)) return;
  if (type === "dataset") {
    // A generic "X benchmark" is not a dataset, but X may be a task or a measure ("math reasoning benchmarks").
    const topic = words.slice(0, -1);
    const topicType = topic.length > 0 ? phraseType(spanText(ctx, topic)) : undefined;
    if (topicType && topicType !== "dataset" && (topic.length > 1 || standaloneType(topic[0]!.text))) {
      add(ctx, { name: singularPhrase(spanText(ctx, topic)), aliases: [text, ...aliases], type: topicType, source: "phrase", inTitle: sentence.inTitle });
    }
    return;
  }
  if (words.length === 2 && MEASURE_CHANGE.has(last.lower) && standaloneType(words[0]!.text) === "metric") {
    // "accuracy loss", "latency reduction": a change in a measure is a mention of the measure.
    add(ctx, { name: singularPhrase(words[0]!.text), aliases: [text, ...aliases], type: "metric", source: "phrase", inTitle: sentence.inTitle });
    return;
  }
  if (words.length > 1 && COLLAPSING.has(last.lower.replace(/s$/, "")) && phraseType(last.text) === type) {
    // "end-to-end latency", "consumer CPUs": a modifier of a measure or a processor, one entity.
    add(ctx, { name: singularPhrase(last.text), aliases: [text, ...aliases], type, source: "phrase", inTitle: sentence.inTitle });
    return;
  }
  const fallbacks: string[] = [];
  for (let i = 1; i < words.length; i++) {
    const suffix = spanText(ctx, words.slice(i));
    // "compress existing models": a phrase the mined lexicon counts only because it is common
    // is no concept when it opens with a vague word, unless the lexicon names it ("large language models").
    if (VAGUE.has(words[i]!.lower) && !standaloneType(suffix)) continue;
    if (isKnownConcept(suffix)) fallbacks.push(singularPhrase(suffix));
  }
  const opener = words[0]!;
  const plainOpener = !opener.verbLike && opener.pos !== "gerund" && opener.pos !== "verb" && !NAMING_VERBS.has(opener.lower);
  // A task named by nouns alone is a term even when used once: "speech enhancement", "LLM deployment".
  const nounCompoundTask = type === "task" && words.length >= 2 && words.slice(0, -1).every((w) => w.pos === "noun" || w.pos === "proper" || w.shape === "caps");
  const specific = (hasSpecificHead(text) || nounCompoundTask) && plainOpener;
  add(ctx, { name: singularPhrase(text), aliases, type, source: "phrase", inTitle: sentence.inTitle, fallbacks, specific });
}

/** A phrase with an untyped head may still contain a concept: "KV cache overhead", "GPU memory". */
function findInnerConcepts(ctx: Context, sentence: Sentence, words: Word[], chunkText: string): void {
  for (let end = words.length; end >= 1; end--) {
    for (let start = 0; start < end; start++) {
      const span = words.slice(start, end);
      const text = spanText(ctx, span);
      // A common phrase ending in a generic word is generic too: "a multimodal dataset", "our training pipeline".
      const minedTerm = span.length > 1 && !TRAILING.has(span[span.length - 1]!.lower) && isKnownConcept(text);
      const type = standaloneType(text) ?? (minedTerm ? phraseType(text) : undefined);
      if (!type) continue;
      add(ctx, {
        name: singularPhrase(text),
        aliases: type === "hardware" ? [chunkText] : [],
        type,
        source: "part",
        inTitle: sentence.inTitle,
      });
      end = start;
      break;
    }
  }
}

const COORDINATOR = /^\s*(?:,\s*)?(?:and|or)\s+$/;

function isPlainModifier(w: Word): boolean {
  return (w.pos === "adj" || w.pos === "participle" || w.pos === "noun") && !isEvaluative(w.lower) && w.shape !== "caps" && w.shape !== "mixed";
}

/**
 * Coordinations that share a head: "mobile and edge devices" also mentions mobile devices,
 * "fully connected and convolutional neural networks" fully connected neural networks. Returns
 * the implied phrases as word lists, with the whole coordination as their alias.
 */
function sharedHeadPhrases(ctx: Context, sentence: Sentence, chunks: Word[][]): { words: Word[]; whole: string; by: string }[] {
  const { words } = sentence;
  const out: { words: Word[]; whole: string; by: string }[] = [];
  for (const right of chunks) {
    const first = words.indexOf(right[0]!);
    const joint = words[first - 1];
    if (right.length < 2 || !joint || (joint.lower !== "and" && joint.lower !== "or")) continue;
    // The left half is one modifier, perhaps after an adverb ("fully connected"), and all of it:
    // "data processing and data movement functions" coordinates two whole phrases.
    const leftLast = words[first - 2];
    if (!leftLast || !COORDINATOR.test(ctx.text.slice(leftLast.end, right[0]!.start)) || !isPlainModifier(leftLast)) continue;
    const left = [leftLast];
    const before = words[first - 3];
    if (before && !before.breakAfter && before.pos === "adv" && /ly$/.test(before.lower)) left.unshift(before);
    const opener = words[words.indexOf(left[0]!) - 1];
    if (opener && !opener.breakAfter && (isNounLike(opener) || opener.pos === "adj")) continue;
    if (leftLast.headType || standaloneType(leftLast.text) || ctx.claims.has(leftLast)) continue;
    // "floating artifacts and inefficient resource usage": a plural noun ends a phrase of its own.
    if (leftLast.pos === "noun" && singularWord(leftLast.lower) !== leftLast.lower) continue;
    out.push({ words: [...left, ...right.slice(1)], whole: ctx.text.slice(left[0]!.start, right[right.length - 1]!.end), by: spanText(ctx, right) });
  }
  return out;
}

/**
 * People are no entities: "Ben-Eliezer et al.", "Shwartz-Ziv and Tishby (2017)", "Goldfeld et
 * al. (2019)". Claims them so that no finder reads their names.
 */
const CITATION =
  /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}'-]+(?:\s+(?:and|&)\s+\p{Lu}[\p{L}'-]+)?(?:\s+et\s+al\.?(?:\s*\[\d+\])?(?:\s*\(\s*(?:19|20)\d{2}[a-z]?\s*\))?|\s*\(\s*(?:19|20)\d{2}[a-z]?\s*\))/gu;

function claimCitations(ctx: Context): void {
  for (const m of ctx.text.matchAll(CITATION)) ctx.claims.add(m.index, m.index + m[0].length);
}

/**
 * Spacing that abstracts copied from PDFs and LaTeX get wrong, mended before anything reads
 * them: LaTeX's unbreakable space ("Scheduling~(FJSP)"), a bracket glued to its word
 * ("Generation(RAG)", "comprises:(1)a", but not "Theta(Nd)" or "SE(3)"), and a word hyphenated
 * across a line ("multi- layer perceptron"). A hyphen before "and", "or", "nor", "vs" or "to"
 * is a shared one and stays: "pre- and post-training", "short- to long-range" (but
 * "coarse- to-fine" is one broken word). A Latin abbreviation glued to the next word gets its
 * space ("vs.GPT-4", "0.002 MWh vs.0.00208 MWh").
 */
export function mendSpacing(text: string): string {
  return text
    .replace(/(?<=\S)~(?=\S)/g, " ")
    .replace(/(?<=[\p{L}\p{N}][\p{L}\p{N}+]{3})\((?=(?:[^()\s]*\p{Lu}){2}[^()\s]*\)|[+-]?\d[\d.]*%?\))/gu, " (")
    .replace(/(?<=[:;,.])(?=\(\d{1,2}\))|(?<=(?:^|[\s:;,.])\(\d{1,2}\))(?=\p{L})/gu, " ")
    .replace(/(?<=[\p{L}\p{N}])- (?!(?:and|or|nor|to|vs\.?)\s)(?=[\p{L}\p{N}])/gu, "-")
    .replace(/(?<=(?:^|[\s(])(?:vs|e\.g|i\.e|cf)\.)(?=[\p{L}\p{N}])/gu, " ");
}

export function findCandidates(paper: { title: string; abstract: string }): Candidate[] {
  const title = mendSpacing(paper.title.trim());
  const abstract = mendSpacing(paper.abstract);
  const text = `${title}\n${abstract}`;
  const ctx: Context = { text, folded: fold(text), titleEnd: title.length, claims: new Claims(), out: [], nameContexts: new Map() };
  const sentences = [...sentencesOf(title, true, 0), ...sentencesOf(abstract, false, title.length + 1)];
  claimCitations(ctx);
  findHardware(ctx);
  findModelNames(ctx);
  findEditions(ctx);
  findAtKMetrics(ctx);
  for (const sentence of sentences) findAcronyms(ctx, sentence);
  findReverseAcronyms(ctx);
  findTitleName(ctx, title);
  for (const sentence of sentences) findFunctionWordPhrases(ctx, sentence);
  for (const sentence of sentences) {
    ctx.nameContexts = nameContexts(text, sentence);
    const chunks = chunksOf(sentence, (w) => ctx.claims.has(w));
    for (const chunk of chunks) {
      const after = sentence.words[sentence.words.indexOf(chunk[chunk.length - 1]!) + 1];
      analyseChunk(ctx, sentence, chunk, after);
    }
    for (const { words, whole, by } of sharedHeadPhrases(ctx, sentence, chunks)) {
      const from = ctx.out.length;
      analyseChunk(ctx, sentence, words, undefined);
      for (const c of ctx.out.slice(from)) {
        c.aliases.push(whole);
        c.impliedBy = by;
      }
    }
  }
  return ctx.out;
}

export type { HeadType };
