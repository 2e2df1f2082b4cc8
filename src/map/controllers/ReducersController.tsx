import { useSigma } from "@react-sigma/core";
import { useEffect } from "react";
import { useModel } from "../../model";
import type { EdgeAttributes } from "../../../graph/schema";
import type { AtlasNodeAttributes } from "../../data/atlas";
import { createReducers } from "../reducers";
import type { Scene } from "../scene";

/** Hands the current scene to sigma as reducers; the graph itself is never touched. */
export function ReducersController({ scene }: { scene: Scene }) {
  const sigma = useSigma<AtlasNodeAttributes, EdgeAttributes>();
  const { atlas, appearance } = useModel();

  useEffect(() => {
    sigma.setSettings(createReducers(atlas.graph, appearance, scene));
  }, [sigma, atlas, appearance, scene]);

  return null;
}
