import { describe, expect, it } from "vitest";
import { citations, coinedName, contributions, INTRODUCED, introductions } from "../../graph/link/cites.ts";
import { readCorpus } from "../../graph/ingest/index.ts";
import { BUNDLED_CORPUS } from "../../graph/paths.ts";
import { buildCorpusIndex } from "../../graph/link/corpusIndex.ts";
import { cooccurrence } from "../../graph/link/cooccurrence.ts";
import { DEFAULT_RELATED, packMentions, relatedPapers } from "../../graph/link/related.ts";
import { relatedLinks } from "../../graph/link/relatedThread.ts";
import { extractPaper, resolveCorpus } from "../../graph/extract/index.ts";
import type { CorpusExtraction } from "../../graph/extract/index.ts";
import type { Paper } from "../../graph/schema.ts";

describe("cites: coined names", () => {
  it.each([
    ["VTrans: Accelerating Transformer Compression with Variational Information Bottleneck based Pruning", "VTrans"],
    ["Nexus:Proactive Intra-GPU Disaggregation of Prefill and Decode in LLM Serving", "Nexus"],
    ["wa-hls4ml: A Benchmark and Surrogate Models for hls4ml Resource and Latency Estimation", "wa-hls4ml"],
    ["Structured IB: Improving Information Bottleneck with Structured Feature Learning", "Structured IB"],
    ["A Closer Look at the Intervention Procedure of Concept Bottleneck Models", undefined],
    ["Bridging the Sim-to-Real Gap from the Information Bottleneck Perspective", undefined],
    ["To Compress or Not to Compress- Self-Supervised Learning and Information Theory: A Review", undefined],
    ["Kinetics: Rethinking Test-Time Scaling Laws", "Kinetics"],
  ])("cites: %s coins %s", (title, expected) => {
    expect(coinedName(title)).toBe(expected);
  });
});

describe("cites: names an abstract introduces", () => {
  it.each([
    ["We propose FlashDecoding, a decoder, and we present KVQuant.", ["flashdecoding", "kvquant"]],
    ["THIS PAPER PRESENTS MoE-X for routing.", ["moex"]],
    ["In this work, we introduce a benchmark called LongBench2 of long tasks.", ["longbench2"]],
    ["We propose transformers for vision.", []],
    ["We propose Deep-learning pipelines.", []],
    // The long s folds to "s" under Unicode case folding, and is a letter of the word before "we".
    ["Thi\u017f paper presents FooNet.", ["foonet"]],
    ["\u017fwe propose BarNet.", []],
    ["We propose a model, and we propose ZedNet.", ["zednet"]],
  ])("cites: %s introduces %j", (abstract, expected) => {
    expect([...contributions({ title: "A Title", abstract }).introduced]).toEqual(expected);
  });

  it("cites: introductions found from their openings are every match of scanning the whole abstract", async () => {
    const everywhere = new RegExp(INTRODUCED.source, "giu");
    const { papers } = await readCorpus([BUNDLED_CORPUS]);
    let matches = 0;
    for (const { abstract } of papers) {
      const expected = [...abstract.matchAll(everywhere)].map((m) => [m.index, m[0]]);
      expect([...introductions(abstract)].map((m) => [m.index, m[0]]), abstract.slice(0, 60)).toEqual(expected);
      matches += expected.length;
    }
    expect(matches, "cites: the bundled corpus introduces names").toBeGreaterThan(100);
  });
});

/** Four papers about three entities: a rare method shared by 0 and 1, a common model everywhere. */
function smallCorpus() {
  const paper = (title: string, date?: string): Paper => ({ key: `p:${title}`, title, abstract: "", sources: [], ...(date ? { date } : {}) });
  const papers = [paper("FastKV: Cache Eviction", "2024-05"), paper("Serving with FastKV", "2024-09"), paper("Older Work on Caches", "2023-01"), paper("Unrelated Vision Paper", "2024-02")];
  const m = (key: string, count = 1, inTitle = false) => ({ key, name: key, forms: [], count, inTitle });
  const extraction: CorpusExtraction = {
    entities: [
      { key: "e:fastkv", label: "FastKV", type: "method", aliases: [] },
      { key: "e:kv-cache", label: "KV cache", type: "technique", aliases: [] },
      { key: "e:llm", label: "LLM", type: "model", aliases: [] },
      { key: "e:vit", label: "ViT", type: "model", aliases: [] },
    ],
    papers: [
      [m("e:fastkv", 3, true), m("e:kv-cache", 2), m("e:llm")],
      [m("e:fastkv"), m("e:kv-cache"), m("e:llm")],
      [m("e:fastkv"), m("e:kv-cache"), m("e:llm")],
      [m("e:vit", 2, true), m("e:llm")],
    ],
  };
  return buildCorpusIndex(papers, extraction);
}

describe("link: on a corpus small enough to check by hand", () => {
  it("cites: later papers naming a coined name cite its paper; earlier ones cannot", () => {
    expect(citations(smallCorpus())).toEqual([{ source: 1, target: 0, via: [0] }]);
  });

  it("related: papers sharing the rare entities link, explained by them, rarest first", () => {
    const links = relatedPapers(packMentions(smallCorpus()), { k: 2, minWeight: 0.05, maxShared: 5, maxCandidateShare: 1, minCandidateCap: 100, maxCandidateCap: 100, scanBudget: 1000 });
    const pairs = links.map((l) => [l.a, l.b]);
    expect(pairs).toContainEqual([0, 1]);
    expect(pairs).not.toContainEqual([0, 3]);
    const explained = links.find((l) => l.a === 0 && l.b === 1)!;
    expect(explained.shared.slice(0, 2).sort()).toEqual([0, 1]);
    expect(explained.shared, "related: an entity in every paper explains nothing").not.toContain(2);
  });

  it("cooccurs: only pairs seen together more than chance, in at least minCount papers", () => {
    const links = cooccurrence(smallCorpus(), { minCount: 2, perEntity: 5, minWeight: 0.1 });
    expect(links.map((l) => [l.a, l.b, l.count])).toEqual([[0, 1, 3]]);
    expect(links[0]!.weight).toBeCloseTo(1, 5);
  });
});

describe("related: in a thread of its own", () => {
  it("related: the thread finds exactly the links the main thread would, on the bundled corpus", async () => {
    const { papers } = await readCorpus([BUNDLED_CORPUS]);
    const index = buildCorpusIndex(papers, resolveCorpus(papers.map((paper) => extractPaper(paper))));
    const here = relatedPapers(packMentions(index), DEFAULT_RELATED);
    expect(here.length, "related: the corpus has links to compare").toBeGreaterThan(500);
    expect(here.some((l) => l.shared.length >= 3), "related: some explained by several entities").toBe(true);
    expect(await relatedLinks(index, DEFAULT_RELATED, 0)).toEqual(here);
  });
});
