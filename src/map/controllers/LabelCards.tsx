import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { hoverCard, setLabelCards, type Box } from "../labels";

/**
 * Tells the labels where the cards of the highlighted nodes (`nodes`: the selection, the hovered
 * node, a path's) will be drawn over them, before each frame, so that a label goes beside a card
 * rather than under it. Renders nothing.
 */
export function LabelCards({ nodes }: { nodes: readonly string[] }) {
  const sigma = useSigma();
  useEffect(() => {
    const labels = sigma.getCanvases().labels!;
    const measure = sigma.getCanvases().hovers!.getContext("2d")!;
    const place = () => {
      const boxes = new Map<string, Box>();
      for (const node of nodes) {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden || !data.highlighted || !data.label) continue;
        // Display data is in framed coordinates; before the frame sigma still holds the last frame's matrix, hence the camera's state.
        const { x, y } = sigma.framedGraphToViewport(data, { cameraState: sigma.getCamera().getState() });
        boxes.set(node, hoverCard(measure, { x, y, size: sigma.scaleSize(data.size), label: data.label }, sigma.getSettings()).box);
      }
      setLabelCards(labels, boxes);
    };
    place();
    sigma.on("beforeRender", place);
    sigma.scheduleRender();
    return () => {
      sigma.off("beforeRender", place);
      setLabelCards(labels, new Map());
    };
  }, [sigma, nodes]);
  return null;
}
