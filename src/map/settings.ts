import { EdgeLineProgram, EdgeRectangleProgram, NodePointProgram, type NodeHoverDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from "../data/atlas";
import { labelThreshold } from "./appearance";
import { drawNodeLabel, hoverCard, placedCard } from "./labels";
import { NODE_TYPE } from "./reducers";

type AtlasSettings = Partial<Settings<AtlasNodeAttributes, AtlasEdgeAttributes>>;

const LABEL_FONT = "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif";
/** Above this, edges are hidden while panning so the camera stays fluid. */
const EDGES_HIDDEN_ON_MOVE_ABOVE = 20_000;

/**
 * Sigma's settings for a graph. react-sigma rebuilds the renderer whenever the
 * settings object changes identity or content (functions included), so the
 * caller makes this once per graph, with the reducers of the view it opens on
 * (the first frame is then already the right one); later views are set with
 * `setSettings`.
 */
export function sigmaSettings(graph: AtlasGraph, reducers: Pick<AtlasSettings, "nodeReducer" | "edgeReducer">): AtlasSettings {
  return Object.freeze({
    ...SETTINGS,
    hideEdgesOnMove: graph.size > EDGES_HIDDEN_ON_MOVE_ABOVE,
    labelRenderedSizeThreshold: labelThreshold(graph.order),
    ...reducers,
  });
}

/** A flat label card with a soft shadow, lighter than sigma's default hover halo; any map's (the overview's too). */
export function drawNodeCard(context: CanvasRenderingContext2D, data: Parameters<NodeHoverDrawingFunction>[1], settings: Pick<Settings, "labelSize" | "labelFont">): void {
  // Sigma asks for a card for the node under the pointer too, and keeps it after a finger's tap
  // until the next touch. The view decides which nodes have a card, and labels keep clear of those.
  if (!data.highlighted) return;
  const label = typeof data.label === "string" ? data.label : "";
  const card = placedCard(context.canvas, { key: data.key, x: data.x, y: data.y, label }) ?? hoverCard(context, { x: data.x, y: data.y, size: data.size, label }, settings);

  context.save();
  context.fillStyle = "#ffffff";
  context.shadowColor = "rgba(20, 30, 50, 0.25)";
  context.shadowBlur = 10;
  context.beginPath();
  context.arc(data.x, data.y, card.radius, 0, Math.PI * 2);
  if (card.text) context.roundRect(card.left, data.y - card.height / 2, card.width, card.height, 4);
  context.fill();
  context.restore();

  context.beginPath();
  context.fillStyle = data.color;
  context.arc(data.x, data.y, data.size, 0, Math.PI * 2);
  context.fill();

  if (card.text) {
    context.fillStyle = "#111826";
    context.fillText(card.text, card.textLeft, data.y + settings.labelSize / 3);
  }
}

const SETTINGS: AtlasSettings = Object.freeze({
  allowInvalidContainer: true,
  renderEdgeLabels: false,
  // Programs without instancing where there are many items: software WebGL (SwiftShader, what a
  // headless or GPU-less Chromium runs) draws instanced geometry about ten times slower. Nodes are
  // discs drawn as points (one vertex each), the many faint links hairlines (two vertices, no
  // triangles); the few emphasised links are quads of any width.
  defaultNodeType: NODE_TYPE,
  nodeProgramClasses: { [NODE_TYPE]: NodePointProgram },
  defaultEdgeType: "line",
  edgeProgramClasses: { line: EdgeLineProgram, thick: EdgeRectangleProgram },
  labelFont: LABEL_FONT,
  labelSize: 12,
  labelWeight: "500",
  labelColor: { color: "#27303d" },
  // Few, large labels: one per grid cell at most (more as the user zooms in), and only for nodes
  // drawn big enough to matter; the label drawing function leaves out those that would cross
  // another. A single cell would hand them over largest first across the whole map, but makes
  // sigma weigh twice the candidates a frame: zoom frames took twice as long on 20k nodes.
  labelDensity: 0.45,
  labelGridCellSize: 110,
  zIndex: true,
  minEdgeThickness: 1,
  stagePadding: 36,
  minCameraRatio: 0.03,
  maxCameraRatio: 3,
  defaultDrawNodeLabel: drawNodeLabel,
  defaultDrawNodeHover: drawNodeCard,
});

