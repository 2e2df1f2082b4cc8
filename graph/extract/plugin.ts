import nlp from "compromise/two";
import type { EntityType } from "../schema.ts";
import { HEADS } from "./lexicon/heads.ts";
import { DOMAIN_WORDS, FROZEN_NOUNS } from "./lexicon/pos.ts";

/**
 * The domain vocabulary as a compromise plugin. Head words, singular and plural, are frozen as
 * nouns whose tag names their entity type: compromise's noun/verb switch would otherwise read
 * "Models" in "Large Language Models (LLMs) are" and "decoding" as verbs. Other domain words
 * are soft hints the tagger may still override. Applied explicitly by tokens.ts.
 */

export const HEAD_TAG: Record<Exclude<EntityType, "method">, string> = {
  model: "ModelHead",
  technique: "TechniqueHead",
  task: "TaskHead",
  metric: "MetricHead",
  hardware: "HardwareHead",
  dataset: "DatasetHead",
};

const { methods, model } = nlp.world() as unknown as {
  methods: { two: { transform: { noun: { toPlural: (word: string, model: unknown) => string } } } };
  model: unknown;
};

function pluralOf(word: string): string {
  return /^[a-z]{2,5}$/.test(word) && !/[aeiou]/.test(word) ? `${word}s` : methods.two.transform.noun.toPlural(word, model);
}

function buildHeadWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [type, lexicon] of Object.entries(HEADS) as [keyof typeof HEAD_TAG, (typeof HEADS)["model"]][]) {
    const tag = HEAD_TAG[type];
    for (const word of new Set([...lexicon.heads, ...lexicon.standalone.filter((w) => !w.includes(" "))])) {
      words[word] ??= tag;
      words[pluralOf(word)] ??= tag;
    }
  }
  return words;
}

export const atlasPlugin = {
  tags: Object.fromEntries(Object.values(HEAD_TAG).map((tag) => [tag, { isA: "Noun" }])),
  frozen: { ...FROZEN_NOUNS, ...buildHeadWords() },
  words: DOMAIN_WORDS,
};
