import { useId, useMemo } from "react";
import { CATEGORIES, CATEGORY_COLOURS, CATEGORY_LABELS, MINOR_COMMUNITY_COLOUR, shortLabel } from "../map/appearance";
import { useDispatch, useModel } from "../model";
import { categoryCounts } from "../state/filters";
import { useRemembered } from "../state/useRemembered";
import type { Colouring } from "../state/view";

const LEGEND_CLUSTERS = 8;

/** As the stylesheet's stacked layout: there the open legend would cover a third of the map. */
const NARROW_SCREEN = "(max-width: 900px)";

/**
 * What the colours on the map mean, with the switch between the two colourings; a cluster entry
 * focuses it. It folds down to the switch alone, as it starts on a narrow screen.
 */
export function Legend({ colouring, community }: { colouring: Colouring; community: number | null }) {
  const { atlas, appearance } = useModel();
  const dispatch = useDispatch();
  const counts = useMemo(() => categoryCounts(atlas.graph), [atlas]);
  const coloured = appearance.clusters.filter((cluster) => cluster.colour !== MINOR_COMMUNITY_COLOUR);
  const hasMinor = appearance.clusters.length > coloured.length;
  const [open, setOpen] = useRemembered("legend-open", () => !window.matchMedia(NARROW_SCREEN).matches);
  const entries = useId();

  return (
    <section className="legend" aria-label="Legend" data-map-overlay>
      <div className="legend-head">
        <div className="segmented" role="radiogroup" aria-label="Colour by">
          {(["type", "community"] as const).map((option) => (
            <button
              key={option}
              type="button"
              role="radio"
              aria-checked={colouring === option}
              onClick={() => dispatch({ type: "setColouring", colouring: option })}
            >
              {option === "type" ? "Type" : "Cluster"}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          aria-controls={entries}
          aria-label={open ? "Fold the legend" : "Unfold the legend"}
          title={open ? "Fold the legend" : "Unfold the legend"}
          onClick={() => setOpen(!open)}
        >
          {open ? "▾" : "▸"}
        </button>
      </div>
      {open && (
        <div id={entries}>
          <ul>
            {colouring === "type"
              ? CATEGORIES.filter((category) => (counts.get(category) ?? 0) > 0).map((category) => (
                  <li key={category}>
                    <span className="swatch" style={{ background: CATEGORY_COLOURS[category] }} aria-hidden="true" />
                    <span className="legend-text">{CATEGORY_LABELS[category]}</span>
                    <span className="count">{counts.get(category)!.toLocaleString("en")}</span>
                  </li>
                ))
              : coloured.slice(0, LEGEND_CLUSTERS).map(({ info, colour }) => (
                  <li key={info.id}>
                    <button
                      type="button"
                      className="legend-cluster"
                      aria-pressed={community === info.id}
                      title={community === info.id ? "Show all clusters" : `Show only “${info.label}”`}
                      onClick={() => dispatch({ type: "focusCommunity", community: community === info.id ? null : info.id })}
                    >
                      <span className="swatch" style={{ background: colour }} aria-hidden="true" />
                      <span className="legend-text">{shortLabel(info.label)}</span>
                      <span className="count">{info.size.toLocaleString("en")}</span>
                    </button>
                  </li>
                ))}
            {colouring === "community" && hasMinor && (
              <li>
                <span className="swatch" style={{ background: MINOR_COMMUNITY_COLOUR }} aria-hidden="true" />
                <span className="legend-text">{coloured.length > 0 ? "Smaller clusters" : "Unclustered"}</span>
              </li>
            )}
          </ul>
          <p className="legend-note">Size: number of connections</p>
        </div>
      )}
    </section>
  );
}
