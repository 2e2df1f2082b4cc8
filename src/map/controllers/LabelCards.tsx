import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { placeCards, setLabelCards, setPlacedCards } from "../labels";

/**
 * Places the cards of the highlighted nodes (`nodes`: the selection, the hovered node, a path's,
 * in that order of precedence) before each frame, clear of each other where they can be, and tells
 * the labels where they will be drawn over them, so that a label goes beside a card rather than
 * under it. Renders nothing.
 */
export function LabelCards({ nodes }: { nodes: readonly string[] }) {
  const sigma = useSigma();
  useEffect(() => {
    const { labels, hovers } = sigma.getCanvases();
    const measure = hovers!.getContext("2d")!;
    const place = () => {
      const shown = new Map<string, { x: number; y: number; size: number; label: string }>();
      for (const node of nodes) {
        const data = sigma.getNodeDisplayData(node);
        if (!data || data.hidden || !data.highlighted || !data.label) continue;
        // Display data is in framed coordinates; before the frame sigma still holds the last frame's matrix, hence the camera's state.
        const { x, y } = sigma.framedGraphToViewport(data, { cameraState: sigma.getCamera().getState() });
        shown.set(node, { x, y, size: sigma.scaleSize(data.size), label: data.label });
      }
      const placed = placeCards(measure, shown, sigma.getSettings());
      setPlacedCards(hovers!, placed);
      setLabelCards(labels!, new Map([...placed].map(([node, card]) => [node, card.box])));
    };
    place();
    sigma.on("beforeRender", place);
    sigma.scheduleRender();
    return () => {
      sigma.off("beforeRender", place);
      setPlacedCards(hovers!, new Map());
      setLabelCards(labels!, new Map());
    };
  }, [sigma, nodes]);
  return null;
}
