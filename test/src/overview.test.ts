import type { NodeDisplayData } from "sigma/types";
import { describe, expect, it, vi } from "vitest";
import { communityColours, MINOR_COMMUNITY_COLOUR, PATH_COLOUR } from "../../src/map/appearance";
import { clusterPath, nodeKey, overviewGraph, overviewReducers } from "../../src/overview/graph";
import { corpusLinks, traceCorpus } from "../../src/trace/corpusTrace";
import { placeIn } from "../../src/trace/useCorpusTrace";
import { hashToOverview, hashToView, NO_TRACE, openOf, overviewToHash, viewToHash } from "../../src/state/url";
import { INITIAL_VIEW } from "../../src/state/view";
import { overviewGexf } from "../../src/map/exportGexf";
import { realOverview } from "./support/atlas-data";

// graphology-gexf/browser builds its (unused here) parser from the DOM's classes on import.
vi.hoisted(() => {
  globalThis.DOMParser ??= class {} as typeof DOMParser;
  globalThis.Document ??= class {} as typeof Document;
});

describe("the overview map of a graph too large to draw", async () => {
  const overview = await realOverview();
  const graph = overviewGraph(overview);

  it("has one node per community at its island, as large as the island, coloured as its members", () => {
    expect(graph.order).toBe(overview.communities.length);
    const colourOf = communityColours(overview.communities.map((c) => c.info));
    for (const { info, x, y, radius } of overview.communities) {
      const node = graph.getNodeAttributes(nodeKey(info.id));
      expect(node).toMatchObject({ id: info.id, x, y, color: colourOf(info.id) });
      expect(node.size).toBeGreaterThan(0);
      expect(node.size).toBeLessThanOrEqual(radius);
      expect(info.label.startsWith(node.label)).toBe(true);
    }
    // The largest clusters get hues; a map of dozens of clusters is not all grey.
    expect(graph.filterNodes((_n, a) => a.color !== MINOR_COMMUNITY_COLOUR).length).toBeGreaterThan(1);
  });

  it("links communities as the builder does, heavier links drawn wider", () => {
    expect(graph.size).toBe(new Set(overview.links.map((l) => [l.source, l.target].sort().join("-"))).size);
    const [heaviest] = [...overview.links].sort((a, b) => b.weight - a.weight);
    const [lightest] = [...overview.links].sort((a, b) => a.weight - b.weight);
    const size = (l: typeof heaviest) => graph.getEdgeAttribute(graph.edge(nodeKey(l!.source), nodeKey(l!.target))!, "size");
    expect(size(heaviest)).toBeGreaterThan(size(lightest));
  });

  it("keeps a hovered community and those it links to bright, and fades the rest", () => {
    const hub = graph.nodes().sort((a, b) => graph.degree(b) - graph.degree(a))[0]!;
    const id = graph.getNodeAttribute(hub, "id");
    const { nodeReducer, edgeReducer } = overviewReducers(graph, null, id);
    const shown = new Map<string, Partial<NodeDisplayData>>(graph.mapNodes((n, a) => [n, nodeReducer(n, { ...a })]));
    expect(shown.get(hub)).toMatchObject({ highlighted: true, forceLabel: true, color: graph.getNodeAttribute(hub, "color") });
    for (const neighbour of graph.neighbors(hub)) expect(shown.get(neighbour)!.color).toBe(graph.getNodeAttribute(neighbour, "color"));
    const others = graph.filterNodes((n) => n !== hub && !graph.areNeighbors(n, hub));
    for (const other of others) expect(shown.get(other)).toMatchObject({ label: null, zIndex: 0 });
    expect(others.every((other) => shown.get(other)!.color !== graph.getNodeAttribute(other, "color"))).toBe(true);
    const touching = graph.edges(hub).map((edge) => edgeReducer(edge, graph.getEdgeAttributes(edge)).zIndex);
    expect(touching.every((z) => z === 1)).toBe(true);
  });

  it("exports as GEXF with one node per community and its links", () => {
    const gexf = overviewGexf(graph);
    expect([...gexf.matchAll(/<node /g)]).toHaveLength(overview.communities.length);
    expect([...gexf.matchAll(/<edge /g)]).toHaveLength(graph.size);
    expect(gexf).toContain(`label="${graph.getNodeAttribute(nodeKey(overview.communities[0]!.info.id), "label")}"`);
  });

  it("a trace: the clusters it crosses stay bright and named, the links it takes drawn in the path's colour", async () => {
    const search = await overview.searchData();
    const links = corpusLinks(search, await overview.pathData());
    const place = placeIn(search);
    // The longest of the paths from a hub to every paper: one that crosses clusters.
    const degree = search.key.map((_key, i) => links.start[i + 1]! - links.start[i]!);
    const hub = search.key[degree.indexOf(Math.max(...degree))]!;
    const traced = search.key
      .filter((_key, i) => search.kind[i] === "paper")
      .map((key) => traceCorpus(links, hub, key))
      .filter((path) => path !== null)
      .sort((a, b) => b.nodes.length - a.nodes.length)[0]!;
    const communities = traced.nodes.map((node) => place(node)!.community);
    const path = clusterPath(graph, communities);
    expect(path.clusters.length, "overview trace: the path crosses clusters").toBeGreaterThan(1);
    expect(new Set(path.clusters)).toEqual(new Set(communities));
    path.clusters.forEach((cluster, i) => expect(cluster === path.clusters[i - 1], "overview trace: a run of one cluster counts once").toBe(false));
    // The overview draws each cluster's strongest links only: those of them the path takes.
    const taken = path.clusters.slice(1).map((cluster, i) => graph.edge(nodeKey(path.clusters[i]!), nodeKey(cluster)));
    expect(path.links, "overview trace: the links taken").toEqual(new Set(taken.filter((link) => link !== undefined)));
    expect(path.links.size, "overview trace: some are drawn").toBeGreaterThan(0);

    const { nodeReducer, edgeReducer } = overviewReducers(graph, null, null, path);
    const onPath = new Set(path.clusters.map(nodeKey));
    graph.forEachNode((node, attributes) => {
      const shown = nodeReducer(node, { ...attributes });
      const steps = path.clusters.flatMap((cluster, i) => (nodeKey(cluster) === node ? [i + 1] : []));
      if (onPath.has(node)) expect(shown, `overview trace: cluster ${node}`).toMatchObject({ color: attributes.color, forceLabel: true, label: `${steps.join(", ")} · ${attributes.label}` });
      else expect(shown, `overview trace: cluster ${node}`).toMatchObject({ label: null, zIndex: 0 });
    });
    graph.forEachEdge((edge, attributes) => {
      const shown = edgeReducer(edge, attributes);
      expect(shown.color === PATH_COLOUR, `overview trace: link ${edge}`).toBe(path.links.has(edge));
    });
    // Hovering another cluster keeps the path's clusters named; a selected one no longer brightens its neighbours.
    const other = graph.nodes().find((node) => !onPath.has(node) && graph.neighbors(node).some((n) => !onPath.has(n)))!;
    const otherId = graph.getNodeAttribute(other, "id");
    const first = nodeKey(path.clusters[0]!);
    expect(overviewReducers(graph, null, otherId, path).nodeReducer(first, { ...graph.getNodeAttributes(first) }).forceLabel).toBe(true);
    const neighbour = graph.neighbors(other).find((n) => !onPath.has(n))!;
    const selected = overviewReducers(graph, otherId, null, path).nodeReducer;
    expect(selected(neighbour, { ...graph.getNodeAttributes(neighbour) }), "overview trace: the selection's neighbours fade").toMatchObject({ label: null, zIndex: 0 });
    expect(selected(other, { ...graph.getNodeAttributes(other) }), "overview trace: the selection stays marked").toMatchObject({ highlighted: true, forceLabel: true });
  });

  it("changes nothing without a hover or a selection", () => {
    const { nodeReducer } = overviewReducers(graph, null, null);
    graph.forEachNode((node, attributes) => expect(nodeReducer(node, { ...attributes }).color).toBe(attributes.color));
  });
});

describe("overview links", () => {
  const exists = (id: number) => id === 3 || id === 12;

  it.each([
    ["the map", { selected: null, trace: NO_TRACE, camera: null }, ""],
    ["a cluster in the panel", { selected: 12, trace: NO_TRACE, camera: null }, "#cluster=12"],
    ["with the camera", { selected: 3, trace: NO_TRACE, camera: { x: 0.25, y: 0.75, ratio: 0.5 } }, "#cluster=3&cam=0.25%2C0.75%2C0.5"],
    ["a trace", { selected: null, trace: { from: "e:h100", to: "p:1a2b" }, camera: null }, "#from=e%3Ah100&to=p%3A1a2b"],
    ["a trace waiting for its end, with a cluster", { selected: 3, trace: { from: "e:h100", to: null }, camera: null }, "#cluster=3&from=e%3Ah100"],
  ])("round trip: %s", (_name, view, hash) => {
    expect(overviewToHash(view)).toBe(hash);
    expect(hashToOverview(hash, exists)).toEqual(view);
  });

  it("drops a cluster the overview does not have, an end without a start, and empty ends", () => {
    expect(hashToOverview("#cluster=99", exists).selected).toBeNull();
    expect(hashToOverview("#to=e%3Ah100", exists).trace).toEqual(NO_TRACE);
    expect(hashToOverview("#from=&to=e%3Ah100", exists).trace).toEqual(NO_TRACE);
    expect(hashToOverview("#from=e%3Ah100&to=", exists).trace).toEqual({ from: "e:h100", to: null });
  });

  it("names the opened community first in a community's links, and reads it back, by type unless said otherwise", () => {
    const hash = viewToHash({ ...INITIAL_VIEW, selected: "e:h100", colouring: "type" }, { open: 12, defaultColouring: "type" });
    expect(hash).toBe("#open=12&node=e%3Ah100");
    expect(openOf(hash)).toBe(12);
    expect(openOf("#node=e%3Ah100")).toBeNull();
    expect(openOf("#open=abc")).toBeNull();
    const context = { hasNode: () => true, hasCommunity: () => true, open: 12, defaultColouring: "type" as const };
    expect(hashToView(hash, context).colouring).toBe("type");
    expect(hashToView(viewToHash({ ...INITIAL_VIEW, colouring: "community" }, context), context).colouring).toBe("community");
  });
});
