import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useDispatch } from "../../model";
import { useHover } from "../useHover";

/** Turns pointer events on the map into view actions. */
export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const dispatch = useDispatch();
  const hover = useHover();

  useEffect(() => {
    const container = sigma.getContainer();
    const mouse = sigma.getMouseCaptor();
    registerEvents({
      clickNode: ({ node }) => dispatch({ type: "select", node }),
      clickStage: () => dispatch({ type: "select", node: null }),
      enterNode: ({ node }) => {
        container.style.cursor = "pointer";
        // Nodes passing under a dragging pointer are not being pointed at; highlighting them would stall the pan.
        if (!mouse.isMouseDown && !sigma.getCamera().isAnimated()) hover(node);
      },
      leaveNode: () => {
        container.style.cursor = "";
        hover(null);
      },
    });
  }, [sigma, registerEvents, dispatch, hover]);

  return null;
}
