import { describe, expect, it } from "vitest";
import { categoryCounts, categoryOf, visibleNodes, yearExtent, yearSpan } from "../../src/state/filters";
import { activeFilterCount, DEFAULT_FILTERS, type Filters } from "../../src/state/view";
import { fixtureAtlas } from "./support/fixture";
import { realAtlas } from "./support/atlas-data";

describe("filters on the fixture", () => {
  const { graph } = fixtureAtlas();
  const visible = (change: Partial<Filters>) => [...(visibleNodes(graph, { ...DEFAULT_FILTERS, ...change }) ?? graph.nodes())].sort();

  it.each<[string, Partial<Filters>, string[]]>([
    ["no filter shows everything", {}, graph.nodes().sort()],
    ["hiding papers", { hiddenCategories: ["paper"] }, ["e:flash", "e:h100", "e:island", "e:llm", "e:metrique"]],
    ["hiding two entity types", { hiddenCategories: ["hardware", "model"] }, ["e:flash", "e:island", "e:metrique", "p:1", "p:2", "p:3", "p:4"]],
    ["one community", { community: 1 }, ["e:flash", "e:llm", "p:3"]],
    // Entities live from first to last appearance; undated nodes are never filtered by year.
    ["year 2025 only", { years: [2025, 2025] }, ["e:flash", "e:island", "e:llm", "e:metrique", "p:3", "p:4"]],
    ["years 2023-2023", { years: [2023, 2023] }, ["e:flash", "e:h100", "e:island", "e:metrique", "p:1", "p:4"]],
    ["minimum degree 3", { minDegree: 3 }, ["e:flash", "e:h100", "p:1", "p:2", "p:3"]],
    ["combined", { hiddenCategories: ["paper"], community: 0, minDegree: 1 }, ["e:h100"]],
  ])("%s", (_name, change, expected) => {
    expect(visible(change)).toEqual(expected);
  });

  // What the folded filters panel counts as on: what "Reset filters" would undo, kind by kind.
  it.each<[string, Partial<Filters>, number]>([
    ["none", {}, 0],
    ["papers hidden", { hiddenCategories: ["paper"] }, 1],
    ["two types hidden", { hiddenCategories: ["hardware", "model"] }, 2],
    ["a cluster", { community: 0 }, 1],
    ["years", { years: [2023, 2024] }, 1],
    ["minimum connections", { minDegree: 2 }, 1],
    ["all at once", { hiddenCategories: ["paper"], community: 3, years: [2025, 2025], minDegree: 1 }, 4],
  ])("filters on: %s", (_name, change, expected) => {
    expect(activeFilterCount({ ...DEFAULT_FILTERS, ...change }), "filters on").toBe(expected);
  });

  it("is skipped entirely (null) when no filter is active", () => {
    expect(visibleNodes(graph, DEFAULT_FILTERS)).toBeNull();
  });

  it("year spans and extent", () => {
    expect(yearSpan(graph.getNodeAttributes("p:2"))).toEqual([2024, 2024]);
    expect(yearSpan(graph.getNodeAttributes("e:flash"))).toEqual([2023, 2025]);
    expect(yearSpan(graph.getNodeAttributes("p:4"))).toBeNull();
    expect(yearExtent(graph)).toEqual([2023, 2025]);
  });
});

describe("filters on the real graph", async () => {
  const { graph, stats, communities } = await realAtlas();

  it("counts categories as the builder's stats do", () => {
    const counts = categoryCounts(graph);
    expect(counts.get("paper")).toBe(stats.papers);
    for (const [type, count] of Object.entries(stats.entitiesByType)) expect(counts.get(type as never) ?? 0).toBe(count);
  });

  it("every visible node satisfies every active filter", () => {
    const community = communities[0]!.id;
    const filters: Filters = { hiddenCategories: ["paper"], community, years: null, minDegree: 2 };
    const visible = visibleNodes(graph, filters)!;
    expect(visible.size).toBeGreaterThan(0);
    for (const node of visible) {
      const attributes = graph.getNodeAttributes(node);
      expect(categoryOf(attributes)).not.toBe("paper");
      expect(attributes.community).toBe(community);
      expect(graph.degree(node)).toBeGreaterThanOrEqual(2);
    }
    // ... and every node left out breaks at least one.
    graph.forEachNode((node, attributes) => {
      if (visible.has(node)) return;
      expect(attributes.kind === "paper" || attributes.community !== community || graph.degree(node) < 2).toBe(true);
    });
  });

  it("a year range keeps only papers of those years, and undated ones", () => {
    const extent = yearExtent(graph)!;
    const year = extent[1];
    const visible = visibleNodes(graph, { ...DEFAULT_FILTERS, years: [year, year] })!;
    graph.forEachNode((node, attributes) => {
      if (attributes.kind !== "paper") return;
      const span = yearSpan(attributes);
      expect(visible.has(node)).toBe(span === null || span[0] === year);
    });
  });
});
