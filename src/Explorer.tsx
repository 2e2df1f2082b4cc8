import { useEffect, useMemo, useReducer, useRef } from "react";
import type { Atlas } from "./data/atlas";
import { GraphMap } from "./map/GraphMap";
import { sceneOf } from "./map/scene";
import { createModel, DispatchContext, ModelContext, ViewContext } from "./model";
import { CopyLinkButton } from "./panels/CopyLinkButton";
import { DetailsPanel } from "./panels/DetailsPanel";
import { FiltersPanel } from "./panels/FiltersPanel";
import { Legend } from "./panels/Legend";
import { SearchBox } from "./panels/SearchBox";
import { visibleNodes } from "./state/filters";
import { hashToView, type UrlContext } from "./state/url";
import { useUrlSync } from "./state/useUrlSync";
import { viewReducer } from "./state/view";
import { tracePath } from "./trace/path";

export function Explorer({ atlas }: { atlas: Atlas }) {
  const model = useMemo(() => createModel(atlas), [atlas]);
  const urlContext = useMemo<UrlContext>(
    () => ({ hasNode: (key) => atlas.graph.hasNode(key), hasCommunity: (id) => atlas.communities.some((c) => c.id === id) }),
    [atlas],
  );
  const [view, dispatch] = useReducer(viewReducer, urlContext, (context) => hashToView(window.location.hash, context));
  useUrlSync(view, dispatch, urlContext);

  useEffect(() => {
    const warm = () => void model.search;
    // Safari has no requestIdleCallback.
    if (typeof window.requestIdleCallback !== "function") {
      const timer = setTimeout(warm, 1000);
      return () => clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(warm, { timeout: 2000 });
    return () => window.cancelIdleCallback(idle);
  }, [model]);

  const searchInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && (event.target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName));
      if (event.key === "/" && !typing) {
        event.preventDefault();
        searchInput.current?.focus();
      } else if (event.key === "Escape" && !(typing && event.target !== searchInput.current)) {
        dispatch({ type: "escape" });
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const { graph } = atlas;
  const { hovered, selected, colouring, edgeKinds, trace, filters } = view;
  const visible = useMemo(() => visibleNodes(graph, filters), [graph, filters]);
  const path = useMemo(() => (trace.from !== null && trace.to !== null ? tracePath(graph, trace.from, trace.to) : null), [graph, trace.from, trace.to]);
  const scene = useMemo(
    () => sceneOf(graph, { hovered, selected, colouring, edgeKinds, trace }, visible, path),
    [graph, hovered, selected, colouring, edgeKinds, trace, visible, path],
  );

  return (
    <ModelContext.Provider value={model}>
      <ViewContext.Provider value={view}>
        <DispatchContext.Provider value={dispatch}>
          <div className="app">
            <header className="topbar">
              <h1 className="brand">
                Paper Atlas
                <span className="brand-sub">
                  {atlas.stats.papers.toLocaleString("en")} papers · {atlas.stats.entities.toLocaleString("en")} entities
                </span>
              </h1>
              <SearchBox inputRef={searchInput} />
              <CopyLinkButton />
            </header>
            <div className="workspace">
              <FiltersPanel filters={filters} edgeKinds={edgeKinds} visibleCount={visible?.size ?? graph.order} />
              <main className="map" aria-label="Map">
                <GraphMap scene={scene} camera={view.camera} focus={view.focus} community={filters.community} frame={path?.nodes ?? null}>
                  <Legend colouring={colouring} />
                  {trace.picking && (
                    <div className="picking-banner" role="status">
                      Click a node or search for it to end the trace · <kbd>Esc</kbd> cancels
                    </div>
                  )}
                </GraphMap>
              </main>
              <DetailsPanel selected={selected} trace={trace} path={path} />
            </div>
          </div>
        </DispatchContext.Provider>
      </ViewContext.Provider>
    </ModelContext.Provider>
  );
}
