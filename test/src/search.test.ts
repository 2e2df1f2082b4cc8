import { describe, expect, it } from "vitest";
import { isEntity } from "../../src/data/atlas";
import { createSearchIndex, graphDocuments, normalise, overviewDocuments } from "../../src/search/index";
import { fixtureAtlas } from "./support/fixture";
import { realAtlas, realOverview } from "./support/atlas-data";

describe("search on the fixture", async () => {
  const index = await createSearchIndex(graphDocuments(fixtureAtlas().graph));
  const top = (query: string) => index.search(query)[0];

  it.each([
    ["an exact entity name", "H100", "e:h100"],
    ["lower case", "h100", "e:h100"],
    ["an alias", "FA2", "e:flash"],
    ["an alias, differently cased", "llms", "e:llm"],
    ["a prefix while typing", "flashatt", "e:flash"],
    ["without accents", "metrique coherence", "e:metrique"],
    ["with accents", "Métrique", "e:metrique"],
    ["a paper title", "serving large language", "p:2"],
    ["a typo in a long word", "flashatention", "e:flash"],
  ])("finds %s", (_name, query, key) => {
    expect(top(query)?.key).toBe(key);
  });

  it("puts the exact name before titles that contain it", () => {
    expect(index.search("H100").map((hit) => hit.key)).toEqual(["e:h100", "p:1", "p:2"]);
  });

  it("says which alias matched, and where the node lives", () => {
    expect(top("NVIDIA")).toMatchObject({ key: "e:h100", alias: "NVIDIA H100", category: "hardware", community: 0 });
    expect(top("H100")).toMatchObject({ alias: null });
  });

  it.each(["", "   ", "zzzzqqq"])("returns nothing for %j", (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it("normalises case and accents", () => {
    expect(normalise("Éçàö ÅNGSTRÖM")).toBe("ecao angstrom");
  });
});

describe("search on the real graph", async () => {
  const { graph } = await realAtlas();
  const index = await createSearchIndex(graphDocuments(graph));

  it("finds every entity by its own name, first", () => {
    const misses: string[] = [];
    graph.forEachNode((key, attributes) => {
      if (!isEntity(attributes)) return;
      const hits = index.search(attributes.label);
      // Entities may share a name with a different casing; what matters is that this one is among the exact ones.
      if (!hits.slice(0, 3).some((hit) => hit.key === key)) misses.push(attributes.label);
    });
    expect(misses).toEqual([]);
  });

  it("finds papers by the start of their title", () => {
    const papers = graph.filterNodes((_key, attributes) => attributes.kind === "paper").slice(0, 25);
    for (const key of papers) {
      const title = graph.getNodeAttribute(key, "label");
      expect(index.search(title.split(" ").slice(0, 6).join(" "), 8).map((hit) => hit.key)).toContain(key);
    }
  });

  it("caps suggestions", () => {
    expect(index.search("a", 8).length).toBeLessThanOrEqual(8);
  });
});

describe("search over an overview's index of the whole graph", async () => {
  const overview = await realOverview();
  const data = await overview.searchData();
  const index = await createSearchIndex(overviewDocuments(data));

  it("search: an index of thousands of nodes is built in turns, so the page can draw between them", async () => {
    expect(data.key.length).toBeGreaterThan(2000);
    let turnTaken = false;
    setTimeout(() => (turnTaken = true), 0);
    await createSearchIndex(overviewDocuments(data));
    expect(turnTaken, "search: other tasks ran while the index was built").toBe(true);
  });

  it("finds H100 as hardware, in the community whose graph holds it", async () => {
    const hit = index.search("H100")[0]!;
    expect(hit).toMatchObject({ label: "H100", category: "hardware" });
    expect((await overview.open(hit.community)).graph.hasNode(hit.key)).toBe(true);
  });

  it("finds any paper by the start of its title, as the full graph's index does", () => {
    const papers = data.key.flatMap((_key, i) => (data.kind[i] === "paper" ? [i] : [])).slice(0, 25);
    for (const i of papers) {
      expect(index.search(data.label[i]!.split(" ").slice(0, 6).join(" "), 8).map((hit) => hit.key)).toContain(data.key[i]);
    }
  });

  it("names a node of any community by its key", () => {
    const i = data.kind.findIndex((kind) => kind !== "paper");
    expect(index.find(data.key[i]!)).toMatchObject({ label: data.label[i], community: data.community[i] });
    expect(index.find("e:no-such-node")).toBeUndefined();
  });
});
