/**
 * Words that shape a noun phrase's boundary rather than its meaning. All lower-case.
 */

/**
 * Evaluative or vague pre-modifiers: dropped from the left edge of a phrase, since "novel
 * speculative decoding" and "existing speculative decoding" are both "speculative decoding".
 */
export const VAGUE_MODIFIERS: readonly string[] = [
  "novel", "new", "existing", "our", "their", "its", "his", "her", "your", "proposed", "various", "different",
  "several", "multiple", "many", "numerous", "few", "some", "any", "each", "every", "all", "both", "other",
  "such", "same", "certain", "key", "critical", "crucial", "significant", "substantial", "considerable",
  "standard", "traditional", "conventional", "typical", "prior", "previous", "current", "recent",
  "modern", "popular", "powerful", "strong", "simple", "effective", "efficient", "improved", "better",
  "best", "good", "great", "high", "higher", "highest", "low", "lower", "lowest", "state-of-the-art", "sota",
  "advanced", "emerging", "extensive", "comprehensive", "overall", "total", "average", "additional",
  "specific", "particular", "general", "generic", "common", "main", "major", "minor", "primary",
  "fundamental", "basic", "simple", "complex", "underlying", "original", "corresponding", "relevant",
  "large", "larger", "largest", "small", "smaller", "smallest", "huge", "massive", "limited", "full",
  "entire", "whole", "remarkable", "impressive", "superior", "competitive", "promising", "practical",
  "real-world", "robust", "reliable", "accurate", "fast", "faster", "slow", "slower", "cheap", "costly",
  "expensive", "strong", "weak", "naive", "vanilla", "default", "baseline", "respective", "first",
  "second", "third", "final", "initial", "following", "above", "aforementioned", "resulting", "given",
  "potential", "possible", "desired", "optimal", "suboptimal", "inherent", "unique", "diverse",
  "broad", "wide", "widespread", "ubiquitous", "increasing", "growing", "rapid", "severe", "poor",
  "minimal", "maximal", "maximum", "minimum", "reduced", "improving", "enhanced", "leading",
  "end-to-end", "same", "single", "unified", "holistic", "principled", "systematic", "lightweight",
  "in-depth", "theoretical", "empirical", "qualitative", "quantitative", "detailed", "thorough", "rigorous",
  "careful", "preliminary", "greater", "open-source",
  "challenging", "difficult", "important", "notable", "considerable", "excessive", "redundant",
  "additional", "extra", "further", "more", "most", "less", "least", "much", "very", "highly",
  "extremely", "fully", "up", "up-to", "only", "just", "even", "still", "also", "thus", "then",
  "this", "that", "these", "those", "the", "a", "an", "we", "it", "they", "which", "whose", "open",
  "open-source", "publicly", "available", "well-known", "widely-used", "widely", "commonly",
  "off-the-shelf", "pre-defined", "predefined", "fixed", "static", "typical", "actual", "true",
  "state-of-art", "straightforward", "sustained", "verbose", "skinny", "ultra", "ever", "monolithic",
  "optimized", "aware", "friendly", "intensive", "oriented", "centric", "hungry", "heavy", "bound",
  "next-generation", "deeper", "comparative", "dominant", "prevailing", "prevalent", "prohibitive",
  "real", "high-quality", "high-fidelity", "scalable", "tailored", "arbitrary", "customizable", "configured",
  "genuine", "unprecedented", "modest", "inefficient", "ineffective", "heavier", "lighter", "exceptional",
  "outstanding", "excellent", "substantially", "significantly", "dramatically", "notably", "considerably",
  "marginal", "negligible", "moderate", "acceptable", "satisfactory", "favorable", "favourable", "reasonable",
  "sufficient", "insufficient", "inadequate", "unnecessary", "undesirable", "desirable", "tremendous",
  "drastic", "dramatic", "noticeable", "appreciable", "meaningful", "unmatched", "unparalleled",
  "cumbersome", "burdensome", "nontrivial", "non-trivial", "separate", "unseen", "earlier",
  "later", "former", "latter",
];

/** Vague words that stay vague in capitals ("SOTA models"); other capitalised ones are names ("MODEST", "NUS-WIDE"). */
export const VAGUE_IN_CAPITALS: readonly string[] = ["sota", "soa"];

/**
 * Trailing words that add nothing to the concept: "consistency regularization scheme" is the
 * concept "consistency regularization". The longer form is kept as an alias.
 */
export const GENERIC_TRAILING: readonly string[] = [
  "method", "methods", "approach", "framework", "scheme", "strategy", "technique", "mechanism",
  "paradigm", "principle", "module", "architecture", "process", "procedure", "pipeline",
  "algorithm", "setting", "settings", "problem", "task", "tasks", "methodology", "family",
  "variant", "variants", "phase", "stage", "step", "operation", "component", "design", "regime",
  "technology", "solution", "system", "engine", "model-based", "based", "style", "layer", "layers",
  "block", "blocks", "performance", "formulation", "objective", "benchmark", "dataset", "phenomenon",
];

/**
 * What all of the field does: "training strategy", "design principle" and "learning process"
 * name no concept, though "streaming algorithm" does (see TRAILING_HEADS).
 */
export const GENERIC_ACTIVITIES: readonly string[] = [
  "training", "learning", "optimization", "optimisation", "design", "inference", "evaluation", "modeling",
  "modelling", "processing", "generation", "research", "development", "deployment", "implementation",
];

/**
 * Trailing words that still name the concept when all that precedes them is one plain word:
 * "streaming algorithm", "intervention procedure", "multi-agent system" are concepts, while
 * "streaming" or "intervention" alone are not.
 */
export const TRAILING_HEADS: Readonly<Record<string, "technique" | "model" | "task">> = {
  algorithm: "technique", procedure: "technique", mechanism: "technique", strategy: "technique",
  scheme: "technique", technique: "technique", paradigm: "technique", principle: "technique",
  system: "technique", process: "technique", architecture: "model", module: "model", layer: "model",
  block: "model", problem: "task", task: "task",
};

/**
 * Nouns that are never an entity or part of one at the edge of a phrase: they end or start
 * a chunk ("results", "work", "paper").
 */
export const NON_ENTITY_NOUNS: readonly string[] = [
  "paper", "work", "study", "result", "results", "finding", "findings", "experiment", "experiments",
  "analyses", "evaluation", "evaluations", "insight", "insights", "contribution",
  "contributions", "way", "ways", "fact", "number", "amount", "range", "set", "lot", "part", "kind",
  "type", "types", "form", "forms", "variety", "order", "magnitude", "level", "levels", "terms", "term",
  "use", "case", "cases", "example", "examples", "effect", "effects", "impact", "role",
  "issue", "issues", "challenge", "challenges", "limitation", "limitations", "advantage",
  "advantages", "benefit", "benefits", "need", "needs", "goal", "goals", "aim", "idea", "ideas",
  "question", "questions", "answer", "answers", "problem", "problems", "solution", "solutions", "sota", "sotas",
  "code", "codes", "project", "page", "website", "github", "url", "link", "times", "year",
  "years", "day", "days", "hour", "hours", "x", "times", "point", "points", "percent", "percentage",
  "state", "art", "others", "one", "ones", "two", "three", "four", "five", "ten", "hundreds",
  "thousands", "millions", "billions", "dozens", "lack", "absence", "presence", "degree", "extent",
  "scale", "scales", "size", "sizes", "gap", "gaps", "aspect", "aspects", "property", "properties",
  "behavior", "behaviors", "behaviour", "behaviours", "ability", "abilities", "capability",
  "capabilities", "potential", "practice", "field", "area", "areas", "domain", "domains",
  "direction", "directions", "avenue", "avenues", "line", "lines", "literature", "community",
  "researcher", "researchers", "user", "users", "people", "human", "humans", "author", "authors",
  // Idioms: "an Achilles' heel", "a Pandora's box".
  "achilles", "heel", "pandora",
];

/**
 * Whole fields of research: too broad to link papers by, so not entities ("machine learning",
 * "AI"). Their sub-fields and uses are ("federated learning", "deep learning accelerator").
 */
export const FIELD_NAMES: readonly string[] = [
  "machine learning", "deep learning", "artificial intelligence", "ai", "ml", "dl", "data science",
  "state of the art", "state-of-the-art",
];

/**
 * Measures of cost and capacity are only named measures with a specific modifier: "energy
 * consumption", "memory usage", "I/O cost" are; "computational cost", "model capacity" and
 * "resource consumption" say no more than "cost" or "capacity".
 */
export const GENERIC_MEASURE_MODIFIERS: readonly string[] = [
  "computational", "computation", "compute", "computing", "resource", "resources", "model", "memory", "system",
  "hardware", "overall", "performance", "inference", "runtime", "processing", "time", "space",
];
export const GENERIC_MEASURE_HEADS: readonly string[] = [
  "cost", "costs", "complexity", "consumption", "efficiency", "capacity", "footprint", "overhead", "overheads",
  "gain", "gains", "demand", "demands", "requirement", "requirements", "budget", "budgets", "burden",
];

/**
 * Modifiers that say how something is done rather than what: a task head after them names a
 * technique ("adaptive density control", "iterative refinement", "feedback control").
 */
export const MANNER_MODIFIERS: readonly string[] = [
  "adaptive", "iterative", "autoregressive", "recursive", "hierarchical", "incremental", "progressive", "greedy",
  "stochastic", "probabilistic", "implicit", "explicit", "joint", "contrastive", "feedback", "closed-loop",
  "open-loop", "coarse-to-fine", "multi-stage", "two-stage",
];
/** The same said by a hyphenated modifier: "sampling-based planning", "tool-integrated reasoning". */
export const MANNER_SUFFIXES: readonly string[] = [
  "based", "aware", "guided", "driven", "integrated", "free", "loop", "bit", "token", "level", "wise", "augmented",
  "conditioned", "assisted", "informed",
];

/** Words for a change in a measure: "accuracy loss" and "latency reduction" are about accuracy and latency. */
export const MEASURE_CHANGES: readonly string[] = [
  "loss", "losses", "drop", "drops", "degradation", "decline", "improvement", "improvements", "gain", "gains",
  "reduction", "reductions", "increase", "increases", "penalty", "regression", "overhead",
];

/** Halves of a name that only ever modify: "KV" is of a "KV cache", "KV compression" or "KV heads". */
export const MODIFIER_ONLY: readonly string[] = ["kv", "key-value"];

/** Phrases too broad to stand alone, however often they occur: "neural network" says only "a model". */
export const TOO_BROAD: readonly string[] = [
  "neural network", "neural network model", "deep learning model", "learning model", "machine learning model",
  "ml model", "dnn model", "ai model", "network model", "base model", "baseline model", "computational model",
  "learned model", "trained model", "test dataset", "training dataset", "training data", "test data", "real time",
  "test time", "next generation", "pretrained model", "pre-trained model", "model architecture", "network architecture",
  "downstream task", "target task", "neural model", "deep network", "neural architecture", "learned policy",
  "trained policy", "base policy", "individual model", "learned network", "trained network", "robotic system",
  "robot system", "robotic platform", "robot platform", "loss function", "objective function", "cost function",
];

/**
 * Modalities: no entities alone ("RGB images", "RGB-D input"), though names hold them ("TUM
 * RGB-D") and an "RGB-D camera" is hardware by its head.
 */
export const MODALITIES: readonly string[] = ["rgb", "rgb-d", "rgbd", "rgb+d", "rgb-t", "ct", "mri", "fmri", "x-ray"];

/** Venues, sites and organisations papers name in passing: never entities. */
export const VENUES_AND_SITES: readonly string[] = [
  "neurips", "nips", "icml", "iclr", "cvpr", "iccv", "eccv", "acl", "emnlp", "naacl", "coling", "aaai", "ijcai",
  "kdd", "www", "sigir", "siggraph", "siggraph asia", "corl", "rss", "icra", "iros", "miccai", "interspeech",
  "icassp", "uai", "aistats", "colt", "arxiv", "github", "hugging face", "huggingface", "kaggle", "youtube",
  "openai", "google", "meta", "microsoft", "deepmind", "anthropic", "nvidia", "amd", "intel", "apple", "amazon",
];
