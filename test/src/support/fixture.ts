import type { CompactAtlas, EdgeKind, EntityType, PaperDetails } from "../../../graph/schema";
import { createAtlas, type Atlas } from "../../../src/data/atlas";

interface PaperRow {
  kind: "paper";
  label: string;
  community: number;
  date?: string;
  abstract: string;
}
interface EntityRow {
  kind: "entity";
  label: string;
  type: EntityType;
  community: number;
  aliases: string[];
}

const paper = (label: string, community: number, date: string | undefined, abstract: string): PaperRow => ({ kind: "paper", label, community, date, abstract });
const entity = (label: string, type: EntityType, community: number, aliases: string[] = []): EntityRow => ({ kind: "entity", label, type, community, aliases });

/** Papers first, as the compact format wants them. */
const NODES: [string, PaperRow | EntityRow][] = [
  ["p:1", paper("Fast attention kernels on H100", 0, "2023-01-10", "We run FlashAttention on the NVIDIA H100 and ask whether FA2 helps.")],
  ["p:2", paper("Serving large language models on H100 clusters", 0, "2024-05", "Large Language Models (LLMs) served on H100 GPUs.")],
  ["p:3", paper("Long-context LLMs with FlashAttention", 1, "2025-02-01", "LLMs scale with FlashAttention.")],
  ["p:4", paper("Une métrique de cohérence", 2, undefined, "Nous proposons la Métrique Cohérence.")],
  ["e:h100", entity("H100", "hardware", 0, ["NVIDIA H100"])],
  ["e:flash", entity("FlashAttention", "technique", 1, ["FA2"])],
  ["e:llm", entity("Large Language Models", "model", 1, ["LLMs", "LLM"])],
  ["e:metrique", entity("Métrique Cohérence", "metric", 2)],
  ["e:island", entity("Island", "task", 2)],
];

type EdgeRow = [kind: EdgeKind, source: string, target: string, explanation?: string[]];

/** In each kind's order, so the explorer names them m0, m1, …, o0, r0, c0. */
const EDGES: EdgeRow[] = [
  ["mentions", "p:1", "e:h100"],
  ["mentions", "p:1", "e:flash"],
  ["mentions", "p:2", "e:h100"],
  ["mentions", "p:2", "e:llm"],
  ["mentions", "p:3", "e:llm"],
  ["mentions", "p:3", "e:flash"],
  ["mentions", "p:4", "e:metrique"],
  ["related", "p:1", "p:2", ["e:h100"]],
  ["cites", "p:3", "p:1", ["e:flash"]],
  ["cooccurs", "e:h100", "e:flash"],
];

const TYPE_NAMES: EntityType[] = ["model", "method", "technique", "hardware", "dataset", "metric", "task"];

/** A small, fully known graph in the builder's compact format (atlas.json), for exact assertions. */
export function fixtureData(): CompactAtlas {
  const index = new Map(NODES.map(([key], i) => [key, i]));
  const at = (key: string) => index.get(key)!;
  const papers = NODES.filter(([, row]) => row.kind === "paper") as [string, PaperRow][];
  const entities = NODES.filter(([, row]) => row.kind === "entity") as [string, EntityRow][];
  const edges: CompactAtlas["edges"] = {
    mentions: { sourceDelta: [], target: [], weight: [] },
    cooccurs: { sourceDelta: [], target: [], weight: [] },
    related: { sourceDelta: [], target: [], weight: [], shared: [] },
    cites: { sourceDelta: [], target: [], weight: [], via: [] },
  };
  const previous = new Map<EdgeKind, number>();
  for (const [kind, source, target, explanation] of EDGES) {
    const list = edges[kind];
    list.sourceDelta.push(at(source) - (previous.get(kind) ?? 0));
    previous.set(kind, at(source));
    list.target.push(at(target));
    list.weight.push(1);
    if (kind === "related") edges.related.shared.push(explanation!.map(at));
    if (kind === "cites") edges.cites.via.push(explanation!.map(at));
  }
  return structuredClone({
    format: "paper-atlas/compact",
    schemaVersion: 2,
    view: "full",
    attributes: {
      schemaVersion: 2,
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
    paperCount: papers.length,
    typeNames: TYPE_NAMES,
    nodes: {
      key: NODES.map(([key]) => key),
      label: NODES.map(([, row]) => row.label),
      x: NODES.map((_, i) => i * 10),
      y: NODES.map((_, i) => (i % 3) * 10),
      community: NODES.map(([, row]) => row.community),
      type: entities.map(([, row]) => TYPE_NAMES.indexOf(row.type)),
      aliases: entities.map(([, row]) => row.aliases),
      date: papers.map(([, row]) => row.date ?? ""),
      authorsCount: papers.map(() => 3),
    },
    edges,
    detailsChunk: 2,
  } satisfies CompactAtlas);
}

/** The details chunks of the fixture, as details/<n>.json holds them. */
export function fixtureDetails(): PaperDetails[][] {
  const papers = NODES.filter(([, row]) => row.kind === "paper") as [string, PaperRow][];
  const entries = papers.map(([key, row]): PaperDetails => ({
    abstract: row.abstract,
    entities: EDGES.filter(([kind, source]) => kind === "mentions" && source === key).map(([, , target]) => target),
    authors: ["Ada Lovelace", "Alan Turing", "Grace Hopper"],
    url: `https://example.org/${key}`,
  }));
  return [entries.slice(0, 2), entries.slice(2)];
}

export const fixtureAtlas = (): Atlas => {
  const chunks = fixtureDetails();
  return createAtlas(fixtureData(), (index) => Promise.resolve(chunks[Math.floor(index / 2)]![index % 2]!));
};
