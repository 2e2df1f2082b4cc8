import { useSigma } from "@react-sigma/core";
import { useEffect, useMemo, useRef } from "react";
import { useModel } from "../../model";
import type { Colouring } from "../../state/view";
import { mix, shortLabel } from "../appearance";
import { mapOverlays, overlaps, overlayBoxes, setLabelKeepOut, type Box } from "../labels";

/** Cluster names show when zoomed out this far or further, and fade as the user zooms in. */
const SHOW_FROM_RATIO = 0.5;
const FULL_FROM_RATIO = 0.9;
const MAX_CLUSTERS = 16;
const MIN_CLUSTER_SIZE = 4;
/** While something is highlighted the cluster names step back, still hinting where things are. */
const DIMMED_OPACITY = 0.2;
/** Coloured by type, the map's hues are no clusters' any more: the names go neutral. */
const NEUTRAL_INK = "#4a5568";
/** Node labels keep out of the cluster names once these are this opaque. */
const KEEP_OUT_FROM_OPACITY = 0.5;
/** Breathing room kept around each cluster label, in pixels. */
const LABEL_MARGIN = 6;

/**
 * Community names over the map at low zoom. Positions are written straight
 * to the DOM after each sigma frame, so panning never re-renders React; a
 * label that would overlap a bigger community's label, or a panel over the
 * map (marked `data-map-overlay`), is left out.
 */
export function ClusterLabels({ community, dimmed, colouring }: { community: number | null; dimmed: boolean; colouring: Colouring }) {
  const sigma = useSigma();
  const { appearance } = useModel();
  const layer = useRef<HTMLDivElement>(null);
  const clusters = useMemo(
    () =>
      appearance.clusters
        .filter((cluster) => !cluster.info.unclustered && (community === null ? cluster.info.size >= MIN_CLUSTER_SIZE : cluster.info.id === community))
        .slice(0, MAX_CLUSTERS),
    [appearance, community],
  );

  useEffect(() => {
    const sizes: { width: number; height: number }[] = [];
    const placed: Box[] = [];
    const labels = sigma.getCanvases().labels!;
    const place = () => {
      const element = layer.current;
      if (!element) return;
      const ratio = sigma.getCamera().ratio;
      const opacity = Math.min(1, Math.max(0, (ratio - SHOW_FROM_RATIO) / (FULL_FROM_RATIO - SHOW_FROM_RATIO)));
      element.style.opacity = String(dimmed ? opacity * DIMMED_OPACITY : opacity);
      placed.length = 0;
      // Panels floating over the map (legend, toolbar) would hide a name placed under them, and
      // cut a node label running under them short.
      placed.push(...overlayBoxes(sigma.getContainer(), element.getBoundingClientRect()));
      const keptOut = [...placed];
      setLabelKeepOut(labels, keptOut);
      if (opacity === 0) return;
      // Names faded out, or stepped back behind a highlight, give the node labels their room back.
      const keepingOut = !dimmed && opacity >= KEEP_OUT_FROM_OPACITY;
      const { width, height } = sigma.getDimensions();
      clusters.forEach((cluster, i) => {
        const label = element.children[i] as HTMLElement | undefined;
        if (!label) return;
        // Measured once: the text never changes while this effect lives.
        sizes[i] ??= { width: label.offsetWidth, height: label.offsetHeight };
        const { x, y } = sigma.graphToViewport(cluster);
        const box = {
          left: x - sizes[i].width / 2 - LABEL_MARGIN,
          right: x + sizes[i].width / 2 + LABEL_MARGIN,
          top: y - sizes[i].height / 2 - LABEL_MARGIN,
          bottom: y + sizes[i].height / 2 + LABEL_MARGIN,
        };
        const fits = box.left >= 0 && box.top >= 0 && box.right <= width && box.bottom <= height && !placed.some((other) => overlaps(box, other));
        label.style.visibility = fits ? "visible" : "hidden";
        if (!fits) return;
        placed.push(box);
        if (keepingOut) keptOut.push(box);
        label.style.transform = `translate(${box.left + LABEL_MARGIN}px, ${box.top + LABEL_MARGIN}px)`;
      });
    };
    place();
    // Placed before each frame, so that the node labels of the same frame keep out of the names.
    sigma.on("beforeRender", place);
    // The frame already drawn knew nothing of these names, nor of a panel that has grown since.
    sigma.scheduleRender();
    const panels = new ResizeObserver(() => sigma.scheduleRender());
    for (const overlay of mapOverlays(sigma.getContainer())) panels.observe(overlay);
    return () => {
      panels.disconnect();
      sigma.off("beforeRender", place);
      setLabelKeepOut(labels, []);
    };
  }, [sigma, clusters, dimmed]);

  return (
    <div className="cluster-labels" ref={layer} aria-hidden="true">
      {clusters.map((cluster) => (
        <div key={cluster.info.id} className="cluster-label" data-map-text style={{ color: colouring === "community" ? mix(cluster.colour, "#000000", 0.35) : NEUTRAL_INK }}>
          {shortLabel(cluster.info.label)}
        </div>
      ))}
    </div>
  );
}

