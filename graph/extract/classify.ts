import type { EntityType } from "../schema.ts";
import { conceptKey, singularWord } from "./canonical.ts";
import { HEADS, MEASURE_NAME_HEADS, type HeadLexicon } from "./lexicon/heads.ts";
import { HARDWARE_PATTERNS } from "./lexicon/hardware.ts";
import { KNOWN } from "./lexicon/known.ts";
import { minedAcronymType, minedFamilyType, minedHeadBreadth, minedNameType, minedPhraseFrequency } from "./lexicon/index.ts";
import { SIZE_SUFFIX, MODEL_NAME_SUFFIXES } from "./lexicon/names.ts";
import { PREPOSITIONAL_COMPOUND } from "./tokens.ts";

/** Entity types a generic head word can give; "method" only comes from coined names. */
export type HeadType = Exclude<EntityType, "method">;

const HEAD_TYPE = new Map<string, HeadType>();
const STANDALONE = new Map<string, HeadType>();
/** First words of lexicon phrases with a function word inside ("mixture" of "mixture of experts"). */
const FUNCTION_WORD_OPENERS = new Set<string>();
for (const [type, lexicon] of Object.entries(HEADS) as [HeadType, (typeof HEADS)[HeadType]][]) {
  for (const head of lexicon.heads) HEAD_TYPE.set(head, type);
  for (const phrase of lexicon.standalone) {
    STANDALONE.set(conceptKey(phrase), type);
    if (hasInnerFunctionWord(phrase)) FUNCTION_WORD_OPENERS.add(phrase.split(/\s+/)[0]!);
  }
}

function hasInnerFunctionWord(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  return words.length >= 3 && words.slice(1, -1).some((w) => /^(?:of|and|or|to|the|a|for|in|on|with|as)$/.test(w));
}

/** Could open a lexicon phrase with a function word inside: see findFunctionWordPhrases. */
export function opensFunctionWordPhrase(lower: string): boolean {
  return FUNCTION_WORD_OPENERS.has(lower) || (lower.endsWith("s") && FUNCTION_WORD_OPENERS.has(singularWord(lower)));
}

/** First words of the lexicon's phrases of two words or more ("large" of "large language model"). */
const STANDALONE_OPENERS = new Set(
  (Object.values(HEADS) as HeadLexicon[]).flatMap((lexicon) => lexicon.standalone.filter((p) => /[\s-]/.test(p)).map((p) => p.split(/[\s-]/)[0]!)),
);

/** Could open a lexicon phrase of two words or more. */
export function opensLexiconPhrase(lower: string): boolean {
  return STANDALONE_OPENERS.has(lower.split("-")[0]!);
}

/** Bench abstracts a phrase must recur in to count as an established concept. */
export const KNOWN_PHRASE_FREQUENCY = 3;

/**
 * Head words that head at most this many different phrases across the bench are specific:
 * a phrase they head is a term even when a paper uses it once ("layer skipping", "continuous
 * relaxation"). Broader heads ("learning", "network", "inference") need a repeat or the bench.
 */
export const SPECIFIC_HEAD_BREADTH = 30;

/** A phrase headed by a specific head word: see SPECIFIC_HEAD_BREADTH. */
export function hasSpecificHead(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length < 2) return false;
  const head = singularWord(words[words.length - 1]!.toLowerCase());
  return headWordType(head) !== undefined && minedHeadBreadth(head) <= SPECIFIC_HEAD_BREADTH;
}

/** The type a head word gives a phrase ending in it: "decoding" -> technique. */
export function headWordType(word: string): HeadType | undefined {
  const lower = singularWord(word.toLowerCase());
  if (PREPOSITIONAL_COMPOUND.test(lower)) return HEAD_TYPE.get(lower);
  const last = lower.slice(Math.max(lower.lastIndexOf("-"), lower.lastIndexOf("/")) + 1);
  return HEAD_TYPE.get(lower) ?? HEAD_TYPE.get(last);
}

/** A word or phrase that is an entity on its own: "quantization", "KV cache", "GPU". */
export function standaloneType(text: string): HeadType | undefined {
  return STANDALONE.get(conceptKey(text));
}

/** An established concept: in the lexicon, or recurring as a phrase across the bench. */
export function isKnownConcept(text: string): boolean {
  const key = conceptKey(text);
  return STANDALONE.has(key) || (/[\s-]/.test(text.trim()) && minedPhraseFrequency(key) >= KNOWN_PHRASE_FREQUENCY);
}

/** Type of a generic noun phrase by its head word, or by the lexicon for a whole phrase. */
export function phraseType(text: string): HeadType | undefined {
  const whole = standaloneType(text);
  if (whole) return whole;
  const words = text.trim().split(/\s+/);
  const byHead = headWordType(words[words.length - 1]!);
  if (!byHead) return undefined;
  // "nonlinear model predictive control" is the technique its lexicon phrase is, not a task of "control".
  for (let i = 1; i < words.length - 1; i++) {
    const known = standaloneType(words.slice(i).join(" "));
    if (known) return known;
  }
  return byHead;
}

const MEASURE_HEAD = new Set(MEASURE_NAME_HEADS);

/** The type a name of two parts or more has by its last part, whatever else says so: see MEASURE_NAME_HEADS. */
export function typeByLastPart(name: string): "metric" | "task" | undefined {
  const parts = name.trim().split(/[\s-]+/);
  if (parts.length < 2) return undefined;
  const last = singularWord(parts[parts.length - 1]!.toLowerCase());
  // "Travelling Salesman Problem (TSP)", "Multi-Dimensional Knapsack Problem": a problem is solved, a task.
  return MEASURE_HEAD.has(last) ? "metric" : last === "problem" ? "task" : undefined;
}

const HARDWARE_NAME = new RegExp(`^(?:${HARDWARE_PATTERNS.map((p) => p.pattern.replace(/\(\?<\w+>/g, "(?:")).join("|")})$`);
const SIZED_MODEL = new RegExp(SIZE_SUFFIX);
const MODEL_SUFFIX = new RegExp(`-(?:${MODEL_NAME_SUFFIXES.join("|")})$`, "i");

/** "Qwen2.5-VL-7B" -> "qwen", "LLaMA-2" -> "llama", "GPT-4o" -> "gpt". */
export function familyOf(name: string): string {
  return (name.toLowerCase().match(/^[a-z]+(?:-[a-z]+)?/)?.[0] ?? "").replace(/-$/, "");
}

const KNOWN_NAME = new Map<string, EntityType>();
/** Known names with a function word inside ("Tanks and Temples"), found as the lexicon's phrases are. */
const KNOWN_FUNCTION_WORD_NAME = new Map<string, EntityType>();
for (const [type, names] of Object.entries(KNOWN.names) as [EntityType, readonly string[]][]) {
  for (const name of names) {
    KNOWN_NAME.set(conceptKey(name), type);
    if (!hasInnerFunctionWord(name)) continue;
    KNOWN_FUNCTION_WORD_NAME.set(conceptKey(name), type);
    FUNCTION_WORD_OPENERS.add(name.split(/\s+/)[0]!);
  }
}

/** The type of a known name with a function word inside, exactly as the lexicon has it. */
export function knownFunctionWordNameType(text: string): EntityType | undefined {
  return KNOWN_FUNCTION_WORD_NAME.get(conceptKey(text));
}
const KNOWN_FAMILY = new Map(Object.entries(KNOWN.families).map(([family, type]) => [conceptKey(family), type]));
/** Names ending like an architecture: "RetNet", "JRT-RNN", "Swin-ViT", "RoBERTa"-style "*BERT". */
const ARCHITECTURE_SUFFIX = /(?:\p{Ll}Net|-Net|-RNN|-LSTM|-GRU|-GAN|-VAE|-ViT|BERT|-CNN|-GNN|-MLP|-DiT|-SSM|-UNet)(?:v?\d+(?:\.\d+)?)?$/u;

/** The type the field knows a name by: "Mamba" is a model, "GSM8K" a dataset, "AdamW" a method. */
export function knownNameType(name: string): EntityType | undefined {
  const exact = KNOWN_NAME.get(conceptKey(name)) ?? KNOWN_FAMILY.get(conceptKey(name));
  if (exact) return exact;
  const lower = name.toLowerCase();
  const family = familyOf(name);
  const byFamily =
    KNOWN_FAMILY.get(conceptKey(family)) ?? KNOWN_FAMILY.get(conceptKey(family.replace(/v$/, ""))) ?? KNOWN_FAMILY.get(conceptKey(lower.split(/[-\s_]/)[0]!));
  // A version, a size or a successor: "LLaMA-2", "CIFAR100", "GenEval++".
  if (byFamily && /[\d+-]/.test(name.slice(family.length, family.length + 2) || "-")) return byFamily;
  return ARCHITECTURE_SUFFIX.test(name) ? "model" : undefined;
}

/** How context outside the name speaks of it: "the X dataset", "X models", "X achieves". */
export type NameHint = HeadType | "method" | undefined;

/**
 * Type of a proper name ("vLLM", "ImageNet-1K", "Qwen2.5-7B", "Sparse VideoGen"): what
 * the surrounding words say, then what the lexicons and the bench say, then its shape. A coined
 * name nobody describes is a method: the guidelines' default for a paper's own system.
 */
export function nameType(name: string, hint: NameHint, weakHint?: NameHint, coinedHere = false): EntityType {
  const key = conceptKey(name);
  if (HARDWARE_NAME.test(name)) return "hardware";
  const standalone = STANDALONE.get(key);
  if (standalone) return standalone;
  // A paper's own coinage may reuse a known name ("C4", "Kinetics"): the paper says what it is.
  const known = coinedHere ? undefined : knownNameType(name);
  // What the words around say beats a guess from the family: "the ICL-NUIM dataset" is no ICL.
  const exactlyKnown = KNOWN_NAME.has(key) || KNOWN_FAMILY.has(key);
  if (known && (exactlyKnown || !hint)) return known;
  // "evaluated on GPT-2 124M": a model family's name with a parameter count is that model, whatever the sentence.
  if (known === "model" && SIZED_MODEL.test(name)) return "model";
  // "We propose TIT-Score": proposed or not, what a paper scores with is a metric.
  const byLastPart = typeByLastPart(name);
  if (byLastPart && hint !== "model" && hint !== "dataset") return byLastPart;
  if (hint) return hint;
  const mined = coinedHere ? undefined : (minedNameType(key) ?? minedAcronymType(key) ?? minedFamilyType(familyOf(name)));
  if (mined) return mined;
  if (weakHint) return weakHint;
  if (/\s/.test(name.trim())) {
    const head = headWordType(name.trim().split(/\s+/).pop()!);
    // "Sketch-Guided Planning" is the paper's method for a task; "VLA Score" is a measure all the same.
    if (head && head !== "task") return head;
  }
  if (SIZED_MODEL.test(name) || MODEL_SUFFIX.test(name)) return "model";
  return "method";
}
