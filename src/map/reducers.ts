import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeKind } from "../../graph/schema";
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from "../data/atlas";
import { BACKGROUND, EDGE_INK, mix, PATH_COLOUR, truncate, type Appearance } from "./appearance";
import { HoverLayer, type Scene } from "./scene";

/** The node program's name in the sigma settings. */
export const NODE_TYPE = "disc";

type NodeDisplay = Partial<NodeDisplayData>;
type EdgeDisplay = Partial<EdgeDisplayData> & { kind: EdgeKind };

// Opaque colours blended with the background beforehand: sigma's WebGL blending
// adds translucent colours up, which draws faint edges lighter than the background.
const EDGE_DIMMED = mix(EDGE_INK, BACKGROUND, 0.94);
const EDGE_FOCUS = mix(EDGE_INK, "#000000", 0.1);

/** What the user looks at gets a longer label than the map's; the whole title is in the panel. */
const FOCUS_LABEL_LENGTH = 72;
/** Emphasised links are drawn by the "thick" program (quads), the rest as hairlines. */
const THICK = "thick";

/**
 * Sigma hands the reducers a fresh copy of the attributes, so they fill it in
 * place: nothing is allocated per node or per edge on a refresh.
 *
 * `hover` is read at each call: a large map's hover is drawn over the scene by repainting its
 * neighbourhood alone, so it may change colours, labels and visibility, never a size, a zIndex
 * or a program, which sigma only takes into account when it reprocesses the whole map.
 */
export function createReducers(graph: AtlasGraph, appearance: Appearance, scene: Scene, hover: HoverLayer = new HoverLayer()) {
  const { visible, pinned, highlight, edgeKinds } = scene;
  const colours = scene.colouring === "type" ? appearance.categoryColour : appearance.communityColour;
  const shown = (node: string) => visible === null || visible.has(node) || pinned.has(node);
  // Without filters every edge has both ends shown: skip two lookups per edge on every refresh.
  const endsShown = visible === null ? () => true : (edge: string) => shown(graph.source(edge)) && shown(graph.target(edge));

  const sceneNode = (node: string, attributes: AtlasNodeAttributes): NodeDisplay => {
    const data = attributes as NodeDisplay;
    // Entity attributes carry a `type` of their own, which sigma would read as a node program.
    data.type = NODE_TYPE;
    if (!shown(node)) {
      data.hidden = true;
      return data;
    }
    const colour = colours.get(node)!;
    data.size = appearance.size.get(node);
    data.label = appearance.mapLabel.get(node) ?? null;
    data.zIndex = 1;
    if (highlight === null) {
      data.color = colour;
    } else if (highlight.nodes.has(node)) {
      data.color = colour;
      data.zIndex = 2;
      data.forceLabel = highlight.labelled.has(node);
    } else {
      data.color = appearance.dim(colour);
      data.label = null;
      data.zIndex = 0;
    }
    if (node === scene.selected || node === scene.hovered || (highlight?.isPath && highlight.nodes.has(node))) {
      // A longer label, in a box, for what the user is looking at.
      data.label = truncate(graph.getNodeAttribute(node, "label"), FOCUS_LABEL_LENGTH);
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 3;
    }
    return data;
  };

  const sceneEdge = (edge: string, attributes: AtlasEdgeAttributes): EdgeDisplay => {
    const data = attributes as EdgeDisplay;
    if (!endsShown(edge)) {
      data.hidden = true;
      return data;
    }
    const emphasised = highlight !== null && highlight.edges.has(edge);
    if (!emphasised && !edgeKinds.has(data.kind)) {
      data.hidden = true;
      return data;
    }
    if (highlight === null) {
      data.color = appearance.edgeColour;
    } else if (emphasised) {
      data.type = THICK;
      data.color = highlight.isPath ? PATH_COLOUR : EDGE_FOCUS;
      data.size = highlight.isPath ? 3 : 1.2;
      data.zIndex = 1;
    } else {
      data.color = EDGE_DIMMED;
      data.zIndex = 0;
    }
    return data;
  };

  const nodeReducer = (node: string, attributes: AtlasNodeAttributes): NodeDisplay => {
    const data = sceneNode(node, attributes);
    const over = hover.current;
    if (over === null || data.hidden || !over.highlight.nodes.has(node)) return data;
    data.color = colours.get(node)!;
    if (over.highlight.labelled.has(node)) {
      data.label ??= appearance.mapLabel.get(node) ?? null;
      data.forceLabel = true;
    }
    if (node === over.centre) {
      data.label = truncate(graph.getNodeAttribute(node, "label"), FOCUS_LABEL_LENGTH);
      data.highlighted = true;
      data.forceLabel = true;
    }
    return data;
  };

  const edgeReducer = (edge: string, attributes: AtlasEdgeAttributes): EdgeDisplay => {
    const data = sceneEdge(edge, attributes);
    const over = hover.current;
    if (over === null || !over.highlight.edges.has(edge) || !endsShown(edge)) return data;
    data.hidden = false;
    // A traced path's links keep their colour; the rest are drawn as hairlines, just darker.
    if (data.type !== THICK) data.color = EDGE_FOCUS;
    return data;
  };

  return { nodeReducer, edgeReducer };
}
