import { EdgeLineProgram, EdgeRectangleProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { AtlasEdgeAttributes, AtlasGraph, AtlasNodeAttributes } from "../data/atlas";
import { labelThreshold } from "./appearance";
import { drawNodeCard, drawNodeLabel } from "./labels";
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

