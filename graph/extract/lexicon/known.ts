import type { EntityType } from "../../schema.ts";

/**
 * Well-known names of the field and what they are, so that a paper that merely uses "Mamba" or
 * "GSM8K" gets its type right without describing it. `families` are matched on a name's
 * leading letters ("Qwen2.5-VL-7B" -> "qwen", "CIFAR-100" -> "cifar"); `names` on the whole
 * name. Lower case; spelling variants meet through the concept key (punctuation and case
 * do not matter). Extend freely: this is data, not logic.
 */
export interface KnownNames {
  families: Readonly<Record<string, EntityType>>;
  names: Readonly<Partial<Record<EntityType, readonly string[]>>>;
}

const MODEL_FAMILIES = [
  "gpt", "chatgpt", "llama", "llava", "qwen", "qwq", "mistral", "mixtral", "gemma", "gemini", "claude", "palm",
  "t5", "mt5", "flan", "bert", "roberta", "deberta", "albert", "distilbert", "electra", "xlnet", "bart", "opt",
  "bloom", "falcon", "phi", "olmo", "pythia", "vicuna", "alpaca", "deepseek", "internlm", "internvl", "baichuan",
  "chatglm", "glm", "kimi", "minicpm", "smollm", "granite", "jamba", "mamba", "rwkv", "retnet", "hyena", "xlstm",
  "clip", "siglip", "blip", "flamingo", "dino", "dinov", "sam", "vit", "deit", "swin", "resnet", "resnext", "vgg",
  "alexnet", "inception", "efficientnet", "mobilenet", "convnext", "densenet", "unet", "yolo", "yolov", "detr",
  "sdxl", "dall", "imagen", "pixart", "sora", "cogvideox", "cogvideo", "hunyuan", "flux", "whisper", "wav2vec",
  "hubert", "wavlm", "musicgen", "audiolm", "tacotron", "wavenet", "colbert", "colbertv", "splade", "contriever",
  "bge", "llm2vec", "word2vec", "glove", "fasttext", "elmo", "alphafold", "esm", "codex", "codellama", "starcoder",
  "wizardcoder", "wizardlm", "openvla", "octo", "tulu", "zephyr", "starling", "nemotron", "megatron",
  "cogvlm", "idefics", "pali", "paligemma", "kosmos", "chameleon", "janus", "show-o", "ernie",
  "hunyuanvideo", "ltx", "mochi", "animatediff", "controlnet", "vq", "vqgan", "maskgit", "parti", "lumina",
  "rcnn", "perceiver", "longformer", "bigbird", "reformer", "performer", "linformer", "transformer-xl",
  "xlm", "mbart", "marian", "nllb", "seamless", "e5", "gte", "jina", "nomic", "sentence-bert", "sbert", "simcse",
  "gpt-neox", "gpt-j", "cerebras-gpt", "stablelm", "redpajama-incite", "dbrx", "aya",
  "ministral", "pixtral", "molmo", "dreamer", "dreamerv", "muzero", "alphazero", "alphago",
  "gato", "gr00t", "rdt", "diffusion policy", "segformer", "mask2former", "deeplab",
  "pointnet", "pointnet++", "nerf", "instant-ngp", "mip-nerf", "zip-nerf", "3dgs", "dust3r", "mast3r",
  "vggt", "depth anything", "midas", "dpt", "raft", "grounding dino", "owl-vit", "florence", "sam2",
  "superpoint", "lightglue", "disk", "r2d2", "d2-net", "aliked", "xfeat", "espnet", "pointnet", "dgcnn",
];

const DATASET_FAMILIES = [
  "imagenet", "cifar", "mnist", "svhn", "coco", "lvis", "cityscapes", "ade20k", "kitti", "nuscenes", "waymo",
  "audioset", "librispeech", "kinetics", "ucf", "hmdb", "webvid", "laion", "datacomp", "cc3m", "cc12m", "flickr",
  "vqav", "gqa", "textvqa", "docvqa", "chartqa", "mmmu", "mmbench", "mme", "mathvista", "mmlu", "gsm8k", "gsm",
  "aime", "humaneval", "mbpp", "swe-bench", "livecodebench", "bigbench", "hellaswag", "winogrande", "piqa",
  "boolq", "truthfulqa", "triviaqa", "squad", "hotpotqa", "beir", "mteb", "glue", "superglue", "wikitext",
  "longbench", "ruler", "infinitebench", "alpacaeval", "mt-bench", "arena-hard", "gpqa", "sharegpt", "ultrachat",
  "procgen", "d4rl", "minigrid", "libero", "calvin", "geneval", "vbench", "ego4d", "scannet", "shapenet",
  "modelnet", "objaverse", "celeba", "ffhq", "lsun", "openimages", "wmt", "flores", "commonsenseqa", "openbookqa",
  "arc-challenge", "arc-easy", "math500", "minerva", "olympiadbench", "theoremqa", "amc", "xsum",
  "cnn/dailymail", "samsum", "wikisql", "webarena", "osworld", "mind2web", "alfworld",
  "webshop", "toolbench", "bfcl", "ifeval", "followbench", "c-eval", "cmmlu", "agieval", "musr", "bbh",
  "t2i-compbench", "drawbench", "partiprompts", "vqa", "okvqa", "nocaps", "msrvtt", "msvd", "activitynet",
  "charades", "epic-kitchens", "something-something", "howto100m", "refcoco", "visual genome", "pascal",
  "places", "inaturalist", "imagenette", "tinyimagenet", "stl", "caltech", "cub", "oxford", "food-101",
  "dtu", "llff", "blendedmvs", "replica", "matterport3d", "metaworld", "robomimic", "bridgedata",
  "open x-embodiment", "droid", "atari", "dmc", "nethack", "crafter", "minedojo", "the pile", "pile",
  "c4", "redpajama", "fineweb", "dolma", "slimpajama", "openwebtext", "bookcorpus", "common crawl", "roots",
  "starcoderdata", "the stack", "wildchat", "lmsys-chat", "anthropic hh", "hh-rlhf", "ultrafeedback",
  "helpsteer", "truthful", "mathqa", "svamp", "asdiv", "aqua", "strategyqa", "medqa", "pubmedqa", "medmcqa",
  "mimic", "chexpert", "brats", "isic", "kvasir", "camelyon", "lits", "synapse", "acdc", "etth", "ettm",
  "m4", "ogb", "cora", "citeseer", "movielens",
  "amazon reviews", "yelp", "imdb", "sst", "mnli", "qnli", "rte", "mrpc", "cola", "stsb", "wnli", "anli",
  "hans", "conll", "ontonotes", "penn treebank", "ptb", "enwik8", "text8", "lambada", "storycloze", "siqa",
  "natural questions", "ms marco", "needle in a haystack", "babilong", "zeroscrolls", "scrolls", "loogle",
];

const METHOD_FAMILIES = [
  "adam", "adamw", "sgd", "rmsprop", "adagrad", "adafactor", "lamb", "lion", "muon", "shampoo", "sophia",
  "lora", "qlora", "dora", "vera", "loha", "ia3", "ppo", "dpo", "grpo", "kto", "orpo", "simpo", "ipo", "trpo",
  "sac", "dqn", "ddpg", "td3", "a3c", "a2c", "reinforce", "vllm", "sglang", "tensorrt", "tensorrt-llm",
  "deepspeed", "megatron-lm", "fsdp", "pytorch", "tensorflow", "jax", "triton", "cuda", "cudnn",
  "cublas", "cutlass", "cute", "flashattention", "flashinfer", "flashdecoding", "pagedattention", "xformers",
  "fastertransformer", "distserve", "splitwise", "sarathi", "orca", "llama.cpp", "ollama", "mlc-llm", "onnx",
  "onnx runtime", "tvm", "xla", "mlir", "ray", "horovod", "nccl", "mpi", "gptq", "awq", "smoothquant",
  "llm.int8", "spqr", "sparsegpt", "wanda", "medusa", "eagle", "streamingllm", "h2o", "snapkv", "pyramidkv",
  "minference", "bm25", "tf-idf", "faiss", "hnsw", "scann", "t-sne", "umap", "xgboost", "lightgbm",
  "catboost", "relu", "gelu", "silu", "swiglu", "geglu", "softplus", "rope", "alibi", "nope", "yarn",
  "layernorm", "rmsnorm", "batchnorm", "groupnorm", "ddpm", "ddim", "dpm-solver", "edm", "score distillation",
  "dreambooth", "textual inversion", "instructpix2pix", "prompt-to-prompt", "sdedit", "maml", "reptile",
  "simclr", "moco", "byol", "barlow twins", "swav", "beit", "ibot", "jepa", "i-jepa", "v-jepa", "vicreg",
  "gradcam", "grad-cam", "shap", "lime", "integrated gradients", "mine", "infonce", "word2vec", "node2vec",
  "deepwalk", "gcn", "gat", "graphsage", "gin", "forceatlas2", "louvain", "leiden", "pagerank", "dijkstra",
  "a*", "mcts", "alphacode", "react", "reflexion", "toolformer", "voyager", "autogen", "langchain",
  "llamaindex", "dspy", "self-refine", "expert iteration", "gpipe", "pipedream", "alpa",
  "colossal-ai", "accelerate", "peft", "unsloth", "axolotl", "trl", "openrlhf", "verl", "nerfstudio",
  "mujoco", "isaac gym", "isaac sim", "isaac lab", "pybullet", "gazebo", "carla", "habitat", "ros", "ros2",
  "superglue", "loftr", "sift", "surf", "orb", "orb-slam", "orb-slam2", "orb-slam3", "colmap", "opencv",
];

const METRIC_FAMILIES = [
  "fid", "fvd", "kid", "lpips", "psnr", "ssim", "ms-ssim", "bleu", "sacrebleu", "rouge", "meteor", "cider",
  "spice", "bertscore", "bleurt", "comet", "chrf", "wer", "cer", "iou", "miou", "dice", "auc", "auroc",
  "auprc", "ndcg", "mrr", "pass@k", "pass@1", "recall@k", "hit@k", "ttft", "tpot", "tbt", "itl", "slo",
  "goodput", "flops", "tflops", "gflops", "pflops", "macs", "tops", "qps", "rps", "ece", "brier score", "elo",
  "win rate", "exact match", "f1", "top-1", "top-5", "mse", "rmse", "mape", "smape", "crps",
  "r2", "pearson", "spearman", "kendall", "hausdorff", "chamfer distance", "epe", "abs rel", "delta1",
  "ate", "rpe", "ade", "fde", "mota", "motp", "idf1", "hota", "ap50", "ap75", "nds", "clip score",
  "clipscore", "inception score", "pick score", "pickscore", "hpsv2", "imagereward", "vqascore", "gflops/s",
  "tflops/s", "tokens/s", "tok/s", "tokens per second", "watts", "joules", "f-score", "f-measure", "mpjpe", "pa-mpjpe",
  "mae", "eer", "pck", "nll", "bpd", "flop", "gflop", "tflop", "elbo",
];

const TECHNIQUE_FAMILIES = [
  "best-of-n", "bf16", "fp16", "fp32", "fp8", "fp4", "fp6", "int8", "int4", "int2", "nvfp4", "mxfp4", "mxfp8",
  "mxfp6", "tf32", "e4m3", "e5m2", "w4a16", "w8a8", "w4a8", "rlhf", "rlaif", "rlvr", "sft", "rag", "cot",
  "moe", "icl", "peft", "qat", "ptq", "nas", "kd", "gqa", "mqa", "mha", "mla", "swa", "ssm", "gan",
];

/** Devices the field names by brand, with or without a version: "HoloLens 2", "Apple Watch", "TrueNorth". */
const HARDWARE_FAMILIES = [
  "hololens", "oculus", "vive", "truenorth", "spinnaker", "akida", "esp32", "esp8266", "arduino", "stm32", "nrf52",
  "crazyflie", "mavic",
];

function familyMap(): Record<string, EntityType> {
  const out: Record<string, EntityType> = {};
  const put = (type: EntityType, words: readonly string[]) => {
    for (const word of words) out[word] ??= type;
  };
  put("hardware", HARDWARE_FAMILIES);
  put("technique", TECHNIQUE_FAMILIES);
  put("metric", METRIC_FAMILIES);
  put("dataset", DATASET_FAMILIES);
  put("method", METHOD_FAMILIES);
  put("model", MODEL_FAMILIES);
  return out;
}

export const KNOWN: KnownNames = {
  families: familyMap(),
  names: {
    model: ["stable diffusion", "stable video diffusion", "segment anything", "mask r-cnn", "faster r-cnn", "llama 2", "llama 3", "gpt-4o", "o1", "o3", "o4-mini"],
    method: ["sparse videogen", "lookahead decoding", "ring attention", "flash attention", "paged attention", "continuous batching", "hugging face transformers"],
    dataset: ["20 questions", "big-bench hard", "common voice", "conceptual captions", "tanks and temples", "mip-nerf 360"],
    hardware: ["apple watch", "apple vision pro", "meta quest", "magic leap", "google glass", "ibm truenorth"],
    technique: ["tree of thoughts", "self-consistency", "top-k sampling", "nucleus sampling", "classifier-free guidance", "chain-of-thought prompting"],
  },
};
