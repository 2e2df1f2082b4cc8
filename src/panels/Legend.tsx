import { useMemo } from "react";
import { CATEGORIES, CATEGORY_COLOURS, CATEGORY_LABELS, MINOR_COMMUNITY_COLOUR } from "../map/appearance";
import { useDispatch, useModel } from "../model";
import { categoryCounts } from "../state/filters";
import type { Colouring } from "../state/view";

const LEGEND_CLUSTERS = 8;

/** What the colours on the map mean, with the switch between the two colourings. */
export function Legend({ colouring }: { colouring: Colouring }) {
  const { atlas, appearance } = useModel();
  const dispatch = useDispatch();
  const counts = useMemo(() => categoryCounts(atlas.graph), [atlas]);
  const coloured = appearance.clusters.filter((cluster) => cluster.colour !== MINOR_COMMUNITY_COLOUR);

  return (
    <section className="legend" aria-label="Legend">
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
      <ul>
        {colouring === "type"
          ? CATEGORIES.filter((category) => (counts.get(category) ?? 0) > 0).map((category) => (
              <li key={category}>
                <span className="swatch" style={{ background: CATEGORY_COLOURS[category] }} aria-hidden="true" />
                {CATEGORY_LABELS[category]}
              </li>
            ))
          : coloured.slice(0, LEGEND_CLUSTERS).map(({ info, colour }) => (
              <li key={info.id} title={info.label}>
                <span className="swatch" style={{ background: colour }} aria-hidden="true" />
                <span className="legend-text">{info.label.split(" · ").slice(0, 2).join(" · ")}</span>
              </li>
            ))}
        {colouring === "community" && (
          <li>
            <span className="swatch" style={{ background: MINOR_COMMUNITY_COLOUR }} aria-hidden="true" />
            Smaller clusters
          </li>
        )}
      </ul>
      <p className="legend-note">Size: number of connections</p>
    </section>
  );
}
