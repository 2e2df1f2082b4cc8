import { describe, expect, it } from "vitest";
import { clusterDetails, entityDetails, paperDetails, rankAliases } from "../../src/panels/details";
import { formatDate, safeUrl, selectionText } from "../../src/panels/format";
import { fixtureAtlas } from "./support/fixture";
import { realAtlas } from "./support/atlas-data";

describe("details on the fixture", () => {
  const { graph } = fixtureAtlas();

  it("a paper: entities by type, related with why, cites and cited by", () => {
    const p1 = paperDetails(graph, "p:1")!;
    expect(p1.entitiesByType.map(([type, list]) => [type, list.map((e) => e.key)])).toEqual([
      ["technique", ["e:flash"]],
      ["hardware", ["e:h100"]],
    ]);
    expect(p1.related).toEqual([{ key: "p:2", label: "Serving large language models on H100 clusters", date: "2024-05", because: [{ key: "e:h100", label: "H100" }] }]);
    expect(p1.cites).toEqual([]);
    expect(p1.citedBy.map((p) => [p.key, p.because.map((b) => b.label)])).toEqual([["p:3", ["FlashAttention"]]]);
    expect(paperDetails(graph, "p:3")!.cites.map((p) => p.key)).toEqual(["p:1"]);
  });

  it("an entity: its papers newest first and what it appears with", () => {
    const flash = entityDetails(graph, "e:flash")!;
    expect(flash.papers.map((p) => p.key)).toEqual(["p:3", "p:1"]);
    expect(flash.cooccurring.map((e) => [e.key, e.together])).toEqual([
      ["e:h100", 1],
      ["e:llm", 1],
    ]);
  });

  it.each<[number, { papers: number; entities: number; mentioned: [string, number][]; connected: [string, number][] }]>([
    // Entities of other clusters count too: the cluster's papers mention them. Ties go to the entity of more papers, then by name.
    [0, { papers: 2, entities: 1, mentioned: [["e:h100", 2], ["e:flash", 1], ["e:llm", 1]], connected: [["p:1", 4], ["p:2", 3]] }],
    [2, { papers: 1, entities: 2, mentioned: [["e:metrique", 1]], connected: [["p:4", 1]] }],
  ])("cluster %i: what its papers mention most, and its best-connected papers", (community, expected) => {
    const details = clusterDetails(graph, community);
    expect(
      {
        papers: details.papers,
        entities: details.entities,
        mentioned: details.mentioned.map((e) => [e.key, e.here]),
        connected: details.connected.map((p) => [p.key, p.links]),
      },
      `cluster ${community}`,
    ).toEqual(expected);
  });

  it("each kind of panel refuses the other kind of node", () => {
    expect(paperDetails(graph, "e:h100")).toBeNull();
    expect(entityDetails(graph, "p:1")).toBeNull();
  });
});

describe("details on the real graph", async () => {
  const { graph } = await realAtlas();

  it("every entity lists as many papers as its paperCount", () => {
    graph.forEachNode((key, attributes) => {
      if (attributes.kind !== "entity") return;
      const details = entityDetails(graph, key)!;
      expect(details.papers.length).toBe(attributes.paperCount);
      const dates = details.papers.map((p) => p.date ?? "");
      expect(dates).toEqual([...dates].sort().reverse());
    });
  });
});

describe("clusters of the real graph", async () => {
  const atlas = await realAtlas();

  it("each cluster's papers and entities are as many as the builder counted, and its lists are in order", () => {
    for (const info of atlas.communities) {
      const details = clusterDetails(atlas.graph, info.id);
      expect([details.papers, details.papers + details.entities], `cluster ${info.id}: papers and size`).toEqual([info.papers, info.size]);
      const here = details.mentioned.map((e) => e.here);
      expect(here, `cluster ${info.id}: most mentioned first`).toEqual([...here].sort((a, b) => b - a));
      for (const e of details.mentioned) expect(e.here, `cluster ${info.id}: ${e.label} mentioned by no more papers than mention it`).toBeLessThanOrEqual(Math.min(e.paperCount, info.papers));
      const links = details.connected.map((p) => p.links);
      expect(links, `cluster ${info.id}: most connected first`).toEqual([...links].sort((a, b) => b - a));
    }
  });
});

describe("aliases worth reading", () => {
  it.each([
    ["other names before phrases that contain the name, shorter first", "large language model", ["LLM accuracy of large language model", "LLMs", "large language models", "Large Language Model", "LLM"], ["LLM", "LLMs", "large language models", "LLM accuracy of large language model"]],
    ["case and accent variants of the name say nothing", "Métrique", ["metrique", "METRIQUE", "Metrique score"], ["Metrique score"]],
    ["duplicates collapse", "H100", ["NVIDIA H100", "nvidia h100", "H100 GPU"], ["H100 GPU", "NVIDIA H100"]],
  ])("%s", (_name, label, aliases, expected) => {
    expect(rankAliases(label, aliases)).toEqual(expected);
  });
});

describe("formatting", () => {
  it.each([
    ["2025-05-22", "22 May 2025"],
    ["2025-05", "May 2025"],
    ["2025", "2025"],
    [undefined, "undated"],
  ])("date %s", (date, text) => {
    expect(formatDate(date)).toBe(text);
  });

  it.each([
    [{ categories: ["cs.CL"] }, "arXiv cs.CL"],
    [{ categories: ["cs.CL", "cs.LG"], since: "2025-05" }, "arXiv cs.CL, cs.LG, dated May 2025 or later"],
    [{ since: "2024", until: "2025-06-30" }, "dated 2024 to 30 Jun 2025"],
    [{ until: "2023" }, "dated 2023 or earlier"],
  ])("selection %j", (selection, text) => {
    expect(selectionText(selection)).toBe(text);
  });

  it.each([
    ["https://arxiv.org/abs/2501.00001", "https://arxiv.org/abs/2501.00001"],
    ["javascript:alert(1)", null],
    ["not a url", null],
    [undefined, null],
  ])("link %s", (url, safe) => {
    expect(safeUrl(url)).toBe(safe);
  });
});
