/**
 * Parts of speech that compromise's general-English lexicon gets wrong in ML abstracts. These
 * are hints: the tagger may still override them from context.
 */
export const DOMAIN_WORDS: Record<string, string> = {
  token: "Singular",
  tokens: "Plural",
  prompt: "Singular",
  prompts: "Plural",
  benchmark: "Singular",
  benchmarks: "Plural",
  embedding: "Singular",
  embeddings: "Plural",
  finetuned: "Adjective",
  pretrained: "Adjective",
  "pre-trained": "Adjective",
  "fine-tuned": "Adjective",
  "fine-grained": "Adjective",
  "state-of-the-art": "Adjective",
  "state-of-art": "Adjective",
  "coarse-grained": "Adjective",
  "instruction-tuned": "Adjective",
  multimodal: "Adjective",
  "multi-modal": "Adjective",
  autoregressive: "Adjective",
  "auto-regressive": "Adjective",
  parallel: "Adjective",
  on: "Preposition",
  over: "Preposition",
  ...verbsOf([
    "outperform", "underperform", "alleviate", "utilize", "utilise", "incur", "facilitate", "necessitate",
    "exacerbate", "democratize", "operationalize", "amortize", "parallelize", "parameterize", "parametrize",
    "quantize", "discretize", "tokenize", "binarize", "regularize", "synergize", "generalize", "generalise",
    "finetune", "employ", "raise", "integrate",
  ]),
  // Nouns too as base forms ("leverage", "reconstruction"): only their third person is a verb for sure.
  leverages: "PresentTense",
  leveraging: "Gerund",
  incorporating: "Gerund",
  enabling: "Gerund",
  empowering: "Gerund",
  rethinking: "Gerund",
  reconstructs: "PresentTense",
  streamlines: "PresentTense",
};

/**
 * Verbs of abstracts that compromise's lexicon lacks: "T5 outperforms all other models" would
 * otherwise read as one noun phrase. Past forms are left to the tagger, since they modify nouns
 * as often ("quantized KV cache").
 */
function verbsOf(bases: readonly string[]): Record<string, string> {
  return Object.fromEntries(bases.flatMap((base) => [[base, "Infinitive"], [`${base}s`, "PresentTense"]]));
}

/**
 * Nouns of the field that the tagger's noun/verb switch reads as verbs ("Markov processes
 * are"): frozen as nouns. Where they are verbs ("we process prompts"), the word before says so.
 */
export const FROZEN_NOUNS: Record<string, string> = {
  process: "Singular",
  processes: "Plural",
  code: "Singular",
  codes: "Plural",
  // A processor's cores ("Tensor Cores"), though no head word of hardware: a "tumor core" is none.
  core: "Singular",
  cores: "Plural",
};

/** -ing words that before a determiner are prepositions, not the head they are in "instruction following". */
export const PREPOSITIONAL_GERUNDS: readonly string[] = ["following"];
