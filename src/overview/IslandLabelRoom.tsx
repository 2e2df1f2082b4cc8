import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { overlayBoxes, setIslands, setLabelKeepOut, type Disc } from "../map/labels";

/**
 * Tells the island labels where they may not go: over another island, where a label reads as
 * that island's name, or under a panel floating over the map. Set before each frame, as the
 * camera and the panels move. Renders nothing.
 */
export function IslandLabelRoom() {
  const sigma = useSigma();
  useEffect(() => {
    const labels = sigma.getCanvases().labels!;
    const container = sigma.getContainer();
    const graph = sigma.getGraph();
    const keepOut = () => {
      setLabelKeepOut(labels, overlayBoxes(container, container.getBoundingClientRect()));
      const discs: Disc[] = [];
      graph.forEachNode((node) => {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden) return;
        discs.push({ ...sigma.graphToViewport(data), r: sigma.scaleSize(data.size) });
      });
      setIslands(labels, discs);
    };
    keepOut();
    sigma.on("beforeRender", keepOut);
    sigma.scheduleRender();
    return () => {
      sigma.off("beforeRender", keepOut);
      setLabelKeepOut(labels, []);
      setIslands(labels, []);
    };
  }, [sigma]);
  return null;
}
