import { useRegisterEvents, useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useDispatch } from "../../model";

/** Turns pointer events on the map into view actions. */
export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();
  const dispatch = useDispatch();

  useEffect(() => {
    const container = sigma.getContainer();
    registerEvents({
      clickNode: ({ node }) => dispatch({ type: "select", node }),
      clickStage: () => dispatch({ type: "select", node: null }),
      enterNode: ({ node }) => {
        container.style.cursor = "pointer";
        dispatch({ type: "hover", node });
      },
      leaveNode: () => {
        container.style.cursor = "";
        dispatch({ type: "hover", node: null });
      },
    });
  }, [sigma, registerEvents, dispatch]);

  return null;
}
