import { createContext, useContext, type Dispatch } from "react";
import type { Atlas } from "./data/atlas";
import type { Overview } from "./data/overview";
import { computeAppearance, type Appearance } from "./map/appearance";
import { createSearchIndex, graphDocuments, overviewDocuments, type SearchIndex } from "./search/index";
import { corpusLinks, type CorpusLinks } from "./trace/corpusTrace";
import type { TraceEnds } from "./state/url";
import type { ViewAction, ViewState } from "./state/view";

/** How a community's explorer reaches the rest of an overview. */
export interface OverviewNavigation {
  overview: Overview;
  /** Opens a community's graph, optionally with a node selected and a trace kept. */
  open(community: number, node?: string, trace?: TraceEnds): void;
  /** Back to the map of communities, which shows the trace if there is one. */
  leave(trace?: TraceEnds): void;
}

/** What every panel and controller reads: the loaded atlas and what is derived from it once. */
export interface Model {
  atlas: Atlas;
  appearance: Appearance;
  /** Built on first use, so it never delays the first paint; over the whole corpus in an overview. */
  loadSearch(): Promise<SearchIndex>;
  labelOf(key: string): string;
  /** Set when this graph is one community of an overview. */
  navigation: OverviewNavigation | null;
}

export function createModel(atlas: Atlas, navigation: OverviewNavigation | null = null): Model {
  const { graph } = atlas;
  let search: Promise<SearchIndex> | null = null;
  return {
    atlas,
    appearance: computeAppearance(graph, atlas.communities),
    loadSearch() {
      search ??= navigation ? loadOverviewSearch(navigation.overview) : createSearchIndex(graphDocuments(graph));
      return search;
    },
    labelOf: (key) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : key),
    navigation,
  };
}

const overviewSearches = new WeakMap<Overview, Promise<SearchIndex>>();

/** One index per overview, shared by the overview page and every community opened from it. */
export function loadOverviewSearch(overview: Overview): Promise<SearchIndex> {
  let search = overviewSearches.get(overview);
  if (!search) {
    search = overview.searchData().then((data) => createSearchIndex(overviewDocuments(data)));
    search.catch(() => overviewSearches.delete(overview));
    overviewSearches.set(overview, search);
  }
  return search;
}

const overviewLinks = new WeakMap<Overview, Promise<CorpusLinks>>();

/** The whole corpus's links, for paths that leave the community on screen; fetched on the first such trace. */
export function loadCorpusLinks(overview: Overview): Promise<CorpusLinks> {
  let links = overviewLinks.get(overview);
  if (!links) {
    links = Promise.all([overview.searchData(), overview.pathData()]).then(([search, paths]) => corpusLinks(search, paths));
    links.catch(() => overviewLinks.delete(overview));
    overviewLinks.set(overview, links);
  }
  return links;
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
