import type { EdgeAttributes, NodeAttributes, SerializedAtlas } from "../../../graph/schema";
import { createAtlas, type Atlas } from "../../../src/data/atlas";

type Node = [key: string, attributes: Omit<NodeAttributes, "x" | "y"> & { x?: number; y?: number }];
type Edge = [key: string, source: string, target: string, attributes: EdgeAttributes, undirected?: boolean];

const paper = (label: string, community: number, date: string | undefined, abstract: string) =>
  ({ kind: "paper", label, community, date, abstract, authorsCount: 3 }) as const;
const entity = (label: string, type: "model" | "hardware" | "technique" | "metric" | "task", community: number, aliases: string[], paperCount: number, firstDate?: string, lastDate?: string) =>
  ({ kind: "entity", label, type, community, aliases, paperCount, firstDate, lastDate }) as const;

const NODES: Node[] = [
  ["p:1", paper("Fast attention kernels on H100", 0, "2023-01-10", "We run FlashAttention on the NVIDIA H100 and ask whether FA2 helps.")],
  ["p:2", paper("Serving large language models on H100 clusters", 0, "2024-05", "Large Language Models (LLMs) served on H100 GPUs.")],
  ["p:3", paper("Long-context LLMs with FlashAttention", 1, "2025-02-01", "LLMs scale with FlashAttention.")],
  ["p:4", paper("Une métrique de cohérence", 2, undefined, "Nous proposons la Métrique Cohérence.")],
  ["e:h100", entity("H100", "hardware", 0, ["NVIDIA H100"], 2, "2023-01-10", "2024-05")],
  ["e:flash", entity("FlashAttention", "technique", 1, ["FA2"], 2, "2023-01-10", "2025-02-01")],
  ["e:llm", entity("Large Language Models", "model", 1, ["LLMs", "LLM"], 2, "2024-05", "2025-02-01")],
  ["e:metrique", entity("Métrique Cohérence", "metric", 2, [], 1)],
  ["e:island", entity("Island", "task", 2, [], 0)],
];

const EDGES: Edge[] = [
  ["m1", "p:1", "e:h100", { kind: "mentions", weight: 2, count: 1, inTitle: true }],
  ["m2", "p:1", "e:flash", { kind: "mentions", weight: 1, count: 1, inTitle: false }],
  ["m3", "p:2", "e:h100", { kind: "mentions", weight: 1, count: 1, inTitle: true }],
  ["m4", "p:2", "e:llm", { kind: "mentions", weight: 1, count: 1, inTitle: false }],
  ["m5", "p:3", "e:llm", { kind: "mentions", weight: 1, count: 1, inTitle: true }],
  ["m6", "p:3", "e:flash", { kind: "mentions", weight: 1, count: 1, inTitle: true }],
  ["m7", "p:4", "e:metrique", { kind: "mentions", weight: 1, count: 1, inTitle: false }],
  ["r1", "p:1", "p:2", { kind: "related", weight: 1, shared: ["e:h100"] }, true],
  ["c1", "p:3", "p:1", { kind: "cites", weight: 1, via: ["e:flash"] }],
  ["o1", "e:h100", "e:flash", { kind: "cooccurs", weight: 0.5, count: 1 }, true],
];

/** A small, fully known graph in the builder's format, for exact assertions. */
export function fixtureData(): SerializedAtlas {
  return structuredClone({
    attributes: {
      schemaVersion: 1,
      generator: "fixture",
      communities: [
        { id: 0, label: "H100 · Serving", size: 3, papers: 2, topEntities: ["e:h100"] },
        { id: 1, label: "FlashAttention · LLMs", size: 3, papers: 1, topEntities: ["e:flash", "e:llm"] },
        { id: 2, label: "Métrique Cohérence", size: 3, papers: 1, topEntities: ["e:metrique"] },
      ],
      input: { files: [], read: 4, kept: 4, duplicates: 0, rejected: 0, rejections: [] },
      stats: {
        papers: 4,
        entities: 5,
        entitiesByType: { model: 1, method: 0, technique: 1, hardware: 1, dataset: 0, metric: 1, task: 1 },
        edgesByKind: { mentions: 7, cooccurs: 1, related: 1, cites: 1 },
        communities: 3,
      },
    },
    options: { type: "mixed", multi: false, allowSelfLoops: false },
    nodes: NODES.map(([key, attributes], i) => ({ key, attributes: { x: i * 10, y: (i % 3) * 10, ...attributes } as NodeAttributes })),
    edges: EDGES.map(([key, source, target, attributes, undirected]) => ({ key, source, target, attributes, ...(undirected ? { undirected } : {}) })),
  } satisfies SerializedAtlas);
}

export const fixtureAtlas = (): Atlas => createAtlas(fixtureData());
