import { describe, expect, it } from "vitest";
import { isEntity } from "../../src/data/atlas";
import { createSearchIndex, normalise } from "../../src/search/index";
import { fixtureAtlas } from "./support/fixture";
import { realAtlas } from "./support/atlas-data";

describe("search on the fixture", () => {
  const index = createSearchIndex(fixtureAtlas().graph);
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

  it("says which alias matched", () => {
    expect(top("NVIDIA")).toMatchObject({ key: "e:h100", alias: "NVIDIA H100", category: "hardware" });
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
  const index = createSearchIndex(graph);

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
