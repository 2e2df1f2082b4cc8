import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useModel } from "../../model";
import { hoverFocus, type HoverLayer } from "../scene";

/**
 * Draws a large map's hover over the scene: sets the focus the reducers read, then has sigma
 * repaint only the nodes and edges of the old and the new neighbourhood, without reprocessing
 * the rest of the map.
 */
export function HoverController({ node, layer }: { node: string | null; layer: HoverLayer }) {
  const sigma = useSigma();
  const { atlas } = useModel();

  useEffect(() => {
    const after = hoverFocus(atlas.graph, node);
    const before = layer.replace(after);
    if (before === null && after === null) return;
    const nodes = new Set([...(before?.highlight.nodes ?? []), ...(after?.highlight.nodes ?? [])]);
    const edges = new Set([...(before?.highlight.edges ?? []), ...(after?.highlight.edges ?? [])]);
    sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true, schedule: true });
  }, [sigma, atlas, node, layer]);

  return null;
}
