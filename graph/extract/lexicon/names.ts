import type { EntityType } from "../../schema.ts";

/**
 * Shapes and contexts of proper names: coined methods, models, datasets.
 */

/** A parameter count ends a model name: "-7B", "-0.5B", " 175B", "-8x7B", "-360M", "-A3B". */
export const SIZE_SUFFIX = String.raw`(?:^|[-\s_])(?:\d+x)?\d+(?:\.\d+)?[BMT](?:-A\d+(?:\.\d+)?B)?(?:$|[-\s_/])`;

/** Release suffixes of trained models: "LLaMA3.1-8B-Instruct", "Qwen2.5-VL", "Mistral-7B-v0.1". */
export const MODEL_NAME_SUFFIXES: readonly string[] = [
  "Instruct", "Chat", "Base", "VL", "Vision", "Coder", "Math", "Distill", "Preview", "Turbo", "mini", "Mini",
  "Sonnet", "Opus", "Haiku", "Flash", "Pro", "Ultra", "Large", "Small", "Medium", "Tiny", "XL", "XXL",
  "hf", "it", "chat", "instruct", "SFT", "RL", "R1", "Zero", "Thinking", "Omni", "Audio", "Embedding",
];

/**
 * Model names written with spaces ("Llama 2 7B-chat", "Claude 3.5 Sonnet", "Qwen 2.5 72B",
 * "Qwen 2.5-1.5B", "GPT-2 124M"): a capitalised word, a version, optionally a size and a release
 * suffix.
 */
export const SPACED_MODEL_NAME = String.raw`(?<![\w-])\p{Lu}[\p{L}]+(?:(?:-\p{Lu}[\p{L}]*)?\s(?:v?\d+(?:\.\d+)*(?:[\s-](?:\d+x)?\d+(?:\.\d+)?[BMT])?|(?:\d+x)?\d+(?:\.\d+)?[BMT])|-\d+(?:\.\d+)?\s(?:\d+x)?\d+(?:\.\d+)?[BMT])(?:[-\s](?:${MODEL_NAME_SUFFIXES.join("|")})\b)*`;

/** "OPT-30B/66B/175B": one family, several sizes. */
export const SIZE_LIST = String.raw`(?<![\w-])(?<family>\p{Lu}[\p{L}\p{N}.]*(?:-[\p{L}\p{N}.]+)*?)-(?<sizes>\d+(?:\.\d+)?[BMT](?:/\d+(?:\.\d+)?[BMT])+)(?![\w-])`;

/**
 * Words after a name that say what it names: "the PLAID engine", "ImageNet dataset",
 * "ColBERT model". The name is the entity; the whole phrase is an alias.
 */
export const NAME_HEAD_HINTS: Record<string, EntityType> = {
  dataset: "dataset", datasets: "dataset", benchmark: "dataset", benchmarks: "dataset",
  corpus: "dataset", corpora: "dataset", suite: "dataset", leaderboard: "dataset", problems: "dataset",
  split: "dataset", splits: "dataset", testbed: "dataset",
  model: "model", models: "model", network: "model", networks: "model", architecture: "model", encoder: "model",
  encoders: "model", decoder: "model", detector: "model", detectors: "model", tokenizer: "model", policies: "model",
  architectures: "model", backbone: "model", backbones: "model", llm: "model", llms: "model",
  family: "model", checkpoint: "model", checkpoints: "model", variant: "model", variants: "model",
  method: "method", methods: "method", algorithm: "method", algorithms: "method", framework: "method",
  frameworks: "method", system: "method", systems: "method", engine: "method", library: "method",
  libraries: "method", toolkit: "method", compiler: "method", approach: "method", technique: "method",
  optimizer: "method", protocol: "method", pipeline: "method", runtime: "method", kernel: "method",
  kernels: "method", scheduler: "method", strategy: "method", methodology: "method",
  gpu: "hardware", gpus: "hardware", board: "hardware", boards: "hardware", chip: "hardware",
  chips: "hardware", processor: "hardware", processors: "hardware", accelerator: "hardware",
  accelerators: "hardware", device: "hardware", devices: "hardware",
  cpu: "hardware", cpus: "hardware", tpu: "hardware", tpus: "hardware", npu: "hardware", npus: "hardware",
  fpga: "hardware", fpgas: "hardware", soc: "hardware", socs: "hardware", microcontroller: "hardware",
  microcontrollers: "hardware", phone: "hardware", phones: "hardware", smartphone: "hardware", smartphones: "hardware",
  tablet: "hardware", laptop: "hardware", headset: "hardware", headsets: "hardware", camera: "hardware",
  cameras: "hardware", sensor: "hardware", sensors: "hardware", lidar: "hardware", drone: "hardware", drones: "hardware",
  quadrotor: "hardware", quadrotors: "hardware", quadcopter: "hardware", robot: "hardware", robots: "hardware",
  gripper: "hardware", grippers: "hardware", arm: "hardware",
  score: "metric", metric: "metric", metrics: "metric",
};

/**
 * Capitalised words that are not names even mid-sentence: abbreviations of Latin, roman
 * numerals, words often capitalised for emphasis, field names. They may still modify a noun
 * ("ML accelerator", "I/O complexity", "code generation").
 */
export const NOT_NAMES: readonly string[] = [
  "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "ok", "id", "ids", "url", "urls", "pdf", "pdfs",
  "api", "apis", "ui", "uis", "io", "i/o", "nsfw", "k-12",
  // File formats, and statistics' confidence intervals ("95% CI").
  "xml", "json", "html", "csv", "yaml", "ci", "cis",
  "sota", "however", "moreover", "furthermore", "additionally", "finally", "first", "second", "third", "then",
  "specifically", "notably", "importantly", "recently", "today", "code", "github", "python",
  "c++", "ai", "ml", "dl", "nlp", "cv", "yes", "no", "english", "chinese", "internet", "web", "llm-based",
  // Parts of the paper itself: "as Table 2 shows".
  "table", "tables", "figure", "figures", "fig", "appendix", "section",
  // Adjectives after people, capitalised everywhere: they modify ("Gaussian splatting", "Taylor expansion").
  "gaussian", "gaussians", "bayesian", "markov", "markovian", "euclidean", "boolean", "lagrangian", "hessian",
  "jacobian", "laplacian", "riemannian", "newtonian", "hamiltonian", "gibbs", "poisson", "bernoulli", "dirichlet",
  "fourier", "taylor", "kalman", "monte", "carlo", "wasserstein", "shannon", "shannon's", "turing", "nash",
  "pareto", "hebbian", "boltzmann", "langevin", "lipschitz", "hilbert", "banach", "cauchy", "gumbel", "kullback",
  "leibler", "jensen", "wiener", "lyapunov", "koopman", "hopfield", "voronoi", "delaunay", "levenshtein",
];

/**
 * Last parts of a hyphenated modifier: "LLM-generated", "GAN-based" and "GPU-friendly" describe
 * something else, so they are no names, whatever their capitals; the part before may be one
 * ("GAN"). Any lower-case participle in "-ed" counts too.
 */
export const MODIFIER_COMPOUND_ENDINGS: readonly string[] = [
  "based", "driven", "guided", "powered", "enabled", "aware", "free", "centric", "specific", "agnostic", "like",
  "level", "wise", "style", "only", "friendly", "oriented", "intensive", "efficient", "compatible", "ready",
  "native", "scale", "grade", "capable", "dependent", "independent", "invariant", "equivariant", "sensitive",
  "heavy", "bound", "time", "type", "resistant", "tolerant", "proof",
];

/** Units that end a phrase in any case ("3 GB memory", "40 MS latency"). */
const PHRASE_ENDING_UNITS: readonly string[] = ["gb", "mb", "kb", "tb", "ms", "us", "ns", "s", "hz", "khz", "mhz", "ghz", "w", "kw", "mw", "j"];

/**
 * Units are no entities ("a 3 dB gain", "at 30 kHz"). Those of the second row spell acronyms in
 * capitals ("KG reasoning", "EV charging"), so they do not end phrases.
 */
export const UNITS: readonly string[] = [
  ...PHRASE_ENDING_UNITS,
  "db", "dbm", "n/m", "nm", "mm", "cm", "km", "kg", "kwh", "mah", "ev", "kev", "mev",
];

/**
 * Units in the casing only units have ("2.1 dB PSNR", "a 5000 mAh battery"): written so, they end
 * a phrase, where "DB" or "MAH" may be an acronym.
 */
export const CASED_UNITS: readonly string[] = ["dB", "dBm", "dBi", "dBFS", "kWh", "MWh", "GWh", "mAh", "Wh"];

/**
 * Words that end a noun phrase wherever they stand, whatever the tagger says: Latin
 * abbreviations, units, pronouns, and prepositions that title case or a hyphen can disguise
 * ("Beyond Inference", "behind latent diffusion models", "under high missing rates").
 */
export const PHRASE_BREAKERS: readonly string[] = [
  "e.g", "i.e", "et", "al", "etc", "vs", "w.r.t", "cf", "viz",
  ...PHRASE_ENDING_UNITS,
  "we", "our", "us", "this", "these", "those", "it", "its", "they", "their", "them",
  "and", "or", "nor", "but", "the", "a", "an", "in", "on", "for", "to", "of", "with", "by", "at", "from", "as",
  "via", "beyond", "behind", "under", "over", "towards", "toward", "within", "without", "across", "through",
  "throughout", "into", "onto", "upon", "among", "amongst", "between", "against", "during", "versus", "per",
  "beneath", "above", "below", "around", "along", "amid", "despite", "unlike", "whereas", "while", "when",
  "where", "which", "whose", "that", "than", "is", "are", "was", "were", "be", "been", "can", "could", "may",
  "might", "must", "should", "would", "will", "not", "also", "only", "thus", "hence",
  // Verbs of consequence, not modifiers: "annotations, enabling training and evaluation".
  "enabling", "allowing", "yielding", "resulting", "leading",
];

/**
 * Verbs that report results and are rarely nouns: after a noun they start the predicate even
 * where the subject is further back ("experiments on Robomimic and MetaWorld show gains").
 */
export const REPORTING_VERBS: readonly string[] = [
  "show", "demonstrate", "achieve", "outperform", "reveal", "confirm", "indicate", "suggest", "surpass", "exceed",
  "attain", "highlight", "validate", "verify", "enable", "improve", "reduce",
];

/**
 * Past forms of reporting verbs that never modify a noun: "the ensemble, fed with NDVI,
 * outperformed individual models" has no "outperformed individual model". ("improved" and
 * "reduced" do: "reduced precision".)
 */
export const REPORTING_PARTICIPLES: readonly string[] = [
  "showed", "demonstrated", "outperformed", "revealed", "confirmed", "indicated", "suggested", "surpassed",
  "exceeded", "attained", "highlighted", "validated", "verified", "underperformed",
];

/** Words before a list of names that take their type from the noun before them: "benchmarks such as". */
export const LIST_INTRODUCERS: readonly string[] = ["such as", "including", "like", "e.g.", "e.g.,", "namely", "i.e.,"];

/**
 * "evaluated on X", "results across X": a name after these prepositions is usually a dataset,
 * unless the verb before says otherwise ("built on", "deployed on").
 */
export const DATASET_PREPOSITIONS: readonly string[] = ["on", "across"];
export const NOT_DATASET_VERBS: readonly string[] = [
  "based", "built", "build", "builds", "relies", "rely", "relying", "depends", "depend", "focus", "focuses",
  "focusing", "deployed", "deploy", "running", "run", "runs", "implemented", "operate", "operates", "executed",
  "execute", "conditioned", "hosted", "served", "serving", "inference", "inferences", "runtime", "speedup",
  "speedups", "latency", "throughput", "up", "works", "work", "draws", "draw", "improves", "improve",
];
