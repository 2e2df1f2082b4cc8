import { describe, expect, it } from "vitest";
import { hashToView, viewToHash, type UrlContext } from "../../src/state/url";
import { INITIAL_VIEW, type ViewState } from "../../src/state/view";
import { realAtlas } from "./support/atlas-data";

describe("URL <-> view state on the real graph", async () => {
  const atlas = await realAtlas();
  const context: UrlContext = { hasNode: (key) => atlas.graph.hasNode(key), hasCommunity: (id) => atlas.communities.some((c) => c.id === id) };
  const [paper] = atlas.graph.filterNodes((_key, a) => a.kind === "paper");
  const [entityA, entityB] = atlas.graph.filterNodes((_key, a) => a.kind === "entity");
  const community = atlas.communities[0]!.id;

  const views: [string, ViewState][] = [
    ["the default view", INITIAL_VIEW],
    ["a selected paper", { ...INITIAL_VIEW, selected: paper! }],
    ["everything at once", {
      ...INITIAL_VIEW,
      selected: entityA!,
      colouring: "type",
      filters: { hiddenCategories: ["metric", "paper"], community, years: [2023, 2025], minDegree: 3 },
      edgeKinds: ["related", "cites"],
      trace: { from: entityA!, to: entityB!, picking: false },
      camera: { x: 0.4321, y: 0.6789, ratio: 0.25 },
    }],
    ["a trace still waiting for its end", { ...INITIAL_VIEW, trace: { from: entityB!, to: null, picking: true } }],
    ["no edges at all", { ...INITIAL_VIEW, edgeKinds: [] }],
    ["every edge kind", { ...INITIAL_VIEW, edgeKinds: ["mentions", "related", "cites", "cooccurs"] }],
  ];

  it.each(views)("round trip: %s", (_name, view) => {
    const restored = hashToView(viewToHash(view), context);
    expect(restored).toEqual({ ...view, filters: { ...view.filters, hiddenCategories: [...view.filters.hiddenCategories].sort() } });
  });

  it("writes nothing for the default view, so the plain URL is the default view", () => {
    expect(viewToHash(INITIAL_VIEW)).toBe("");
    expect(hashToView("", context)).toEqual(INITIAL_VIEW);
  });

  it("encodes node keys safely", () => {
    expect(viewToHash({ ...INITIAL_VIEW, selected: "e:a&b=c#d" })).toBe("#node=e%3Aa%26b%3Dc%23d");
  });

  it("keeps a trace whose ends lie in other clusters of an overview, and no selection there", () => {
    const inCluster = { ...context, isTraceEnd: (key: string) => key !== "" };
    expect(hashToView("#node=p:elsewhere&from=p:elsewhere&to=e:far", inCluster)).toMatchObject({ selected: null, trace: { from: "p:elsewhere", to: "e:far", picking: false } });
    expect(hashToView("#from=p:elsewhere&to=e:far", context)).toMatchObject({ trace: INITIAL_VIEW.trace });
  });

  it.each([
    ["an unknown node", "#node=e:not-in-this-graph", { selected: null }],
    ["an unknown community", "#community=999999", { filters: INITIAL_VIEW.filters }],
    ["junk filters", "#hide=paper,gadget&years=20-30&degree=-2", { filters: { ...INITIAL_VIEW.filters, hiddenCategories: ["paper"] } }],
    ["a broken camera", "#cam=1,2", { camera: null }],
    ["a zero zoom", "#cam=0.5,0.5,0", { camera: null }],
    ["a trace end without a start", `#to=${encodeURIComponent(paper!)}`, { trace: INITIAL_VIEW.trace }],
    ["unknown colouring", "#color=rainbow", { colouring: INITIAL_VIEW.colouring }],
  ])("drops %s from a pasted link", (_name, hash, expected) => {
    expect(hashToView(hash, context)).toMatchObject(expected);
  });
});
