import { useEffect, useId, useMemo, useRef, type RefObject } from "react";
import type { EdgeKind } from "../../graph/schema";
import { CATEGORIES, CATEGORY_COLOURS, CATEGORY_LABELS } from "../map/appearance";
import { useDispatch, useModel } from "../model";
import { categoryCounts, yearExtent } from "../state/filters";
import { activeFilterCount, ALL_EDGE_KINDS, filtersActive, type Filters } from "../state/view";
import { Expandable } from "./common";

const EDGE_LABELS: Record<EdgeKind, string> = {
  mentions: "Paper mentions entity",
  related: "Related papers",
  cites: "Citations",
  cooccurs: "Entities co-occur",
};
/** The degree slider stops here: past it, only a handful of hubs remain anyway. */
const MAX_DEGREE_FILTER = 30;

interface FiltersPanelProps {
  filters: Filters;
  edgeKinds: EdgeKind[];
  visibleCount: number;
  /** Folded to a strip beside the map, which then takes the panel's width. */
  folded: boolean;
  onFold: (folded: boolean) => void;
}

export function FiltersPanel({ folded, onFold, ...props }: FiltersPanelProps) {
  // The button pressed is gone once the panel folds or unfolds: the keyboard's focus moves to the one in its place.
  const toggle = useRef<HTMLButtonElement>(null);
  const wasFolded = useRef(folded);
  useEffect(() => {
    if (wasFolded.current !== folded) toggle.current?.focus();
    wasFolded.current = folded;
  }, [folded]);
  if (!folded) return <OpenFilters {...props} toggle={toggle} onFold={() => onFold(true)} />;
  const active = activeFilterCount(props.filters);
  return (
    <aside className="filters filters-strip" aria-label="Filters">
      <button
        ref={toggle}
        type="button"
        className="filters-unfold"
        aria-expanded={false}
        aria-label={active > 0 ? `Show the filters (${active} on)` : "Show the filters"}
        title="Show the filters"
        onClick={() => onFold(false)}
      >
        <span aria-hidden="true">»</span>
        <span className="filters-unfold-name">Filters</span>
        {/* A filter at work must not be forgotten behind a folded panel. */}
        {active > 0 && <span className="filters-on">{active} on</span>}
      </button>
    </aside>
  );
}

type OpenFiltersProps = Omit<FiltersPanelProps, "folded" | "onFold"> & { toggle: RefObject<HTMLButtonElement | null>; onFold: () => void };

function OpenFilters({ filters, edgeKinds, visibleCount, toggle, onFold }: OpenFiltersProps) {
  const { atlas, appearance } = useModel();
  const dispatch = useDispatch();
  const { graph } = atlas;
  const counts = useMemo(() => categoryCounts(graph), [graph]);
  const extent = useMemo(() => yearExtent(graph), [graph]);
  const edgeCounts = atlas.stats.edgesByKind;
  const degreeId = useId();
  const years = filters.years ?? extent;

  return (
    <aside className="filters" aria-label="Filters">
      <button ref={toggle} type="button" className="filters-fold" aria-expanded={true} aria-label="Hide the filters" title="Hide the filters: the map takes their room" onClick={onFold}>
        «
      </button>
      <fieldset>
        <legend>Show</legend>
        {CATEGORIES.filter((category) => (counts.get(category) ?? 0) > 0).map((category) => (
          <label key={category} className="check">
            <input
              type="checkbox"
              checked={!filters.hiddenCategories.includes(category)}
              onChange={() => dispatch({ type: "toggleCategory", category })}
            />
            <span className="swatch" style={{ background: CATEGORY_COLOURS[category] }} aria-hidden="true" />
            <span className="check-label">{CATEGORY_LABELS[category]}</span>
            <span className="count">{counts.get(category)?.toLocaleString("en")}</span>
          </label>
        ))}
      </fieldset>

      <fieldset>
        <legend>Connections</legend>
        {ALL_EDGE_KINDS.filter((kind) => edgeCounts[kind] > 0).map((kind) => (
          <label key={kind} className="check">
            <input type="checkbox" checked={edgeKinds.includes(kind)} onChange={() => dispatch({ type: "toggleEdgeKind", kind })} />
            <span className="check-label">{EDGE_LABELS[kind]}</span>
            <span className="count">{edgeCounts[kind].toLocaleString("en")}</span>
          </label>
        ))}
      </fieldset>

      {extent && years && extent[0] < extent[1] && (
        <fieldset>
          <legend>
            Years <span className="value">{years[0] === years[1] ? years[0] : `${years[0]}–${years[1]}`}</span>
          </legend>
          <label className="range">
            <span>From</span>
            <input
              type="range"
              min={extent[0]}
              max={extent[1]}
              value={years[0]}
              onChange={(event) => dispatch({ type: "setYears", years: yearsOrNull([Math.min(Number(event.target.value), years[1]), years[1]], extent) })}
            />
          </label>
          <label className="range">
            <span>To</span>
            <input
              type="range"
              min={extent[0]}
              max={extent[1]}
              value={years[1]}
              onChange={(event) => dispatch({ type: "setYears", years: yearsOrNull([years[0], Math.max(Number(event.target.value), years[0])], extent) })}
            />
          </label>
        </fieldset>
      )}

      <fieldset>
        <legend>
          <label htmlFor={degreeId}>Minimum connections</label> <span className="value">{filters.minDegree}</span>
        </legend>
        <input
          id={degreeId}
          type="range"
          min={0}
          max={MAX_DEGREE_FILTER}
          value={Math.min(filters.minDegree, MAX_DEGREE_FILTER)}
          onChange={(event) => dispatch({ type: "setMinDegree", minDegree: Number(event.target.value) })}
        />
      </fieldset>

      {atlas.communities.length > 1 && (
        <fieldset className="clusters">
          <legend>Clusters</legend>
          {filters.community !== null && (
            <button type="button" className="more" onClick={() => dispatch({ type: "focusCommunity", community: null })}>
              ← All clusters
            </button>
          )}
          <Expandable
            items={appearance.clusters.filter((cluster) => filters.community === null || cluster.info.id === filters.community)}
            limit={12}
            label="clusters"
            render={({ info, colour }) => (
              <li key={info.id}>
                <button
                  type="button"
                  className="cluster"
                  aria-pressed={filters.community === info.id}
                  onClick={() => dispatch({ type: "focusCommunity", community: filters.community === info.id ? null : info.id })}
                  title={filters.community === info.id ? "Show all clusters" : "Show only this cluster"}
                >
                  <span className="swatch" style={{ background: colour }} aria-hidden="true" />
                  <span className="cluster-name">{info.label}</span>
                  <span className="count">{info.size}</span>
                </button>
              </li>
            )}
          />
        </fieldset>
      )}

      <div className="filters-footer">
        <span role="status">
          {visibleCount.toLocaleString("en")} of {graph.order.toLocaleString("en")} nodes
        </span>
        <button type="button" onClick={() => dispatch({ type: "resetFilters" })} disabled={!filtersActive(filters)}>
          Reset filters
        </button>
      </div>
    </aside>
  );
}

/** A range covering every year is no filter at all; keeping it null keeps links short. */
function yearsOrNull(range: [number, number], extent: [number, number]): [number, number] | null {
  return range[0] <= extent[0] && range[1] >= extent[1] ? null : range;
}
