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
