import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { describe, expect, it, vi } from "vitest";
import { syntheticAtlas } from "../../graph/bench/synthetic";
import { createAtlas } from "../../src/data/atlas";
import { BACKGROUND, computeAppearance, labelThreshold, MINOR_COMMUNITY_COLOUR, mix } from "../../src/map/appearance";
import { visibleSubgraphGexf } from "../../src/map/exportGexf";
import { createReducers, NODE_TYPE } from "../../src/map/reducers";
import { hoverFocus, HoverLayer, LIGHT_HOVER_ABOVE, sceneOf, splitHover, type SceneInputs } from "../../src/map/scene";
import { visibleNodes } from "../../src/state/filters";
import { DEFAULT_FILTERS, INITIAL_VIEW, type Filters } from "../../src/state/view";
import { tracePath } from "../../src/trace/path";
import { fixtureAtlas } from "./support/fixture";

// graphology-gexf/browser builds its (unused here) parser from the DOM's classes on import.
vi.hoisted(() => {
  globalThis.DOMParser ??= class {} as typeof DOMParser;
  globalThis.Document ??= class {} as typeof Document;
});

const atlas = fixtureAtlas();
const { graph } = atlas;
const appearance = computeAppearance(graph, atlas.communities);
/** The fixture's one edge from `source` to `target`. */
const edge = (source: string, target: string) => graph.edge(source, target)!;

/** Runs the reducers as sigma would, on a copy of each node's and edge's attributes. */
function render(view: Partial<SceneInputs>, filters: Partial<Filters> = {}, traced = false, hoveredOver: string | null = null) {
  const inputs: SceneInputs = { ...INITIAL_VIEW, ...view };
  const path = traced && inputs.trace.from && inputs.trace.to ? tracePath(graph, inputs.trace.from, inputs.trace.to) : null;
  const scene = sceneOf(graph, inputs, visibleNodes(graph, { ...DEFAULT_FILTERS, ...filters }), path);
  const layer = new HoverLayer();
  layer.replace(hoverFocus(graph, hoveredOver));
  const { nodeReducer, edgeReducer } = createReducers(graph, appearance, scene, layer);
  const nodes = new Map<string, Partial<NodeDisplayData>>(graph.mapNodes((node, attributes) => [node, nodeReducer(node, { ...attributes })]));
  const edges = new Map<string, Partial<EdgeDisplayData>>(graph.mapEdges((edge, attributes) => [edge, edgeReducer(edge, { ...attributes })]));
  return { nodes, edges, scene };
}

describe("reducers", () => {
  it("draw every node with the node program, whatever its entity type", () => {
    const { nodes } = render({});
    for (const data of nodes.values()) expect(data.type).toBe(NODE_TYPE);
  });

  it("hide filtered nodes and their edges, but keep the selection", () => {
    const { nodes, edges } = render({ selected: "p:1" }, { hiddenCategories: ["paper"] });
    expect(nodes.get("p:2")!.hidden).toBe(true);
    expect(nodes.get("p:1")!.hidden).toBeFalsy();
    expect(edges.get(edge("p:2", "e:h100"))!.hidden).toBe(true); // p:2 -> h100
    expect(edges.get(edge("p:1", "e:h100"))!.hidden).toBeFalsy(); // p:1 -> h100
  });

  it("on hover keep the node and its neighbours bright and dim the rest", () => {
    const { nodes, edges } = render({ hovered: "e:h100", colouring: "type" });
    for (const node of ["e:h100", "p:1", "p:2", "e:flash"]) expect(nodes.get(node)!.color).toBe(appearance.categoryColour.get(node));
    expect(nodes.get("p:3")!.color).toBe(appearance.dim(appearance.categoryColour.get("p:3")!));
    expect(nodes.get("p:3")!.label).toBeNull();
    expect(nodes.get("e:h100")).toMatchObject({ highlighted: true, forceLabel: true });
    expect(edges.get(edge("p:1", "e:h100"))!.zIndex).toBe(1);
    expect(edges.get(edge("p:3", "p:1"))!.zIndex).toBe(0);
    expect(edges.get(edge("p:3", "e:flash"))!.hidden).toBe(true);
  });

  it("show a hovered node's links even when their kind is switched off", () => {
    const { edges } = render({ hovered: "e:h100", edgeKinds: ["related"] });
    expect(edges.get(edge("p:1", "e:h100"))!.hidden).toBeFalsy();
    expect(edges.get(edge("p:3", "e:flash"))!.hidden).toBe(true);
  });

  it("on a large map, a hover goes over the scene, not into it", () => {
    expect(splitHover(graph, "e:h100")).toEqual({ inScene: "e:h100", over: null });
    const large = createAtlas(syntheticAtlas(LIGHT_HOVER_ABOVE + 1, 2, [], "hover"), () => Promise.reject(new Error("no details")));
    expect(splitHover(large.graph, "p:1")).toEqual({ inScene: null, over: "p:1" });
  });

  it("a hover over the scene brightens and labels the neighbourhood, shows its links, and changes no size, depth or program", () => {
    const view = { selected: "p:3", edgeKinds: ["related" as const] };
    const base = render(view);
    const { nodes, edges } = render(view, {}, false, "e:h100");
    const neighbourhood = ["e:h100", "p:1", "p:2"];
    for (const [node, data] of nodes) {
      const was = base.nodes.get(node)!;
      expect({ size: data.size, zIndex: data.zIndex, type: data.type }, `hover: ${node} keeps what sigma indexes`).toEqual({ size: was.size, zIndex: was.zIndex, type: was.type });
      if (!neighbourhood.includes(node)) expect(data, `hover: ${node} unchanged`).toEqual(was);
    }
    expect(base.nodes.get("p:2")!.color, "hover: p:2 is dimmed by the selection").toBe(appearance.dim(appearance.communityColour.get("p:2")!));
    for (const node of neighbourhood) expect(nodes.get(node)!.color, `hover: ${node} bright`).toBe(appearance.communityColour.get(node));
    expect(nodes.get("e:h100")).toMatchObject({ highlighted: true, forceLabel: true, label: "H100" });
    expect(nodes.get("p:2")).toMatchObject({ forceLabel: true });
    expect(nodes.get("p:2")!.label).toBeTruthy();
    const link = edge("p:2", "e:h100");
    expect(base.edges.get(link)!.hidden, "hover: a mention link, its kind switched off").toBe(true);
    expect(edges.get(link)!.hidden, "hover: shown").toBe(false);
    expect(edges.get(link)!.type, "hover: same program").toBe(base.edges.get(link)!.type);
    for (const [key, data] of edges) if (!graph.hasExtremity(key, "e:h100")) expect(data, `hover: edge ${key} unchanged`).toEqual(base.edges.get(key));
  });

  it("highlight a traced path over the selection", () => {
    const trace = { from: "e:llm", to: "e:h100", picking: false };
    const { nodes, scene, edges } = render({ selected: "e:h100", trace }, {}, true);
    expect(scene.highlight?.isPath).toBe(true);
    const onPath = [...scene.highlight!.nodes];
    expect(onPath).toHaveLength(3);
    for (const node of onPath) expect(nodes.get(node)).toMatchObject({ forceLabel: true, highlighted: true });
    for (const edge of scene.highlight!.edges) expect(edges.get(edge)!.size).toBe(3);
  });

  it("colour by community when asked", () => {
    const { nodes } = render({ colouring: "community" });
    expect(nodes.get("p:1")!.color).toBe(appearance.communityColour.get("p:1"));
    expect(appearance.communityColour.get("p:1")).toBe(appearance.colourOfCommunity(0));
  });

  it("never write into the graph", () => {
    const before = JSON.stringify(graph.export());
    render({ hovered: "e:h100", selected: "p:1" }, { hiddenCategories: ["paper"], minDegree: 2 });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("appearance", () => {
  it("sizes by degree, entities on the larger scale", () => {
    const size = (node: string) => appearance.size.get(node)!;
    expect(size("e:h100")).toBeGreaterThan(size("e:llm"));
    expect(size("e:island")).toBeLessThan(size("e:metrique"));
    expect(size("p:1")).toBeGreaterThan(size("p:4"));
  });

  it("shortens long paper titles for the map only", () => {
    const long = fixtureAtlas();
    long.graph.setNodeAttribute("p:1", "label", "A very long title about attention kernels that goes on and on well past any reasonable length");
    const shortened = computeAppearance(long.graph, long.communities).mapLabel.get("p:1")!;
    expect(shortened.length).toBeLessThanOrEqual(41);
    expect(shortened.endsWith("…")).toBe(true);
  });

  it("on a map of 20k nodes and 100k links, still names its hubs, and only them, and fades its links", () => {
    const dense = createAtlas(syntheticAtlas(20_000, 5, ["Attention is all you need", "Mamba: linear-time sequence modelling"], "test"), () => Promise.reject(new Error("no details")));
    const look = computeAppearance(dense.graph, dense.communities);
    const labelled = [...look.size.values()].filter((size) => size >= labelThreshold(dense.graph.order)).length;
    expect(labelled).toBeGreaterThanOrEqual(10);
    expect(labelled).toBeLessThan(dense.graph.order / 100);
    const distance = (colour: string) => Math.abs(Number.parseInt(colour.slice(1, 3), 16) - Number.parseInt(BACKGROUND.slice(1, 3), 16));
    expect(distance(look.edgeColour)).toBeLessThan(distance(appearance.edgeColour));
  });

  it("mixes colours", () => {
    expect(mix("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mix("#3b6fd8", "#3b6fd8", 0.7)).toBe("#3b6fd8");
  });

  it("keeps the unclustered leftovers grey and last", () => {
    const communities = atlas.communities.map((c) => (c.id === 0 ? { ...c, unclustered: true } : c));
    const look = computeAppearance(graph, communities);
    expect(look.colourOfCommunity(0)).toBe(MINOR_COMMUNITY_COLOUR);
    expect(look.clusters.map((c) => c.info.id)).toEqual([1, 2, 0]);
    expect(look.colourOfCommunity(1)).not.toBe(MINOR_COMMUNITY_COLOUR);
  });

  it("colours communities by id, which an update keeps, not by size, which it moves", () => {
    const grown = atlas.communities.map((c) => (c.id === 2 ? { ...c, size: 100 } : c));
    const look = computeAppearance(graph, grown);
    for (const id of [0, 1, 2]) expect(look.colourOfCommunity(id), `colour: community ${id}`).toBe(appearance.colourOfCommunity(id));
    expect(look.clusters[0]!.info.id, "legend: largest first").toBe(2);
  });

  it("places one cluster label per community at its centroid, largest first", () => {
    expect(appearance.clusters.map((c) => c.info.id)).toEqual([0, 1, 2]);
    const [first] = appearance.clusters;
    const members = graph.filterNodes((_n, a) => a.community === 0).map((n) => graph.getNodeAttributes(n));
    expect(first!.x).toBeCloseTo(members.reduce((s, a) => s + a.x, 0) / members.length);
  });
});

describe("GEXF export", () => {
  it("holds exactly the visible nodes and the edges drawn between them", () => {
    const { scene } = render({ edgeKinds: ["mentions"] }, { hiddenCategories: ["hardware"] });
    const gexf = visibleSubgraphGexf(graph, appearance, scene);
    const nodeIds = [...gexf.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]);
    const edgeIds = [...gexf.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]);
    expect(nodeIds.sort()).toEqual(graph.nodes().filter((n) => n !== "e:h100").sort());
    const mentionsShown = graph.filterEdges((_edge, a, source, target) => a.kind === "mentions" && source !== "e:h100" && target !== "e:h100");
    expect(mentionsShown).toHaveLength(5);
    expect(edgeIds.sort()).toEqual(mentionsShown.sort());
    expect(gexf).toContain("<viz:color");
    expect(gexf).toContain("<viz:position");
  });
});
