import { useCallback, useEffect, useRef } from "react";
import { useDispatch, useModel } from "../model";
import { LIGHT_HOVER_ABOVE } from "./scene";

/**
 * On a large map even a hover drawn over the scene redraws the whole canvas once, enough to be
 * felt, so it waits for the pointer to rest: sweeping across the map stays smooth.
 */
const HOVER_INTENT_MS = 140;

/** Sets the hovered node, at once on small maps and once the pointer rests on large ones. */
export function useHover(): (node: string | null) => void {
  const dispatch = useDispatch();
  const { atlas } = useModel();
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return useCallback(
    (node: string | null) => {
      window.clearTimeout(timer.current);
      if (node === null || atlas.graph.order <= LIGHT_HOVER_ABOVE) dispatch({ type: "hover", node });
      else timer.current = window.setTimeout(() => dispatch({ type: "hover", node }), HOVER_INTENT_MS);
    },
    [dispatch, atlas],
  );
}
