import type { EntityType } from "../../schema.ts";
import phrases from "./mined/phrases.json" with { type: "json" };
import names from "./mined/names.json" with { type: "json" };
import acronyms from "./mined/acronyms.json" with { type: "json" };
import families from "./mined/families.json" with { type: "json" };
import graded from "./mined/graded.json" with { type: "json" };
import headBreadth from "./mined/head-breadth.json" with { type: "json" };

/**
 * Read access to the lexicon mined from the bench corpus by scripts/mine-lexicon.ts. Keys are
 * concept keys (canonical.ts), so every spelling of a phrase finds its entry.
 */

const phraseDf: Record<string, number> = phrases;
const nameTypes: Record<string, EntityType> = names as Record<string, EntityType>;
const acronymTypes: Record<string, EntityType> = acronyms as Record<string, EntityType>;
const familyTypes: Record<string, EntityType> = families as Record<string, EntityType>;
const gradedAdjectives = new Set<string>(graded);
const breadthOfHead: Record<string, number> = headBreadth;

/** In how many bench abstracts the phrase was a noun phrase of its own (0 if fewer than the mining floor). */
export function minedPhraseFrequency(key: string): number {
  return Object.hasOwn(phraseDf, key) ? phraseDf[key]! : 0;
}

/** Type of a coined name (ImageNet, vLLM, MMLU) by the contexts it appeared in across the bench. */
export function minedNameType(key: string): EntityType | undefined {
  return Object.hasOwn(nameTypes, key) ? nameTypes[key] : undefined;
}

/** Type of the long form an acronym stood for in the bench ("TTFT" -> metric). */
export function minedAcronymType(key: string): EntityType | undefined {
  return Object.hasOwn(acronymTypes, key) ? acronymTypes[key] : undefined;
}

/** Type of the versioned names sharing a prefix ("cifar" from "CIFAR-10", "qwen" from "Qwen2.5-7B"). */
export function minedFamilyType(prefix: string): EntityType | undefined {
  return Object.hasOwn(familyTypes, prefix) ? familyTypes[prefix] : undefined;
}

/** Abstracts grade the word ("more accurate", "highly efficient"): it evaluates rather than classifies. */
export function isMinedGraded(word: string): boolean {
  return gradedAdjectives.has(word);
}

/** How many different two-word phrases the head word heads across the bench (0 when unseen). */
export function minedHeadBreadth(head: string): number {
  return Object.hasOwn(breadthOfHead, head) ? breadthOfHead[head]! : 0;
}
