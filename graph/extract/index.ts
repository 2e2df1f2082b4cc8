import type { EntityType } from "../schema.ts";
import { findCandidates } from "./candidates.ts";

export { titleCoinage } from "./candidates.ts";
import { clearMemos, conceptKey, slug } from "./canonical.ts";
import { mentionsOf } from "./mentions.ts";
import { clearWordCaches } from "./tokens.ts";

/**
 * Extraction contract: entities per paper (`extractPaper`), then one entity per concept across
 * the corpus (`resolveCorpus`).
 */

/** One concept as one paper mentions it. */
export interface Mention {
  /** Canonical name in this paper's spelling: singular long form ("Large Language Model"). */
  name: string;
  type: EntityType;
  /** Every other surface form in this paper ("LLM", "LLMs", "large language models"). */
  forms: string[];
  count: number;
  inTitle: boolean;
}

/** Pure function of title and abstract: safe to run in a worker and to cache by content hash. */
export interface PaperExtraction {
  mentions: Mention[];
  /**
   * Generic phrases the paper uses once, outside its title, that no lexicon establishes:
   * mentions only if other papers of the corpus use them too (see resolveCorpus).
   */
  tentative: Mention[];
}

export interface CorpusEntity {
  /** Stable node key, "e:" + slug of the canonical name. */
  key: string;
  label: string;
  type: EntityType;
  aliases: string[];
}

export interface PaperEntity {
  key: string;
  name: string;
  forms: string[];
  count: number;
  inTitle: boolean;
}

export interface CorpusExtraction {
  /** Sorted by key. */
  entities: CorpusEntity[];
  /** Parallel to the input papers. */
  papers: PaperEntity[][];
}

export { slug };

export function extractPaper(paper: { title: string; abstract: string }): PaperExtraction {
  return mentionsOf(findCandidates(paper));
}

export { resolveCorpus } from "./corpus.ts";

/**
 * Frees what extraction cached on this thread (tags, shapes and keys of up to hundreds of
 * thousands of words and phrases): the main thread extracts too, and the graph stages that
 * follow need the memory more. Later calls fill the caches again as needed.
 */
export function releaseCaches(): void {
  clearWordCaches();
  clearMemos();
}
export { conceptKey };
