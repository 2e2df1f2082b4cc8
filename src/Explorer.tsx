import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Atlas } from "./data/atlas";
import { GraphMap } from "./map/GraphMap";
import { sceneOf, splitHover } from "./map/scene";
import { createModel, DispatchContext, ModelContext, ViewContext, type OverviewNavigation } from "./model";
import { CopyLinkButton } from "./panels/CopyLinkButton";
import { DetailsPanel } from "./panels/DetailsPanel";
import { FiltersPanel } from "./panels/FiltersPanel";
import { Legend } from "./panels/Legend";
import { MapPeek } from "./panels/MapPeek";
import { SearchBox } from "./panels/SearchBox";
import type { SearchHit } from "./search/index";
import { visibleNodes } from "./state/filters";
import { hashToView, type UrlContext } from "./state/url";
import { useRemembered } from "./state/useRemembered";
import { useUrlSync } from "./state/useUrlSync";
import { INITIAL_VIEW, viewReducer, type ViewState } from "./state/view";
import { useGlobalKeys } from "./useGlobalKeys";
import { pathOnGraph, tracePath } from "./trace/path";
import { useCorpusTrace } from "./trace/useCorpusTrace";

/**
 * Between the stacked phone layout and a wide screen the three columns leave the map about
 * 360-560 px: there the filters start folded, and the map takes their room.
 */
const FILTERS_START_FOLDED = "(min-width: 901px) and (max-width: 1100px)";

/** A link that names a node but no camera is asking to be shown that node, or the path it ends. */
function initialView(context: UrlContext): ViewState {
  const view = hashToView(window.location.hash, context);
  const traced = view.trace.from !== null && view.trace.to !== null;
  return view.selected !== null && view.camera === null && !traced ? { ...view, focus: { node: view.selected, seq: 1 } } : view;
}

export function Explorer({ atlas, navigation = null }: { atlas: Atlas; navigation?: OverviewNavigation | null }) {
  const model = useMemo(() => createModel(atlas, navigation), [atlas, navigation]);
  const urlContext = useMemo<UrlContext>(() => {
    const community = atlas.scope.view === "community" ? atlas.scope.community.id : null;
    return {
      hasNode: (key) => atlas.graph.hasNode(key),
      ...(community !== null && navigation && { isTraceEnd: (key: string) => key !== "" }),
      hasCommunity: (id) => atlas.communities.some((c) => c.id === id),
      open: community,
      defaultColouring: community === null ? INITIAL_VIEW.colouring : "type",
    };
  }, [atlas, navigation]);
  const [view, dispatch] = useReducer(viewReducer, urlContext, initialView);
  useUrlSync(view, dispatch, urlContext);

  const [filtersFolded, setFiltersFolded] = useRemembered("filters-folded", () => window.matchMedia(FILTERS_START_FOLDED).matches);
  const searchInput = useRef<HTMLInputElement>(null);
  useGlobalKeys(searchInput, () => dispatch({ type: "escape" }));

  const { graph } = atlas;
  const { hovered, selected, colouring, edgeKinds, trace, filters } = view;
  const visible = useMemo(() => visibleNodes(graph, filters), [graph, filters]);
  const localPath = useMemo(() => (trace.from !== null && trace.to !== null ? tracePath(graph, trace.from, trace.to) : null), [graph, trace.from, trace.to]);
  // A path this graph does not hold may still run through other communities of an overview.
  const corpusEnds = useMemo(() => (navigation && trace.from !== null && trace.to !== null && localPath === null ? { from: trace.from, to: trace.to } : null), [navigation, trace.from, trace.to, localPath]);
  const corpusTrace = useCorpusTrace(navigation, corpusEnds, trace.picking);
  const path = useMemo(() => {
    if (!corpusTrace) return localPath;
    return corpusTrace.status === "done" && corpusTrace.path ? pathOnGraph(graph, corpusTrace.path.nodes) : null;
  }, [graph, localPath, corpusTrace]);
  const { inScene, over } = splitHover(graph, hovered);
  const scene = useMemo(
    () => sceneOf(graph, { hovered: inScene, selected, colouring, edgeKinds, trace }, visible, path),
    [graph, inScene, selected, colouring, edgeKinds, trace, visible, path],
  );
  const choose = useCallback(
    (hit: SearchHit) => {
      if (graph.hasNode(hit.key)) dispatch({ type: "select", node: hit.key, focus: true });
      else if (trace.picking && navigation) dispatch({ type: "traceTo", node: hit.key });
      else navigation?.open(hit.community, hit.key);
    },
    [graph, navigation, trace.picking],
  );

  const detailsPanel = useRef<HTMLElement>(null);
  // On a narrow screen the map is stacked above the panels, so "Trace from here" is pressed with
  // the map scrolled away: the other end is picked on the map, brought back into view.
  const mapArea = useRef<HTMLElement>(null);
  useEffect(() => {
    const area = mapArea.current;
    if (trace.picking && area && area.getBoundingClientRect().top < 0) area.scrollIntoView({ block: "start" });
  }, [trace.picking]);

  // The title names what is on screen, for the tab and for a shared link's preview.
  useEffect(() => {
    const name = selected !== null ? model.labelOf(selected) : atlas.scope.view === "community" ? atlas.scope.community.label : null;
    document.title = name ? `${name} · Paper Atlas` : "Paper Atlas";
  }, [model, atlas, selected]);

  return (
    <ModelContext.Provider value={model}>
      <ViewContext.Provider value={view}>
        <DispatchContext.Provider value={dispatch}>
          <div className="app">
            <header className="topbar">
              <h1 className="brand">
                Paper Atlas
                <span className="brand-sub">
                  {atlas.scope.view === "community" ? "one cluster: " : ""}
                  {atlas.stats.papers.toLocaleString("en")} papers · {atlas.stats.entities.toLocaleString("en")} entities
                </span>
              </h1>
              {navigation && atlas.scope.view === "community" && (
                <button type="button" className="back" onClick={() => navigation.leave(trace)} title="Back to the map of all clusters">
                  ← All {atlas.corpus.communities.toLocaleString("en")} clusters
                </button>
              )}
              <SearchBox
                inputRef={searchInput}
                loadIndex={model.loadSearch}
                onChoose={choose}
                placeholder={
                  trace.picking ? "Search the end of the trace…" : navigation ? "Search all papers, models, methods…  ( / )" : "Search papers, models, methods…  ( / )"
                }
              />
              <CopyLinkButton />
            </header>
            <div className={filtersFolded ? "workspace filters-folded" : "workspace"}>
              <FiltersPanel filters={filters} edgeKinds={edgeKinds} visibleCount={visible?.size ?? graph.order} folded={filtersFolded} onFold={setFiltersFolded} />
              <main className="map" aria-label="Map" ref={mapArea}>
                <GraphMap scene={scene} hoveredOver={over} camera={view.camera} focus={view.focus} community={filters.community} frame={path?.nodes ?? null}>
                  <Legend colouring={colouring} community={filters.community} />
                  {trace.picking && (
                    <div className="picking-banner" role="status">
                      Click a node or search for it to end the trace · <kbd>Esc</kbd> cancels
                    </div>
                  )}
                  {!trace.picking && selected !== null && <MapPeek label={model.labelOf(selected)} details={detailsPanel} />}
                </GraphMap>
              </main>
              <DetailsPanel ref={detailsPanel} selected={selected} trace={trace} path={path} corpusTrace={corpusTrace} />
            </div>
          </div>
        </DispatchContext.Provider>
      </ViewContext.Provider>
    </ModelContext.Provider>
  );
}
