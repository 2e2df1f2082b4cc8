import type { EntityType } from "../../schema.ts";

/**
 * Head words: the last word of a noun phrase decides its type ("speculative decoding" is a
 * technique because "decoding" is). Words are lower-case and singular; each word has one type,
 * the reading it has in most ML abstracts.
 *
 * `standalone` words and phrases are entities on their own ("quantization", "latency", "KV
 * cache"); `heads` name an entity only together with a modifier ("diffusion model", "error
 * rate"): "model" or "rate" alone is not something a reader could search for.
 */
export interface HeadLexicon {
  standalone: readonly string[];
  heads: readonly string[];
}

export const HEADS: Record<Exclude<EntityType, "method">, HeadLexicon> = {
  model: {
    standalone: [
      "transformer", "autoencoder", "perceptron", "llm", "vlm", "mllm", "lmm", "slm", "gnn", "cnn", "rnn",
      "lstm", "gru", "mlp", "vit", "gan", "vae", "dnn", "ann", "snn", "ssm", "lm", "nerf", "vla",
      "dit", "lvlm", "kan", "pinn", "sae", "vq-vae", "vqvae", "mdm", "lrm",
      "large language model", "small language model", "large multimodal model", "large vision-language model",
      "large reasoning model", "large vision model", "large audio language model",
      "state space model", "state-space model",
    ],
    heads: [
      "model", "network", "net", "encoder", "decoder", "classifier", "regressor", "machine",
      "backbone", "unit", "circuit", "equation", "field", "policy", "generator", "discriminator",
      "predictor", "embedder", "retriever", "reranker", "tokenizer", "critic", "autoencoder",
      "transformer", "perceptron", "llm", "vlm", "lm", "slm", "mllm", "gnn", "cnn", "rnn", "dnn",
    ],
  },
  technique: {
    standalone: [
      "quantization", "pruning", "distillation", "sparsity", "attention", "self-attention",
      "fine-tuning", "finetuning", "pretraining", "pre-training", "post-training", "imputation",
      "regularization", "normalization", "tokenization", "checkpointing", "offloading", "batching",
      "caching", "prefetching", "memoization", "backpropagation", "dropout", "ensembling",
      "chain-of-thought", "chain of thought", "mixture-of-experts", "mixture of experts",
      "parallelism", "pipelining", "data augmentation", "watermarking", "unlearning",
      "disaggregation", "vectorization", "kv cache", "kv caching", "reinforcement learning",
      "in-context learning", "speculative decoding", "knowledge distillation", "contrastive learning",
      "self-supervised learning", "transfer learning", "meta-learning", "federated learning",
      "instruction tuning", "prompt tuning", "prompt engineering", "gradient descent",
      "retrieval-augmented generation", "beam search", "test-time scaling", "synthetic data",
      "information bottleneck", "variational information bottleneck", "softmax bottleneck",
      "maximum likelihood", "maximum likelihood estimation", "maximum entropy", "maximum a posteriori",
      "minimum description length", "maximum mean discrepancy", "low-rank adaptation", "low-rank approximation",
      "high-level synthesis", "real-time rendering", "full fine-tuning", "global attention", "local attention",
      "model predictive control", "optimal control", "farthest point sampling", "point cloud",
      "mixed precision", "receptive field", "learning rate", "virtual reality", "augmented reality", "mixed reality", "extended reality", "vr", "ar", "xr",
    ],
    heads: [
      "learning", "training", "tuning", "pruning", "quantization", "distillation", "decoding",
      "attention", "cache", "caching", "sparsity", "compression", "regularization",
      "normalization", "optimization", "parallelism", "scheduling", "batching", "offloading",
      "checkpointing", "sampling", "augmentation", "alignment", "steering", "prompting",
      "disaggregation", "imputation", "curation", "filtering", "synchronization",
      "communication", "relaxation", "descent", "gating", "routing", "merging", "scaling", "law",
      "tradeoff", "trade-off", "encoding", "tokenization", "masking", "fusion", "exit", "skipping",
      "computing", "computation", "pipelining", "specialization", "multiplication", "expansion",
      "hypothesis", "criterion", "principle", "theory", "function", "embedding", "compute",
      "guidance", "diffusion", "propagation", "pooling", "convolution", "loss", "objective",
      "pretraining", "pre-training", "finetuning", "fine-tuning", "post-training", "supervision",
      "imitation", "exploration", "search", "interaction", "activation", "initialization",
      "aggregation", "consolidation", "rescaling", "execution", "operation", "speculation",
      "unlearning", "injection", "adaptation", "transfer", "ensembling", "calibration",
      "interpolation", "extrapolation", "decomposition", "factorization", "approximation",
      "polysemanticity", "monosemanticity", "dropping", "eviction", "reuse", "rollout", "thought",
      "collaboration", "recomputation", "profiling", "overlapping", "prefill", "partitioning",
      "allocation", "sharding", "replication", "mapping", "annealing", "reranking", "chunking",
      "clipping", "smoothing", "rotation", "perturbation", "dropout", "watermarking",
      "programming", "feedback", "refinement", "tracing", "replay", "head", "graph", "mechanism",
      "relaxation", "entanglement", "coding", "prompt", "steering", "vectorization", "compile",
      "augmentation", "encoding", "experts", "recurrence", "splatting", "flow", "matching", "acceleration",
      "analysis", "randomization", "voxelization", "upsampling", "downsampling", "densification", "logic",
    ],
  },
  task: {
    standalone: [
      "reasoning", "retrieval", "segmentation", "object detection", "summarization", "captioning",
      "machine translation", "forecasting", "navigation", "localization", "super-resolution",
      "denoising", "inpainting", "tracking", "question answering", "code generation",
      "anomaly detection", "image classification", "text-to-image", "text-to-video", "computer vision",
      "autonomous driving", "visual odometry", "slam", "visual slam", "pose estimation", "depth estimation", "optical flow estimation",
      "image generation", "video generation", "text generation", "motion generation", "novel view synthesis",
      "visual question answering", "named entity recognition", "sentiment analysis", "information retrieval",
      "semantic segmentation", "instance segmentation", "panoptic segmentation", "action recognition",
      "natural language processing", "speech recognition", "language modeling", "language modelling",
      "qa", "vqa", "simultaneous localization and mapping", "t2i", "t2v", "i2v", "image-to-video", "text-to-3d",
      "text-to-speech", "tts", "asr", "ocr",
    ],
    heads: [
      "classification", "detection", "segmentation", "generation", "forecasting", "estimation",
      "translation", "answering", "serving", "inference", "recognition", "retrieval", "reasoning",
      "modeling", "modelling", "prediction", "captioning", "summarization", "tracking",
      "navigation", "control", "synthesis", "separation", "enhancement", "removal", "completion",
      "deployment", "understanding", "editing", "restoration", "super-resolution", "denoising",
      "localization", "recall", "parsing", "tagging", "labeling", "clustering", "regression",
      "reconstruction", "manipulation", "grasping", "locomotion", "driving", "diagnosis",
      "recommendation", "verification", "identification", "extraction", "transcription",
      "inpainting", "simulation", "selection", "discovery", "planning", "proving", "solving",
      "comprehension", "following", "dialogue", "grounding", "disjointness", "forecast",
      "odometry", "rendering", "registration", "ranking", "deblurring", "dehazing", "deraining",
      "colorization", "outpainting", "animation", "quantification", "matting", "stylization",
      "paraphrasing", "counting", "perception", "teleoperation", "screening", "prognosis",
      "authentication", "forensics", "moderation", "correction", "slam", "upscaling", "attribution",
      "explanation", "interpretability", "retargeting", "querying", "spotting", "sensing",
    ],
  },
  metric: {
    standalone: [
      "accuracy", "latency", "throughput", "speedup", "perplexity", "f1", "f1 score", "bleu", "rouge",
      "fid", "psnr", "ssim", "auc", "auroc", "miou", "wer", "cer", "ttft", "tpot", "tbt",
      "flops", "tflops", "gflops", "ndcg", "mrr", "mutual information", "conditional entropy",
      "kl divergence", "goodput", "utilization", "uncertainty", "time-to-first-token",
      "shannon information", "fisher information", "pointwise mutual information", "conditional mutual information",
      "FPS", "frames per second", "success rate", "word error rate", "exact match", "top-1 accuracy", "top-5 accuracy",
      "average precision", "mean average precision", "intersection over union", "mean intersection over union",
      "chamfer distance", "peak signal-to-noise ratio", "structural similarity", "lpips", "floating-point operation",
    ],
    heads: [
      "accuracy", "latency", "throughput", "speedup", "perplexity", "error", "rate", "cost",
      "usage", "consumption", "utilization", "overhead", "efficiency", "time", "runtime",
      "footprint", "score", "distance", "divergence", "capacity", "gain", "delay", "ratio",
      "fidelity", "precision", "flops", "entropy", "complexity", "predictivity", "speed",
      "goodput", "distortion", "uncertainty",
    ],
  },
  hardware: {
    standalone: [
      "gpu", "cpu", "tpu", "npu", "fpga", "asic", "mcu", "microcontroller", "soc", "hbm",
      "sram", "dram", "nvlink", "nvswitch", "infiniband", "pcie", "cxl", "smartphone",
      "tensor core", "edge device", "mobile device", "edge server", "supercomputer", "hpc",
      "high-performance computing", "shared memory", "high-bandwidth memory", "tensor memory", "on-chip memory",
      "global memory", "device memory", "host memory", "unified memory", "register file", "streaming multiprocessor",
      "cuda core", "exponential unit", "special function unit", "systolic array", "parallel file system",
      "file system", "distributed file system", "humanoid robot", "legged robot", "quadruped robot", "robotic arm",
      "robot arm", "mobile robot", "autonomous vehicle", "unmanned aerial vehicle", "head-mounted display",
      "raspberry pi", "embedded device", "iot device", "wearable device", "lidar", "radar", "sonar",
      "graphics processing unit", "central processing unit", "tensor processing unit", "neural processing unit",
      "inertial measurement unit", "field-programmable gate array", "light detection and ranging",
    ],
    heads: [
      "gpu", "cpu", "tpu", "npu", "fpga", "asic", "accelerator", "device", "server", "chip",
      "processor", "sram", "dram", "hbm", "smartphone", "phone", "microcontroller", "mcu",
      "sensor", "supercomputer", "interconnect", "soc", "workstation", "laptop", "ssd", "camera", "headset",
      "gripper", "actuator", "robot", "arm", "manipulator", "drone", "uav", "vehicle", "exoskeleton", "insole",
      "glove", "scanner", "lidar", "radar", "sonar", "microphone", "wearable",
    ],
  },
  dataset: {
    standalone: [],
    heads: ["dataset", "benchmark", "corpus", "suite", "leaderboard"],
  },
};

/**
 * Last words that make a coined, capitalised name a measure rather than a method: "Attack
 * Success Rate (ASR)", "Driving Score", "TIT-Score" and "Dice Similarity Coefficient" are what a
 * paper reports, not what it does. Metric heads such as "time" or "precision" are left out, as
 * they also end procedures ("Backpropagation Through Time", "Automatic Mixed Precision").
 */
export const MEASURE_NAME_HEADS: readonly string[] = ["accuracy", "error", "rate", "score", "ratio", "distance", "divergence", "index", "coefficient", "correlation"];

/**
 * Heads whose modified forms are one entity with the bare head: "end-to-end latency" and
 * "prediction accuracy" are mentions of latency and accuracy, "consumer CPUs" of CPU.
 */
export const COLLAPSING_HEADS: readonly string[] = [
  "accuracy", "latency", "throughput", "speedup", "perplexity", "gpu", "cpu", "tpu", "npu", "fpga",
];
