import { describe, expect, it } from "vitest";
import { mendSpacing } from "../../graph/extract/candidates.ts";
import { conceptKey, singularPhrase } from "../../graph/extract/canonical.ts";
import { extractPaper, resolveCorpus } from "../../graph/extract/index.ts";
import { HEADS } from "../../graph/extract/lexicon/heads.ts";
import type { EntityType } from "../../graph/schema.ts";

/**
 * Table-driven extraction tests: `[title, abstract, expected entities]` rows, in the manner
 * of compromise's tests. Abstracts are written for the tests, not taken from the gold sets.
 * An expected entity is `name:type`; it is found when a mention's name or one of its forms
 * has the same concept key.
 */

interface Found {
  name: string;
  type: EntityType;
  forms: string[];
}

function extract(title: string, abstract: string): Found[] {
  const corpus = resolveCorpus([extractPaper({ title, abstract })]);
  const byKey = new Map(corpus.entities.map((e) => [e.key, e]));
  return corpus.papers[0]!.map((m) => ({ name: m.name, type: byKey.get(m.key)!.type, forms: m.forms }));
}

function find(found: Found[], name: string): Found | undefined {
  const key = conceptKey(name);
  return found.find((f) => [f.name, ...f.forms].some((form) => conceptKey(form) === key));
}

function expectEntities(area: string, title: string, abstract: string, expected: string[]): void {
  const found = extract(title, abstract);
  const listing = found.map((f) => `${f.name} [${f.type}]`).join(", ");
  for (const spec of expected) {
    const [name, type] = spec.split(":") as [string, EntityType];
    const hit = find(found, name);
    expect(hit, `${area}: "${name}" is found (found: ${listing})`).toBeDefined();
    expect(hit!.type, `${area}: "${name}" is a ${type}`).toBe(type);
  }
}

function expectAbsent(area: string, title: string, abstract: string, absent: string[]): void {
  const found = extract(title, abstract);
  for (const spec of absent) {
    const [name, type] = spec.split(":") as [string, EntityType | undefined];
    const hit = find(found, name);
    expect(hit && (type === undefined || hit.type === type), `${area}: "${spec}" is not extracted (got ${hit?.name} [${hit?.type}])`).toBeFalsy();
  }
}

describe("acronym", () => {
  it.each([
    ["Sparse Probes for Interpretability", "Concept Bottleneck Models (CBMs) predict concepts first. We show that CBMs can be probed.", ["Concept Bottleneck Model:model"]],
    ["Caching for Long Contexts", "The Key-Value (KV) cache dominates memory during decoding of long prompts.", ["Key-Value cache:technique", "KV cache:technique"]],
    ["Serving at Scale", "We study prefill-decode (PD) disaggregation on clusters, where PD disaggregation cuts interference.", ["prefill-decode disaggregation:technique"]],
    ["Profiling Vision Servers", "Deep neural network (DNN) inference dominates the data centre, yet DNN inference is rarely profiled.", ["Deep neural network:model", "DNN inference:task"]],
    ["A World Model Agent", "We build an agent named REM (Retentive Environment Model) that learns from pixels.", ["Retentive Environment Model:model", "REM:model"]],
    ["Measuring Serving", "We report time-to-first-token (TTFT) and time-per-output-token (TPOT) for each request.", ["time-to-first-token:metric", "TPOT:metric"]],
    ["Completing Scenes", "Semantic Scene Completion (SSC) aims to fill scenes. We propose Progressive Token Routing (PTR), a point cloud semantic scene completion network.", ["Semantic Scene Completion:task", "Progressive Token Routing:method"]],
  ] as const)("acronym: %s", (title, abstract, expected) => {
    expectEntities("acronym", title, abstract, [...expected]);
  });

  it("acronym: a defined long form is the same concept in the title, whatever its capitals", () => {
    const found = extract("Robust Graph Contrastive Learning for Molecules", "Graph contrastive learning (GCL) learns molecular embeddings without labels. We make GCL robust.");
    const gcl = found.filter((f) => conceptKey(f.name) === conceptKey("graph contrastive learning"));
    expect(gcl, "acronym: one mention, not one per spelling").toHaveLength(1);
    expect(gcl[0]!.forms.map(conceptKey)).toContain(conceptKey("GCL"));
  });
});

describe("model names", () => {
  it.each([
    ["Fine-tuning Open Models", "We fine-tune LLaMA-2-7B and Qwen2.5-VL-7B and compare them with GPT-4o.", ["LLaMA-2-7B:model", "Qwen2.5-VL-7B:model", "GPT-4o:model"]],
    ["Image Backbones", "ResNet-50 and ViT-B/16 are trained on ImageNet-1K and evaluated on CIFAR-10.", ["ResNet-50:model", "ImageNet-1K:dataset", "CIFAR-10:dataset"]],
    ["Scaling Sizes", "Results on OPT-30B/66B/175B show the same trend.", ["OPT-30B:model", "OPT-66B:model", "OPT-175B:model"]],
    ["Recurrent Alternatives", "Recurrent models such as Mamba and RWKV rival attention on recall tasks.", ["Mamba:model", "RWKV:model"]],
    ["Spaced Names", "We watermark Llama 2 7B and Mistral-7B-Instruct outputs.", ["Llama 2 7B:model", "Mistral-7B-Instruct:model"]],
  ] as const)("model names: %s", (title, abstract, expected) => {
    expectEntities("model names", title, abstract, [...expected]);
  });
});

describe("hardware", () => {
  it.each([
    ["Kernels for New GPUs", "Our kernels reach 1.3x speedups on NVIDIA H100 GPUs, A100s and the GB200, and on B200 and H200 nodes.", ["H100:hardware", "A100:hardware", "GB200:hardware", "B200:hardware", "H200:hardware"]],
    ["Beyond NVIDIA", "We port the runtime to AMD Instinct MI300X accelerators and Intel Gaudi 2, and to TPU v4 pods.", ["MI300X:hardware", "Gaudi 2:hardware", "TPU v4:hardware"]],
    ["Edge Inference", "The detector runs in real time on a Jetson Orin Nano and on a Raspberry Pi 4, and on an STM32 microcontroller.", ["Jetson Orin Nano:hardware", "Raspberry Pi 4:hardware", "STM32:hardware"]],
    ["On-Device Language Models", "We deploy on the Apple M2 Max, a Snapdragon 8 Gen 3 phone and a Pixel 8, measuring energy on mobile devices.", ["Apple M2 Max:hardware", "Snapdragon 8 Gen 3:hardware", "Pixel 8:hardware", "mobile device:hardware"]],
    ["Streaming Accelerators", "We synthesise the design for Xilinx FPGAs, with a Zynq UltraScale+ board, and compare it with an ASIC.", ["Xilinx FPGA:hardware", "Zynq UltraScale+:hardware", "ASIC:hardware"]],
    ["Sensor Fusion", "We fuse LiDAR scans, an IMU and event cameras for odometry.", ["LiDAR:hardware", "IMU:hardware", "event camera:hardware"]],
    ["Positioning", "Drones fly without GPS; pedestrians carry RTK-GNSS receivers and UWB anchors.", ["GPS:hardware", "RTK-GNSS:hardware", "UWB:hardware"]],
    ["Field Devices", "Pilots fly a Crazyflie 2.1 quadrotor while wearing a Meta Quest 3 headset; a ZED 2 stereo camera and an ESP32 log the flight.", ["Crazyflie 2.1:hardware", "Meta Quest 3:hardware", "ZED 2:hardware", "ESP32:hardware"]],
    ["Consumer Cards", "Training fits on a single RTX 4090 with 24 GB of GPU memory, and NVLink joins two cards.", ["RTX 4090:hardware", "GPU:hardware", "NVLink:hardware"]],
  ] as const)("hardware: %s", (title, abstract, expected) => {
    expectEntities("hardware", title, abstract, [...expected]);
  });

  it("hardware: one entity for every way of writing a product", () => {
    const h100 = extract("Attention Kernels", "We target the H100. On NVIDIA H100 GPUs our kernel is fast; each H100 GPU runs two streams.").filter((f) => f.type === "hardware");
    expect(h100.map((f) => f.name)).toEqual(["H100"]);
  });

  it.each([
    ["Edge Vision", "We release a GPU-based pipeline for video analytics.", ["GPU:hardware"]],
    ["Driving Policies", "The planner reaches L4 autonomy in urban scenes.", ["L4:hardware"]],
  ] as const)("hardware: no processor in %s", (title, abstract, absent) => {
    expectAbsent("hardware", title, abstract, [...absent]);
  });
});

describe("coined names", () => {
  it.each([
    ["DistServe: Disaggregating Prefill and Decoding for Goodput-optimized Large Language Model Serving", "We present a serving system for LLMs.", ["DistServe:method", "Large Language Model Serving:task"]],
    ["FiRST: Finetuning Router-Selective Transformers for Input-Adaptive Latency Reduction", "We propose a router for layer skipping.", ["FiRST:method"]],
    ["PhysiX: A Foundation Model for Physics Simulations", "PhysiX is a 4.5B parameter autoregressive model.", ["PhysiX:model"]],
    ["Grouped Attention", "We compare against vLLM, SGLang and FlashAttention-2 and evaluate on LongBench.", ["vLLM:method", "SGLang:method", "FlashAttention-2:method", "LongBench:dataset"]],
    ["Matching Keypoints", "Trials on the Oxford Affine Covariant Regions dataset show gains over SuperPoint, and on the Visual Genome dataset too.", ["Oxford Affine Covariant Regions:dataset", "Visual Genome:dataset"]],
    ["Policy Suites", "Trials on Roboharmonic and KitchenWorld show gains, as do trials on the ICL-Rooms, NYU-Depth and HallScan datasets.", ["Roboharmonic:dataset", "KitchenWorld:dataset", "ICL-Rooms:dataset", "HallScan:dataset"]],
    ["Math Reasoning", "Our distilled model scores well on AIME 2024 and AIME 2025, and on HMMT 2025 and 2026.", ["AIME 2024:dataset", "AIME 2025:dataset"]],
    ["Sparse Video Models", "We outperform Sparse VideoGen and the PixArt DiTs on quality.", ["Sparse VideoGen:method", "PixArt:model"]],
    ["Radiance Fields", "Experiments on Tanks and Temples verify the method.", ["Tanks and Temples:dataset"]],
    ["Grasp Safety", "We rank each policy by its GRX Score and report the P95 Q-error of the planner.", ["GRX Score:metric", "P95 Q-error:metric"]],
  ] as const)("coined names: %s", (title, abstract, expected) => {
    expectEntities("coined names", title, abstract, [...expected]);
  });

  it.each([
    ["Beyond CNNs: Attention for Crop Maps", "We replace CNNs with a Transformer.", ["Beyond CNN", "Beyond CNNs"]],
    ["Towards Reliable Code-as-Policies: Verified Robot Programs", "LLMs write robot programs that we verify.", ["Towards Reliable Code-as-Policies"]],
    ["Trust in Vision-Language Models: A Survey", "We survey how users trust VLMs.", ["Trust in Vision-Language Model"]],
    ["Rethinking Supervised Fine-Tuning: Data Matters", "We revisit SFT for LLMs.", ["Rethinking Supervised Fine-Tuning"]],
  ] as const)("coined names: no name coined by the phrase before the colon of %s", (title, abstract, absent) => {
    expectAbsent("coined names", title, abstract, [...absent]);
  });
});

describe("phrases", () => {
  it.each([
    ["Faster Decoding", "Speculative decoding accelerates autoregressive decoding. We combine speculative decoding with early exit and layer skipping.", ["speculative decoding:technique", "early exit:technique", "layer skipping:technique"]],
    ["Small Models", "We run mobile and edge devices with fully connected and convolutional neural networks.", ["mobile device:hardware", "edge device:hardware", "fully connected neural network:model", "convolutional neural network:model"]],
    ["Benchmarks for Modeling", "Experiments on image and language modeling benchmarks show gains in perplexity.", ["image modeling:task", "language modeling:task", "perplexity:metric"]],
    ["Recurrent Models", "Sequential models, such as Recurrent Neural Networks and Gated Recurrent Units, are slow to train.", ["Recurrent Neural Network:model", "Gated Recurrent Unit:model"]],
    ["Efficient Mixtures", "We apply mixture of experts and knowledge distillation to a vision transformer, reporting FID and top-1 accuracy.", ["mixture of experts:technique", "knowledge distillation:technique", "vision transformer:model", "FID:metric", "accuracy:metric"]],
    ["Cheap Training", "Training-free acceleration and cache-based acceleration both cut memory usage and energy consumption.", ["training-free acceleration:technique", "cache-based acceleration:technique", "memory usage:metric", "energy consumption:metric"]],
    ["Closed-Loop Agents", "We study adaptive density control and closed-loop reasoning for agents, and speech enhancement on phones.", ["adaptive density control:technique", "reasoning:task", "speech enhancement:task"]],
    ["Cheap Fine-Tuning", "We fine-tune with no perplexity increase and little accuracy loss, after an in-depth analysis of open-source models.", ["perplexity:metric", "accuracy:metric"]],
    ["Tuning Solvers", "We tune the solver's flags with Bayesian Optimization under a fixed budget.", ["Bayesian Optimization:technique"]],
    ["Control and Geometry", "We pair nonlinear model predictive control with an Efficient State Space Model and report lower Chamfer Distance.", ["nonlinear model predictive control:technique", "State Space Model:model", "Chamfer Distance:metric"]],
    ["Capitalised Words", "The Critic scores plans, while a Transformer encodes the scene for MuJoCo.", ["Transformer:model", "MuJoCo:method"]],
    ["LaTeX Spaces", "We solve Flexible Job-Shop Scheduling~(FJSP) on a Raspberry~Pi~5.", ["Flexible Job-Shop Scheduling:method", "Raspberry Pi 5:hardware"]],
    ["Mapping Robots", "Robots run simultaneous localization and mapping, and point cloud completion fills partial scans.", ["simultaneous localization and mapping:task", "point cloud completion:task"]],
    ["Processor Cores", "Leveraging Tensor Cores for efficient computation, we double throughput.", ["Tensor Core:hardware"]],
    ["Question Sets", "Current question-answering (QA) datasets are small, so we build QA benchmarks for VQA.", ["question-answering:task", "VQA:task"]],
    ["Depth Sensing", "RGB images from an RGB-D camera are fused; we test on TUM RGB-D.", ["RGB-D camera:hardware", "TUM RGB-D:dataset"]],
    ["Derived Modifiers", "GAN-based and MLP-based decoders run on GPU-friendly kernels, next to retrieval-augmented generation.", ["GAN:model", "MLP:model", "retrieval-augmented generation:technique"]],
    ["Faithful Rendering", "We train a Scalable Diffusion Policy and report high-fidelity reconstruction and high-quality video generation.", ["Diffusion Policy:model", "video generation:task"]],
    ["Cache Compression", "Our KV compression approach beats full caches; KV compression is tested on the LIBERO simulation benchmark with the Unitree Z1 manipulator arm.", ["KV compression:technique", "LIBERO:dataset", "Unitree Z1:hardware"]],
    ["Slashed Acronyms", "Results on T2V/T2I models and GNSS/UWB/IMU fusion hold, at low I/O cost.", ["T2V:task", "T2I:task", "GNSS:hardware", "UWB:hardware", "IMU:hardware"]],
    ["Real Robots", "Policies trained with sim-to-real transfer run on a real quadruped robot and on real embedded devices; sim-to-real transfer holds.", ["sim-to-real transfer:technique", "quadruped robot:hardware", "embedded device:hardware"]],
    ["Listed Names", "We compare (1) Progressive Prefix Retention, (2) Gemini and (3) Gaussian Splatting on ImageNet.", ["Progressive Prefix Retention:method", "Gemini:model", "Gaussian Splatting:technique", "ImageNet:dataset"]],
    ["Cased Units", "The codec gains 2.1 dB PSNR over HEVC at equal bitrate.", ["PSNR:metric"]],
    ["Pose and Shape Scores", "Our body model lowers MPJPE and PA-MPJPE, and the meshes gain in F-score and F-Measure.", ["MPJPE:metric", "PA-MPJPE:metric", "F-score:metric", "F-Measure:metric"]],
    ["Immersive Displays", "With virtual reality (VR) and AR headsets, users steer robots; training uses mixed precision.", ["virtual reality:technique", "AR:technique", "mixed precision:technique"]],
    ["Names in Capitals", "We retrieve images on NUS-WIDE, where SOTA models lag.", ["NUS-WIDE:dataset"]],
    ["Step Sizes", "We tune the learning rate of AdamW and report the loss.", ["learning rate:technique"]],
    ["Hyphenated Adjectives", "We compare with state-of-the-art autoencoder-based approaches on fine-grained labels.", ["autoencoder:model"]],
    ["Counting Operations", "The ELBO improves while each step costs 2 GFLOP on an NVIDIA Tesla-P100 GPU.", ["ELBO:metric", "GFLOP:metric", "P100:hardware"]],
    ["Sizes After a Space", "We train GPT-2 124M and Qwen 2.5-1.5B against Llama 2 7B-chat, then play Atari 100K.", ["GPT-2 124M:model", "Qwen 2.5-1.5B:model", "Llama 2 7B-chat:model", "Atari 100K:dataset"]],
    ["Problems and Correlations", "We solve the Travelling Salesman Problem (TSP) on an NVIDIA A5000 GPU and report Spearman's Rank Correlation.", ["Travelling Salesman Problem:task", "A5000:hardware", "Spearman's Rank Correlation:metric"]],
    ["Ensembling Large Language Models for Planning", "Robots plan with them.", ["Ensembling:technique", "Large Language Model:model"]],
    ["Named Measures", "Backdoors cost Clean Accuracy (CA); we propose TIT-Score and report Attack Leakage Rate, against Backpropagation Through Time (BPTT).", ["Clean Accuracy:metric", "TIT-Score:metric", "Attack Leakage Rate:metric", "Backpropagation Through Time:method"]],
  ] as const)("phrases: %s", (title, abstract, expected) => {
    expectEntities("phrases", title, abstract, [...expected]);
  });

  it.each([
    ["A Novel Method", "We propose a novel method and a new framework that outperform existing models on real-world datasets with lower computational cost.", ["novel method", "existing model", "real-world dataset", "computational cost", "dataset", "model"]],
    ["Analyses", "An in-depth analysis and a theoretical analysis of open-source models follow.", ["in-depth analysis", "theoretical analysis", "open-source model"]],
    ["Generic Words", "Machine learning and deep learning methods with artificial intelligence (AI) improve results.", ["machine learning", "deep learning", "artificial intelligence", "AI"]],
    ["Formulas", "The bound is o(Nd) when M=Theta(Nd), up to sim2.5times; code at https://github.com/x/y.", ["o(Nd", "M=Theta(Nd", "sim2.5times", "https://github.com/x/y"]],
    ["Renamed Predecessors", "The proposed Re-CatVTON significantly improves performance compared to its predecessor (CatVTON). Language Models are increasingly deployed as judges (LaaJ).", ["Re-CatVTON significantly improves performance compared to its predecessor", "Language Models are increasingly deployed as judge"]],
    ["Modest Claims", "The method brings a modest gain and exceptional efficiency at negligible overhead over SOTA models.", ["modest gain", "exceptional efficiency", "negligible overhead", "SOTA model"]],
    ["Other Parts", "A separate retriever runs on an unseen device, unlike earlier layers.", ["separate retriever", "unseen device", "earlier layer"]],
    ["Identifiers", "Our prior SOTA (arXiv:2512.20856) is beaten by the new one, unlike SOTAs.", ["arXiv:2512.20856", "SOTA"]],
    ["Half Names", "Existing methods fall into residual steering and memory (KV) compression, each Key-Value pair kept.", ["KV", "Key-Value"]],
    ["Scaling Foundation Models for Robot Grasping", "Robots grasp.", ["Scaling Foundation Model"]],
    ["Leveraging Foundation Models for Robot Grasping", "Robots grasp by leveraging large language models, a suite incorporating hybrid sequence parallelism.", ["Leveraging Foundation Model", "leveraging large language model", "suite incorporating hybrid sequence parallelism"]],
    ["Following Updates", "We bound the complexity of MoE following the SGD update, and the pursuer following a target, and find the mechanisms driving the gains.", ["MoE following", "pursuer following", "mechanisms driving"]],
    ["Verbs After Names", "MTPS employs interpolation at each level, WaveNet raises recall, and MIND-2 integrates a semantic planner.", ["MTPS employs interpolation", "WaveNet raises recall", "MIND-2 integrates a semantic planner"]],
    ["Glued Abbreviations", "Storage falls to 0.002 MWh vs.0.00208 MWh for the grid, e.g.batteries.", ["vs.0.00208", "MWh vs.0.00208 MWh", "e.g.batteries"]],
    ["Compressing for Phones", "Unlike methods that compress existing models built for servers, we train small ones on LLM-generated data with an AI-driven pipeline.", ["existing model", "compress existing model", "LLM-generated", "AI-driven"]],
    ["Modalities and Sets", "We pair RGB images with depth in a multimodal dataset and a synthetic dataset, at test time, unlike question-answering (QA) datasets.", ["RGB", "multimodal dataset", "synthetic dataset", "test time", "QA dataset"]],
    ["Task Words as Modifiers", "Our navigation policies pass reasoning benchmarks with text-to-image generation.", ["navigation", "reasoning", "text-to-image"]],
    ["Generic Activities", "Our training strategy follows two design principles; the learning process repeats the training strategy.", ["training strategy", "design principle", "learning process"]],
    ["Places and Peoples", "Surveys in Japan and Utah, in Korean and French, use AI-resistant questions and a Grönwall-type bound in January.", ["Japan", "Utah", "Korean", "French", "AI-resistant", "Grönwall-type", "January"]],
    ["Capitalised Roles", "The Critic scores each plan, the Policy acts, and the Encoder reads the scene.", ["Critic", "Policy", "Encoder"]],
    ["LaTeX Leftovers", "We schedule jobs (see $\\varphi$.We note) with Flexible Job-Shop Scheduling~(FJSP) at 3 dB and 2 kHz.", ["varphi.We", "Scheduling~(FJSP)", "dB", "kHz"]],
    ["Where Models Run", "We study a model running on-device and a kernel using GPU on-chip memory.", ["model running on-device", "GPU on-chip"]],
    ["Verbs Before Terms", "Caching cuts cost while reducing training time, unlike methods with prohibitive cost; processing speed doubles.", ["reducing training time", "prohibitive cost"]],
    ["Cores", "Leveraging Tensor Cores, we segment the tumor core of each scan.", ["tumor core:hardware"]],
    ["Prompt Length", "We show that T5 (with a long prompt) outperforms all other models, and that it utilizes fewer tokens.", ["outperforms all other model", "other model"]],
    ["Crop Ensembles", "The ensemble, fed with soil maps, outperformed individual models; a learned policy then surpassed trained policies.", ["outperformed individual model", "individual model", "learned policy", "trained policy", "surpassed trained policy"]],
    ["Tooling Words", "Closed-source APIs give user IDs and export CSV and PDF files; NSFW flags in K-12 classrooms fall, with a narrow 95% CI.", ["API", "ID", "CSV", "PDF", "NSFW", "K-12", "CI"]],
    ["Robot Objectives", "Our robotic system minimises a tailored loss function, a cost function and an objective function over arbitrary rotations.", ["robotic system", "loss function", "tailored loss function", "cost function", "objective function", "arbitrary rotation"]],
    ["List Items", "Two barriers remain: (a) Scalability, which limits gait models, and (b) Robustness. We score (i) Clarity and ii) Specificity.", ["Scalability", "Robustness", "Clarity", "Specificity"]],
  ] as const)("phrases: nothing vague in %s", (title, abstract, absent) => {
    expectAbsent("phrases", title, abstract, [...absent]);
  });
});

describe("spacing", () => {
  it.each([
    ["Retrieval-Augmented Generation(RAG) helps", "Retrieval-Augmented Generation (RAG) helps"],
    ["Vision-Language Models(VLMs)", "Vision-Language Models (VLMs)"],
    ["gains on ViVerBench(+8.3)", "gains on ViVerBench (+8.3)"],
    ["two limitations:(1)they stall;(2)slow", "two limitations: (1) they stall; (2) slow"],
    ["a multi- layer perceptron with coarse- to-fine fusion", "a multi-layer perceptron with coarse-to-fine fusion"],
    ["the NTU RGB- D benchmark", "the NTU RGB-D benchmark"],
    ["pre- and post-training, short- to long-range, GPT- or LLM-based", "pre- and post-training, short- to long-range, GPT- or LLM-based"],
    ["SE(3) poses, o(Nd) when M=Theta(Nd), f(x)", "SE(3) poses, o(Nd) when M=Theta(Nd), f(x)"],
    ["Scheduling~(FJSP)", "Scheduling (FJSP)"],
  ] as const)("spacing: %s", (text, mended) => {
    expect(mendSpacing(text), `spacing: ${text}`).toBe(mended);
  });

  it.each([
    ["Grounded Agents", "Retrieval-Augmented Generation(RAG) grounds the agent; RAG also cuts errors.", ["Retrieval-Augmented Generation:technique"], ["Retrieval-Augmented Generation(RAG)", "Generation(RAG)"]],
    ["Surrogates", "We train GNN- and transformer-based surrogates; a `multi- layer perceptron` ranks them.", ["multi-layer perceptron:model"], ["GNN-", "`multi-layer perceptron"]],
  ] as const)("spacing: entities of %s", (title, abstract, expected, absent) => {
    expectEntities("spacing", title, abstract, [...expected]);
    const names = extract(title, abstract).flatMap((f) => [f.name, ...f.forms]);
    for (const name of absent) expect(names, `spacing: no "${name}" in ${names.join(", ")}`).not.toContain(name);
  });
});

describe("canonical names", () => {
  it("canonical: LLM, LLMs and large language models are one entity across the corpus, named by its long form", () => {
    const corpus = resolveCorpus([
      extractPaper({ title: "Serving LLMs", abstract: "Large language models (LLMs) are costly to serve. We batch LLM requests." }),
      extractPaper({ title: "Pruning LLMs", abstract: "We prune LLMs without retraining; LLMs keep their accuracy." }),
    ]);
    const llm = corpus.entities.filter((e) => e.type === "model" && [e.label, ...e.aliases].some((a) => /^LLMs?$/.test(a)));
    expect(llm, "canonical: one LLM entity").toHaveLength(1);
    expect(llm[0]!.label).toBe("Large language model");
    expect(corpus.papers.every((p) => p.some((m) => m.key === llm[0]!.key)), "canonical: both papers mention it").toBe(true);
  });

  it("canonical: a phrase one paper uses once is a concept when another paper of the corpus uses it too", () => {
    const papers = [
      { title: "Cheaper Serving", abstract: "We shorten the layered buffer compression for chat models." },
      { title: "Memory for Agents", abstract: "Agents forget less with a layered buffer compression and a summary." },
      { title: "Unrelated", abstract: "A planner for warehouse robots." },
    ];
    const label = (corpus: ReturnType<typeof resolveCorpus>, p: number) => {
      const byKey = new Map(corpus.entities.map((e) => [e.key, e.label.toLowerCase()]));
      return corpus.papers[p]!.map((m) => byKey.get(m.key));
    };
    const alone = resolveCorpus([extractPaper(papers[0]!), extractPaper(papers[2]!)]);
    expect(label(alone, 0), "canonical: used once in one paper, it is no entity").not.toContain("layered buffer compression");
    const together = resolveCorpus(papers.map((p) => extractPaper(p)));
    expect(label(together, 0), "canonical: used by two papers, it is one").toContain("layered buffer compression");
    expect(label(together, 1)).toContain("layered buffer compression");
  });

  it("canonical: an acronym before the long form's head names the concept in other papers too", () => {
    const corpus = resolveCorpus([
      extractPaper({ title: "Caching Keys", abstract: "The Key-Value (KV) cache grows with the context; we compress the KV cache." }),
      extractPaper({ title: "Offloading Caches", abstract: "We offload KV caches to host memory during decoding." }),
    ]);
    const keysOf = (p: number) => corpus.papers[p]!.map((m) => m.key);
    const shared = keysOf(0).filter((key) => keysOf(1).includes(key));
    const labels = shared.map((key) => corpus.entities.find((e) => e.key === key)!.label.toLowerCase());
    expect(labels, "canonical: both papers mention one KV cache entity").toContain("key-value cache");
  });

  it("canonical: an acronym with two senses the lexicon knows is two entities", () => {
    const corpus = resolveCorpus([
      extractPaper({ title: "Point Clouds", abstract: "We pick anchors by Farthest Point Sampling (FPS). FPS keeps coverage." }),
      extractPaper({ title: "Sampling Points", abstract: "Farthest Point Sampling (FPS) is slow on large scans; we speed up FPS." }),
      extractPaper({ title: "Fast Rendering", abstract: "Our renderer runs at 90 FPS on a laptop." }),
    ]);
    const byKey = new Map(corpus.entities.map((e) => [e.key, e]));
    const rendering = corpus.papers[2]!.map((m) => byKey.get(m.key)!).find((e) => [e.label, ...e.aliases].includes("FPS"));
    expect(rendering?.type, "canonical: FPS of a renderer is a metric").toBe("metric");
    const sampling = corpus.papers[0]!.map((m) => byKey.get(m.key)!).find((e) => e.label === "Farthest Point Sampling");
    expect(sampling?.type, "canonical: farthest point sampling is a technique").toBe("technique");
    expect(sampling?.key, "canonical: the two senses are two entities").not.toBe(rendering?.key);
  });

  it.each<[string, string[], string, EntityType]>([
    [
      "papers writing only an unknown acronym do not outvote the lexicon's long form",
      ["Detection reaches 41 mAP on our split.", "The tracker keeps a high mAP at night.", "We report mean average precision (mAP) per class."],
      "mAP",
      "metric",
    ],
    [
      "an acronym the field knows keeps its own papers' type",
      ["We fine-tune with LoRA on one GPU.", "LoRA adapters are merged after training.", "Low-Rank Adaptation (LoRA) freezes the base weights."],
      "LoRA",
      "method",
    ],
  ])("canonical: %s", (_, abstracts, name, type) => {
    const corpus = resolveCorpus(abstracts.map((abstract, i) => extractPaper({ title: `Paper ${i}`, abstract })));
    const entity = corpus.entities.find((e) => [e.label, ...e.aliases].includes(name));
    expect(entity?.type, `canonical: ${name} across ${abstracts.length} papers is a ${type} (${entity?.label})`).toBe(type);
    expect(corpus.papers.every((p) => p.some((m) => m.key === entity?.key)), `canonical: every paper mentions the one ${name}`).toBe(true);
  });

  it.each([
    ["Large Language Models", "Large Language Model"],
    ["strategies", "strategy"],
    ["criteria", "criterion"],
    ["corpora", "corpus"],
    ["Nvidia", "Nvidia"],
    ["Delta", "Delta"],
    ["via", "via"],
    ["data", "data"],
    ["LLMs", "LLM"],
    ["FLOPs", "FLOPs"],
  ] as const)("canonical: the singular of %s is %s", (plural, singular) => {
    expect(singularPhrase(plural), `canonical: singular of "${plural}"`).toBe(singular);
  });

  it("canonical: every head word of the lexicon has one type", () => {
    const typeOf = new Map<string, string>();
    for (const [type, lexicon] of Object.entries(HEADS)) {
      for (const head of lexicon.heads) {
        expect(typeOf.get(head) ?? type, `canonical: "${head}" is a ${typeOf.get(head)} head and a ${type} head`).toBe(type);
        typeOf.set(head, type);
      }
    }
  });
});
