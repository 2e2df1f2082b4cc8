import { yearOf, type AtlasGraph, type AtlasNodeAttributes } from "../data/atlas";
import type { Filters, NodeCategory } from "./view";

export const categoryOf = (attributes: AtlasNodeAttributes): NodeCategory => (attributes.kind === "paper" ? "paper" : attributes.type);

/** The years a node is present: a paper's date, an entity's first to last appearance. */
export function yearSpan(attributes: AtlasNodeAttributes): [number, number] | null {
  if (attributes.kind === "paper") {
    const year = yearOf(attributes.date);
    return year === null ? null : [year, year];
  }
  const first = yearOf(attributes.firstDate);
  const last = yearOf(attributes.lastDate) ?? first;
  return first === null || last === null ? null : [first, last];
}

export function passesFilters(attributes: AtlasNodeAttributes, degree: number, filters: Filters): boolean {
  if (degree < filters.minDegree) return false;
  if (filters.community !== null && attributes.community !== filters.community) return false;
  if (filters.hiddenCategories.length > 0 && filters.hiddenCategories.includes(categoryOf(attributes))) return false;
  if (filters.years !== null) {
    const span = yearSpan(attributes);
    if (span !== null && (span[1] < filters.years[0] || span[0] > filters.years[1])) return false;
  }
  return true;
}

/**
 * The nodes that pass the filters, or null when no filter is active (the
 * common case, which the reducers then skip entirely).
 */
export function visibleNodes(graph: AtlasGraph, filters: Filters): Set<string> | null {
  if (filters.hiddenCategories.length === 0 && filters.community === null && filters.years === null && filters.minDegree <= 0) return null;
  const visible = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (passesFilters(attributes, graph.degree(node), filters)) visible.add(node);
  });
  return visible;
}

/** Counts per category over the whole graph, for the filter checkboxes. */
export function categoryCounts(graph: AtlasGraph): Map<NodeCategory, number> {
  const counts = new Map<NodeCategory, number>();
  graph.forEachNode((_node, attributes) => {
    const category = categoryOf(attributes);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  });
  return counts;
}

/** The range of years present in the data, or null when nothing is dated. */
export function yearExtent(graph: AtlasGraph): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_node, attributes) => {
    const span = yearSpan(attributes);
    if (span === null) return;
    min = Math.min(min, span[0]);
    max = Math.max(max, span[1]);
  });
  return min <= max ? [min, max] : null;
}
