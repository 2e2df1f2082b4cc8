import type { RefObject } from "react";

/**
 * The selection's name over the map, a tap away from its details. Shown on a narrow screen only
 * (see the stylesheet), where the details are stacked below the map, out of sight.
 */
export function MapPeek({ label, details }: { label: string; details: RefObject<HTMLElement | null> }) {
  return (
    <button type="button" className="map-peek" data-map-overlay onClick={() => details.current?.scrollIntoView({ behavior: "smooth", block: "start" })}>
      <span className="map-peek-label">{label}</span>
      <span className="map-peek-more">Details ↓</span>
    </button>
  );
}
