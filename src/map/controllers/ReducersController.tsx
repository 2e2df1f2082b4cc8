import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useModel } from "../../model";
import type { AtlasEdgeAttributes, AtlasNodeAttributes } from "../../data/atlas";
import { createReducers } from "../reducers";
import type { HoverLayer, Scene } from "../scene";

/**
 * Hands the current scene to sigma as reducers; the graph itself is never
 * touched. The renderer was created with the `initial` scene's reducers.
 */
export function ReducersController({ scene, initial, hover }: { scene: Scene; initial: Scene; hover: HoverLayer }) {
  const sigma = useSigma<AtlasNodeAttributes, AtlasEdgeAttributes>();
  const { atlas, appearance } = useModel();

  useEffect(() => {
    if (scene !== initial) sigma.setSettings(createReducers(atlas.graph, appearance, scene, hover));
  }, [sigma, atlas, appearance, scene, initial, hover]);

  return null;
}
