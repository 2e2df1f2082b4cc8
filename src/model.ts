import { createContext, useContext, type Dispatch } from "react";
import type { Atlas } from "./data/atlas";
import { computeAppearance, type Appearance } from "./map/appearance";
import { createSearchIndex, type SearchIndex } from "./search/index";
import type { ViewAction, ViewState } from "./state/view";

/** What every panel and controller reads: the loaded atlas and what is derived from it once. */
export interface Model {
  atlas: Atlas;
  appearance: Appearance;
  search: SearchIndex;
  labelOf(key: string): string;
}

export function createModel(atlas: Atlas): Model {
  const { graph } = atlas;
  // Built on first use (or when the browser is idle, see Explorer), so it never delays the first paint.
  let search: SearchIndex | null = null;
  return {
    atlas,
    appearance: computeAppearance(graph, atlas.communities),
    get search() {
      search ??= createSearchIndex(graph);
      return search;
    },
    labelOf: (key) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key),
  };
}

export const ModelContext = createContext<Model | null>(null);
export const ViewContext = createContext<ViewState | null>(null);
export const DispatchContext = createContext<Dispatch<ViewAction> | null>(null);

export function useModel(): Model {
  const model = useContext(ModelContext);
  if (!model) throw new Error("useModel outside <ModelContext>");
  return model;
}

export function useView(): ViewState {
  const view = useContext(ViewContext);
  if (!view) throw new Error("useView outside <ViewContext>");
  return view;
}

export function useDispatch(): Dispatch<ViewAction> {
  const dispatch = useContext(DispatchContext);
  if (!dispatch) throw new Error("useDispatch outside <DispatchContext>");
  return dispatch;
}
