import type { EdgeKind } from "../../graph/schema";
import { ENTITY_TYPES } from "../data/validate";
import { ALL_EDGE_KINDS, DEFAULT_EDGE_KINDS, INITIAL_VIEW, type CameraView, type Colouring, type NodeCategory, type ViewState } from "./view";

/** What a link may refer to; anything else in a pasted URL is dropped rather than trusted. */
export interface UrlContext {
  hasNode(key: string): boolean;
  /** Whether a trace may end at this key: in one community of an overview, any node of the corpus may. */
  isTraceEnd?(key: string): boolean;
  hasCommunity(id: number): boolean;
  /** The community of an overview whose graph the view looks at. */
  open?: number | null;
  /** The colouring a link without one gets: by type inside one community, where a single cluster colours nothing. */
  defaultColouring?: Colouring;
}

const CATEGORIES = new Set<string>(["paper", ...ENTITY_TYPES]);
const EDGE_KIND_SET = new Set<string>(ALL_EDGE_KINDS);

/**
 * The shareable part of the view as a URL fragment (no server involvement, so
 * any static host serves every link). Defaults are left out to keep links short.
 */
export function viewToHash(view: ViewState, context: Pick<UrlContext, "open" | "defaultColouring"> = {}): string {
  const params = new URLSearchParams();
  if (context.open != null) params.set("open", String(context.open));
  if (view.selected !== null) params.set("node", view.selected);
  if (view.colouring !== (context.defaultColouring ?? INITIAL_VIEW.colouring)) params.set("color", view.colouring);
  const { filters } = view;
  if (filters.hiddenCategories.length > 0) params.set("hide", [...filters.hiddenCategories].sort().join(","));
  if (filters.community !== null) params.set("community", String(filters.community));
  if (filters.years !== null) params.set("years", `${filters.years[0]}-${filters.years[1]}`);
  if (filters.minDegree > 0) params.set("degree", String(filters.minDegree));
  if (!sameKinds(view.edgeKinds, DEFAULT_EDGE_KINDS)) params.set("edges", ALL_EDGE_KINDS.filter((k) => view.edgeKinds.includes(k)).join(",") || "none");
  if (view.trace.from !== null) params.set("from", view.trace.from);
  if (view.trace.to !== null) params.set("to", view.trace.to);
  if (view.camera !== null) params.set("cam", cameraParam(view.camera));
  const query = params.toString();
  return query ? `#${query}` : "";
}

export function hashToView(hash: string, context: UrlContext): ViewState {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const node = (name: string) => {
    const key = params.get(name);
    return key !== null && context.hasNode(key) ? key : null;
  };
  const integer = (name: string) => {
    const value = params.get(name);
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  };

  const traceEnd = (name: string) => {
    const key = params.get(name);
    return key !== null && (context.isTraceEnd ?? context.hasNode)(key) ? key : null;
  };

  const community = integer("community");
  const from = traceEnd("from");
  const to = from === null ? null : traceEnd("to");
  return {
    ...INITIAL_VIEW,
    selected: node("node"),
    colouring: parseColouring(params.get("color")) ?? context.defaultColouring ?? INITIAL_VIEW.colouring,
    filters: {
      hiddenCategories: (params.get("hide") ?? "").split(",").filter((c): c is NodeCategory => CATEGORIES.has(c)),
      community: community !== null && context.hasCommunity(community) ? community : null,
      years: parseYears(params.get("years")),
      minDegree: integer("degree") ?? 0,
    },
    edgeKinds: params.has("edges")
      ? (params.get("edges") ?? "").split(",").filter((k): k is EdgeKind => EDGE_KIND_SET.has(k))
      : [...DEFAULT_EDGE_KINDS],
    trace: { from, to, picking: from !== null && to === null },
    camera: parseCamera(params.get("cam")),
  };
}

/** The community of an overview a link opens, or null for the overview itself. */
export function openOf(hash: string): number | null {
  const value = new URLSearchParams(hash.replace(/^#/, "")).get("open");
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

/** The ends of a trace through a whole overview; `to` is only set with `from`. */
export interface TraceEnds {
  from: string | null;
  to: string | null;
}

export const NO_TRACE: TraceEnds = Object.freeze({ from: null, to: null });

/** The overview page of a graph too large to draw at once: the community in the panel, a trace, and the camera. */
export interface OverviewView {
  selected: number | null;
  /**
   * Node keys of the whole corpus. A link may hold any text here: the page checks the ends
   * against the search index once it has arrived, and says so of an end that is not in it.
   */
  trace: TraceEnds;
  camera: CameraView | null;
}

export function overviewToHash(view: OverviewView): string {
  const params = new URLSearchParams();
  if (view.selected !== null) params.set("cluster", String(view.selected));
  if (view.trace.from !== null) params.set("from", view.trace.from);
  if (view.trace.from !== null && view.trace.to !== null) params.set("to", view.trace.to);
  if (view.camera !== null) params.set("cam", cameraParam(view.camera));
  const query = params.toString();
  return query ? `#${query}` : "";
}

export function hashToOverview(hash: string, hasCommunity: (id: number) => boolean): OverviewView {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const cluster = params.get("cluster");
  const selected = cluster !== null && /^\d+$/.test(cluster) && hasCommunity(Number(cluster)) ? Number(cluster) : null;
  const from = params.get("from") || null;
  const to = from === null ? null : params.get("to") || null;
  return { selected, trace: from === null ? NO_TRACE : { from, to }, camera: parseCamera(params.get("cam")) };
}

function parseColouring(value: string | null): Colouring | null {
  return value === "type" || value === "community" ? value : null;
}

function parseYears(value: string | null): [number, number] | null {
  const match = value?.match(/^(\d{4})-(\d{4})$/);
  if (!match) return null;
  const a = Number(match[1]);
  const b = Number(match[2]);
  return a <= b ? [a, b] : [b, a];
}

function parseCamera(value: string | null): CameraView | null {
  if (value === null) return null;
  const parts = value.split(",").map(Number);
  if (parts.length !== 3 || !parts.every(Number.isFinite)) return null;
  const [x, y, ratio] = parts as [number, number, number];
  return ratio > 0 ? { x, y, ratio } : null;
}

const cameraParam = (camera: CameraView) => [camera.x, camera.y, camera.ratio].map((n) => round(n)).join(",");
const round = (n: number) => String(Math.round(n * 1e4) / 1e4);
const sameKinds = (a: readonly EdgeKind[], b: readonly EdgeKind[]) => a.length === b.length && a.every((k) => b.includes(k));
