import Graph from "graphology";
import { write } from "graphology-gexf";
import type { AtlasGraph } from "../link/assemble.ts";

type Flat = Record<string, string | number | boolean>;

/** GEXF has no list type that every reader understands; lists become "a | b". */
function flatten(attributes: object, skip: string[]): Flat {
  const flat: Flat = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (skip.includes(name) || value === undefined) continue;
    flat[name] = Array.isArray(value) ? value.join(" | ") : (value as string | number | boolean);
  }
  return flat;
}

/**
 * GEXF for Gephi and NetworkX. NetworkX reads no mixed graphs, so every edge is
 * written directed (undirected kinds keep their stored orientation) and the
 * `kind` attribute tells them apart; a multigraph, because two papers can be
 * both related and citing.
 */
export function toGexf(graph: AtlasGraph): string {
  const directed = new Graph({ type: "directed", multi: true });
  graph.forEachNode((node, attributes) => directed.addNode(node, attributes));
  graph.forEachEdge((edge, attributes, source, target) => directed.addDirectedEdgeWithKey(edge, source, target, attributes));
  return write(directed, {
    formatNode: (_key, attributes) => ({
      label: String(attributes.label),
      attributes: flatten(attributes, ["label", "x", "y"]),
      viz: { x: attributes.x as number, y: attributes.y as number },
    }),
    formatEdge: (_key, attributes) => ({
      weight: attributes.weight as number,
      attributes: flatten(attributes, ["weight"]),
    }),
  });
}
