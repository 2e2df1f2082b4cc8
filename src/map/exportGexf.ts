import Graph from "graphology";
import { write } from "graphology-gexf/browser";
import type { AtlasGraph } from "../data/atlas";
import type { Appearance } from "./appearance";
import type { OverviewGraph } from "../overview/graph";
import type { Scene } from "./scene";

/**
 * The subgraph currently drawn, as GEXF for Gephi: the nodes that pass the
 * filters (plus the selection and trace) and the edges of the kinds shown,
 * with the map's positions, sizes and colours.
 */
export function visibleSubgraphGexf(graph: AtlasGraph, appearance: Appearance, scene: Scene): string {
  const subgraph = new Graph({ type: "mixed" });
  const shown = (node: string) => scene.visible === null || scene.visible.has(node) || scene.pinned.has(node);
  const colours = scene.colouring === "type" ? appearance.categoryColour : appearance.communityColour;
  graph.forEachNode((node, attributes) => {
    if (shown(node)) subgraph.addNode(node, { ...attributes, size: appearance.size.get(node), color: colours.get(node) });
  });
  graph.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    if (!subgraph.hasNode(source) || !subgraph.hasNode(target)) return;
    if (!scene.edgeKinds.has(attributes.kind) && !scene.highlight?.edges.has(edge)) return;
    if (undirected) subgraph.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else subgraph.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return write(subgraph, {
    formatNode: (key, { label, x, y, size, color, ...rest }) => ({
      label: label as string,
      viz: { x: x as number, y: y as number, size: size as number, color: color as string },
      attributes: { ...rest, key },
    }),
    formatEdge: (_key, attributes) => ({ weight: attributes.weight as number, attributes }),
  });
}

/** The overview's communities and their links, as GEXF. */
export function overviewGexf(graph: OverviewGraph): string {
  return write(graph, {
    formatNode: (key, { label, x, y, size, color, id }) => ({ label, viz: { x, y, size, color }, attributes: { key, community: id } }),
    formatEdge: (_key, { weight }) => ({ weight }),
  });
}
