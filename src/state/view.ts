import type { EdgeKind, EntityType } from "../../graph/schema";

export type Colouring = "type" | "community";
/** What the type filter and the type colouring distinguish: papers, and entities by type. */
export type NodeCategory = EntityType | "paper";

export interface Filters {
  /** Categories switched off; empty shows everything. */
  hiddenCategories: NodeCategory[];
  /** The one community in focus, or null for all. */
  community: number | null;
  /** Inclusive year range; nodes without a date are never filtered by it. */
  years: [number, number] | null;
  minDegree: number;
}

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface Trace {
  from: string | null;
  to: string | null;
  /** The next node chosen (map click or search) becomes `to`. */
  picking: boolean;
}

/** Everything the user has chosen to look at; the graph itself is never written to. */
export interface ViewState {
  selected: string | null;
  hovered: string | null;
  colouring: Colouring;
  filters: Filters;
  /** Edge kinds drawn when nothing is highlighted. */
  edgeKinds: EdgeKind[];
  trace: Trace;
  camera: CameraView | null;
  /** Asks the camera to fly to a node; `seq` makes repeated requests for the same node distinct. */
  focus: { node: string; seq: number } | null;
}

export const ALL_EDGE_KINDS: readonly EdgeKind[] = ["mentions", "related", "cites", "cooccurs"];
/**
 * Mentions outnumber every other link several times over and turn the map into
 * a grey veil; they still show around whatever is hovered or selected.
 */
export const DEFAULT_EDGE_KINDS: readonly EdgeKind[] = ["related", "cites", "cooccurs"];

export const DEFAULT_FILTERS: Filters = { hiddenCategories: [], community: null, years: null, minDegree: 0 };

export const INITIAL_VIEW: ViewState = {
  selected: null,
  hovered: null,
  // Clusters read at a glance on the whole map; types are one click away.
  colouring: "community",
  filters: DEFAULT_FILTERS,
  edgeKinds: [...DEFAULT_EDGE_KINDS],
  trace: { from: null, to: null, picking: false },
  camera: null,
  focus: null,
};

export type ViewAction =
  | { type: "select"; node: string | null; focus?: boolean }
  | { type: "hover"; node: string | null }
  | { type: "escape" }
  | { type: "setColouring"; colouring: Colouring }
  | { type: "toggleCategory"; category: NodeCategory }
  | { type: "focusCommunity"; community: number | null }
  | { type: "setYears"; years: [number, number] | null }
  | { type: "setMinDegree"; minDegree: number }
  | { type: "resetFilters" }
  | { type: "toggleEdgeKind"; kind: EdgeKind }
  | { type: "traceFrom"; node: string }
  | { type: "traceTo"; node: string }
  | { type: "swapTrace" }
  | { type: "clearTrace" }
  | { type: "cameraMoved"; camera: CameraView }
  | { type: "restore"; view: ViewState };

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case "select":
      return select(state, action.node, action.focus ?? false);
    case "hover":
      return state.hovered === action.node ? state : { ...state, hovered: action.node };
    case "escape":
      return escape(state);
    case "setColouring":
      return state.colouring === action.colouring ? state : { ...state, colouring: action.colouring };
    case "toggleCategory":
      return withFilters(state, { hiddenCategories: toggle(state.filters.hiddenCategories, action.category) });
    case "focusCommunity":
      return withFilters(state, { community: action.community });
    case "setYears":
      return withFilters(state, { years: normaliseYears(action.years) });
    case "setMinDegree":
      return withFilters(state, { minDegree: Math.max(0, Math.floor(action.minDegree)) });
    case "resetFilters":
      return { ...state, filters: DEFAULT_FILTERS };
    case "toggleEdgeKind":
      return { ...state, edgeKinds: ALL_EDGE_KINDS.filter((kind) => (kind === action.kind) !== state.edgeKinds.includes(kind)) };
    case "traceFrom":
      return { ...state, trace: { from: action.node, to: null, picking: true } };
    case "traceTo":
      // A node this graph does not hold (another community's): the end of the trace, not a selection.
      return state.trace.from === null || action.node === state.trace.from ? state : { ...state, trace: { ...state.trace, to: action.node, picking: false } };
    case "swapTrace":
      return { ...state, trace: { ...state.trace, from: state.trace.to, to: state.trace.from } };
    case "clearTrace":
      return { ...state, trace: INITIAL_VIEW.trace };
    case "cameraMoved":
      return sameCamera(state.camera, action.camera) ? state : { ...state, camera: action.camera };
    case "restore":
      return { ...action.view, hovered: state.hovered, focus: state.focus };
  }
}

/**
 * Choosing a node while a trace waits for its end completes the trace;
 * otherwise it is a plain selection.
 */
export function select(state: ViewState, node: string | null, focus: boolean): ViewState {
  const focusRequest = focus && node !== null ? { node, seq: (state.focus?.seq ?? 0) + 1 } : state.focus;
  // The element that set the hover (a list entry) may be gone after the selection re-renders the panel.
  const next = { ...state, selected: node, hovered: null, focus: focusRequest };
  if (state.trace.picking && node !== null && node !== state.trace.from) return { ...next, trace: { ...state.trace, to: node, picking: false } };
  return next;
}

/** Esc backs out one step: a pending trace pick first, then the selection. */
export function escape(state: ViewState): ViewState {
  if (state.trace.picking) return { ...state, trace: state.trace.to === null ? INITIAL_VIEW.trace : { ...state.trace, picking: false } };
  if (state.selected !== null) return { ...state, selected: null };
  return state;
}

function withFilters(state: ViewState, change: Partial<Filters>): ViewState {
  return { ...state, filters: { ...state.filters, ...change } };
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

function normaliseYears(years: [number, number] | null): [number, number] | null {
  if (years === null) return null;
  const [a, b] = years;
  return a <= b ? [a, b] : [b, a];
}

const CAMERA_EPSILON = 1e-4;
export function sameCamera(a: CameraView | null, b: CameraView | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.x - b.x) < CAMERA_EPSILON && Math.abs(a.y - b.y) < CAMERA_EPSILON && Math.abs(a.ratio - b.ratio) / b.ratio < CAMERA_EPSILON * 10;
}

/** How many filters hide something: each hidden kind of node, the cluster, the years, the minimum connections. */
export function activeFilterCount(filters: Filters): number {
  return filters.hiddenCategories.length + Number(filters.community !== null) + Number(filters.years !== null) + Number(filters.minDegree > 0);
}

export function filtersActive(filters: Filters): boolean {
  return activeFilterCount(filters) > 0;
}
