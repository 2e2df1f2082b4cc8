import type { EdgeKind } from "../../graph/schema";
import type { AtlasGraph } from "../data/atlas";
import type { TraceResult } from "../trace/path";
import type { Colouring, ViewState } from "../state/view";

/** The part of the map that stands out; everything else fades. */
export interface Highlight {
  nodes: Set<string>;
  /** The highlighted nodes whose labels are forced: all of a small set, the best connected of a large one. */
  labelled: Set<string>;
  /** Edges drawn emphasised, even when their kind is switched off. */
  edges: Set<string>;
  isPath: boolean;
}

/** Everything the reducers need, precomputed so that each reducer call is a few lookups. */
export interface Scene {
  colouring: Colouring;
  /** Null when no filter is active. */
  visible: Set<string> | null;
  /** Shown whatever the filters say: the selection and the trace. */
  pinned: Set<string>;
  edgeKinds: Set<EdgeKind>;
  highlight: Highlight | null;
  selected: string | null;
  hovered: string | null;
}

/**
 * Past this many nodes a hover does not fade the map. Fading changes every node and edge, and
 * sigma then reprocesses all of them: 0.6 to 0.9 s a hover at 20k nodes on this project's
 * machine. The hovered neighbourhood is brightened over the scene instead (a `HoverFocus`), which
 * repaints only its own nodes and edges. A click still focuses with the fade.
 */
export const LIGHT_HOVER_ABOVE = 5_000;

/** What is hovered on a large map: drawn over the scene, which stays as it was. */
export interface HoverFocus {
  centre: string;
  highlight: Highlight;
}

/**
 * Where a large map's hover is kept for the reducers to read at each call: one holder per
 * renderer, outside React's state, because changing it must not rebuild the reducers.
 */
export class HoverLayer {
  private focus: HoverFocus | null = null;

  get current(): HoverFocus | null {
    return this.focus;
  }

  /** Sets the focus and returns the one it replaces. */
  replace(focus: HoverFocus | null): HoverFocus | null {
    const before = this.focus;
    this.focus = focus;
    return before;
  }
}

/** Which of a hover goes into the scene (small maps) and which is drawn over it (large maps). */
export function splitHover(graph: AtlasGraph, hovered: string | null): { inScene: string | null; over: string | null } {
  return graph.order > LIGHT_HOVER_ABOVE ? { inScene: null, over: hovered } : { inScene: hovered, over: null };
}

export function hoverFocus(graph: AtlasGraph, node: string | null): HoverFocus | null {
  return node !== null && graph.hasNode(node) ? { centre: node, highlight: neighbourhood(graph, node) } : null;
}

/**
 * Hover wins over a traced path, which wins over the selection's neighbourhood:
 * what is under the pointer is what the user is asking about right now.
 */
export type SceneInputs = Pick<ViewState, "hovered" | "selected" | "colouring" | "edgeKinds" | "trace">;

export function sceneOf(graph: AtlasGraph, view: SceneInputs, visible: Set<string> | null, path: TraceResult | null): Scene {
  const pinned = new Set<string>();
  for (const node of [view.selected, view.trace.from, view.trace.to]) if (node !== null) pinned.add(node);
  for (const node of path?.nodes ?? []) pinned.add(node);

  let highlight: Highlight | null = null;
  const centre = view.hovered ?? (path ? null : view.selected);
  if (centre !== null && graph.hasNode(centre)) highlight = neighbourhood(graph, centre);
  else if (path) highlight = { nodes: new Set(path.nodes), labelled: new Set(path.nodes), edges: new Set(path.edges), isPath: true };

  return {
    colouring: view.colouring,
    visible,
    pinned,
    edgeKinds: new Set(view.edgeKinds),
    highlight,
    selected: view.selected,
    hovered: view.hovered,
  };
}

/** Forced labels past this many would pile up on each other around a hub. */
const MAX_FORCED_LABELS = 8;

function neighbourhood(graph: AtlasGraph, centre: string): Highlight {
  const nodes = new Set<string>([centre]);
  const edges = new Set<string>();
  graph.forEachEdge(centre, (edge, _attributes, source, target) => {
    edges.add(edge);
    nodes.add(source === centre ? target : source);
  });
  const labelled =
    nodes.size <= MAX_FORCED_LABELS ? nodes : new Set([...nodes].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, MAX_FORCED_LABELS));
  return { nodes, labelled, edges, isPath: false };
}
