import { SigmaContainer, useRegisterEvents, useSigma } from "@react-sigma/core";
import "@react-sigma/core/lib/style.css";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Settings } from "sigma/settings";
import type { Overview } from "../data/overview";
import { CameraController } from "../map/controllers/CameraController";
import { FirstFrameMark } from "../map/controllers/FirstFrameMark";
import { LabelCards } from "../map/controllers/LabelCards";
import { MapToolbar } from "../map/controllers/MapToolbar";
import { drawIslandLabel, drawNodeCard } from "../map/labels";
import { loadOverviewSearch, type OverviewNavigation } from "../model";
import { CopyLinkButton } from "../panels/CopyLinkButton";
import { MapPeek } from "../panels/MapPeek";
import { Section } from "../panels/common";
import { plural } from "../panels/format";
import { SearchBox } from "../panels/SearchBox";
import type { SearchIndex } from "../search/index";
import { hashToOverview, NO_TRACE, overviewToHash, type OverviewView, type TraceEnds } from "../state/url";
import { useCorpusTrace } from "../trace/useCorpusTrace";
import { sameCamera, type CameraView } from "../state/view";
import { useGlobalKeys } from "../useGlobalKeys";
import { clusterPath, nodeKey, overviewGraph, overviewReducers, type ClusterPath, type CommunityLinkAttributes, type CommunityNodeAttributes, type OverviewGraph } from "./graph";
import { IslandLabelRoom } from "./IslandLabelRoom";
import { OverviewTrace, StartTrace } from "./OverviewTrace";

type OverviewSettings = Partial<Settings<CommunityNodeAttributes, CommunityLinkAttributes>>;

const SETTINGS: OverviewSettings = Object.freeze({
  allowInvalidContainer: true,
  renderEdgeLabels: false,
  labelFont: "Inter, 'Segoe UI', system-ui, -apple-system, sans-serif",
  labelSize: 13,
  labelWeight: "600",
  labelColor: { color: "#27303d" },
  // Every island in one cell of sigma's label grid, which hands labels over largest first, and as
  // many as fit: the label drawing function leaves out those that would cross another or an edge.
  labelDensity: Number.MAX_SAFE_INTEGER,
  labelGridCellSize: Number.MAX_SAFE_INTEGER,
  labelRenderedSizeThreshold: 8,
  defaultDrawNodeLabel: drawIslandLabel,
  defaultDrawNodeHover: drawNodeCard,
  zIndex: true,
  // Islands drawn at their size on the full map, growing as the user zooms in.
  itemSizesReference: "positions",
  zoomToSizeRatioFunction: (ratio: number) => ratio,
  minEdgeThickness: 0.8,
  // The links are long, wide quads: in software WebGL they alone made each frame of a zoom take
  // 117 to 200 ms on a 100k-paper overview (50 ms without them).
  hideEdgesOnMove: true,
  stagePadding: 40,
  minCameraRatio: 0.05,
  maxCameraRatio: 3,
});

/** Shown in the panel when nothing is selected. */
const LISTED_CLUSTERS = 12;
const LINKED_CLUSTERS = 8;

/** The map of a graph's communities, for graphs too large to draw node by node. */
export function OverviewPage({ overview, navigation }: { overview: Overview; navigation: OverviewNavigation }) {
  const graph = useMemo(() => overviewGraph(overview), [overview]);
  const [view, setView] = useState<OverviewView>(() => hashToOverview(window.location.hash, (id) => overview.community(id) !== undefined));
  const [hovered, setHovered] = useState<number | null>(null);
  const setTrace = useCallback((trace: TraceEnds) => setView((v) => ({ ...v, trace })), []);
  const { from, to } = view.trace;
  const corpusTrace = useCorpusTrace(navigation, from !== null && to !== null ? { from, to } : null, from !== null && to === null);
  const path = useMemo(
    () => (corpusTrace?.status === "done" && corpusTrace.path ? clusterPath(graph, corpusTrace.path.nodes.map((node) => corpusTrace.place(node)!.community)) : null),
    [graph, corpusTrace],
  );
  const frame = useMemo(() => path?.clusters.map(nodeKey) ?? null, [path]);
  const startTrace = useMemo(() => (from === null ? (key: string) => setTrace({ from: key, to: null }) : null), [from, setTrace]);
  const loadSearch = useCallback(() => loadOverviewSearch(overview), [overview]);
  const [focus, setFocus] = useState<{ node: string; seq: number } | null>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const select = useCallback((selected: number | null, fly = false) => {
    setView((v) => (v.selected === selected ? v : { ...v, selected }));
    if (fly && selected !== null) setFocus((f) => ({ node: nodeKey(selected), seq: (f?.seq ?? 0) + 1 }));
  }, []);
  const onMoved = useCallback((camera: CameraView) => setView((v) => (sameCamera(v.camera, camera) ? v : { ...v, camera })), []);
  // Esc backs out of a trace waiting for its end first, as in a cluster's view.
  useGlobalKeys(searchInput, () => (from !== null && to === null ? setTrace(NO_TRACE) : select(null)));

  // A new selection is a step Back can undo; camera moves only update the entry.
  const previous = useRef(view);
  useEffect(() => {
    const hash = overviewToHash(view);
    const before = previous.current;
    previous.current = view;
    if (hash === window.location.hash) return;
    const url = `${window.location.pathname}${window.location.search}${hash}`;
    if (before.selected !== view.selected || before.trace !== view.trace) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, [view]);
  useEffect(() => {
    const restore = () => setView(hashToOverview(window.location.hash, (id) => overview.community(id) !== undefined));
    window.addEventListener("popstate", restore);
    return () => window.removeEventListener("popstate", restore);
  }, [overview]);
  useEffect(() => {
    document.title = view.selected !== null ? `${overview.community(view.selected)?.info.label} · Paper Atlas` : "Paper Atlas";
  }, [overview, view.selected]);

  const detailsPanel = useRef<HTMLElement>(null);
  const carded = useMemo(() => [view.selected, hovered].filter((cluster) => cluster !== null).map(nodeKey), [view.selected, hovered]);
  const gexf = useCallback(() => import("../map/exportGexf").then(({ overviewGexf }) => overviewGexf(graph)), [graph]);

  const { corpus } = overview;
  return (
    <div className="app">
      <header className="topbar">
        <h1 className="brand">
          Paper Atlas
          <span className="brand-sub">
            {corpus.papers.toLocaleString("en")} papers · {corpus.entities.toLocaleString("en")} entities
          </span>
        </h1>
        <SearchBox
          inputRef={searchInput}
          loadIndex={loadSearch}
          onChoose={(hit) => navigation.open(hit.community, hit.key)}
          placeholder="Search all papers, models, methods…  ( / )"
        />
        <CopyLinkButton />
      </header>
      <div className="workspace overview-workspace">
        <main className="map" aria-label="Map">
          <SigmaContainer graph={graph} settings={SETTINGS} className="graph-map">
            <OverviewController graph={graph} selected={view.selected} hovered={hovered} path={path} onSelect={select} onHover={setHovered} onOpen={navigation.open} />
            <CameraController camera={view.camera} focus={focus} frame={frame} onMoved={onMoved} />
            <MapToolbar gexf={gexf} />
            <IslandLabelRoom />
            <LabelCards nodes={carded} />
            <FirstFrameMark />
          </SigmaContainer>
          {view.selected !== null && <MapPeek label={overview.community(view.selected)?.info.label ?? ""} details={detailsPanel} />}
          <p className="map-hint" role="note" data-map-overlay>
            {plural(overview.communities.length, "cluster")} of the {corpus.papers.toLocaleString("en")} papers · click one for its contents, double-click to
            open it
          </p>
        </main>
        <aside className="details" aria-label="Details" ref={detailsPanel}>
          <OverviewTrace overview={overview} navigation={navigation} trace={view.trace} state={corpusTrace} onChange={setTrace} loadIndex={loadSearch} />
          {view.selected !== null ? (
            <CommunityCard key={view.selected} overview={overview} graph={graph} id={view.selected} navigation={navigation} onSelect={select} onStartTrace={startTrace} loadSearch={loadSearch} />
          ) : (
            <OverviewSummary overview={overview} graph={graph} onSelect={select} onStartTrace={startTrace} loadSearch={loadSearch} />
          )}
        </aside>
      </div>
    </div>
  );
}

interface ControllerProps {
  graph: OverviewGraph;
  selected: number | null;
  hovered: number | null;
  path: ClusterPath | null;
  onSelect: (community: number | null) => void;
  onHover: (community: number | null) => void;
  onOpen: (community: number) => void;
}

/** Reducers from the selection and hover, and pointer events to actions; renders nothing. */
function OverviewController({ graph, selected, hovered, path, onSelect, onHover, onOpen }: ControllerProps) {
  const sigma = useSigma<CommunityNodeAttributes, CommunityLinkAttributes>();
  const registerEvents = useRegisterEvents<CommunityNodeAttributes, CommunityLinkAttributes>();

  useEffect(() => {
    sigma.setSettings(overviewReducers(graph, selected, hovered, path));
  }, [sigma, graph, selected, hovered, path]);

  useEffect(() => {
    const container = sigma.getContainer();
    const id = (node: string) => graph.getNodeAttribute(node, "id");
    registerEvents({
      clickNode: ({ node }) => onSelect(id(node)),
      doubleClickNode: (event) => {
        event.preventSigmaDefault();
        onOpen(id(event.node));
      },
      clickStage: () => onSelect(null),
      enterNode: ({ node }) => {
        container.style.cursor = "pointer";
        onHover(id(node));
      },
      leaveNode: () => {
        container.style.cursor = "";
        onHover(null);
      },
    });
  }, [sigma, graph, registerEvents, onSelect, onHover, onOpen]);

  return null;
}

function OverviewSummary({
  overview,
  graph,
  onSelect,
  onStartTrace,
  loadSearch,
}: {
  overview: Overview;
  graph: OverviewGraph;
  onSelect: (community: number, fly?: boolean) => void;
  /** Null while a trace is on. */
  onStartTrace: ((from: string) => void) | null;
  loadSearch: () => Promise<SearchIndex>;
}) {
  const { corpus, communities } = overview;
  const largest = useMemo(() => [...communities].sort((a, b) => b.info.size - a.info.size).slice(0, LISTED_CLUSTERS), [communities]);
  return (
    <div className="details-body overview">
      <h2>Paper Atlas</h2>
      <p className="lead">
        {plural(corpus.papers, "paper")} and {plural(corpus.entities, "entity", "entities")}: too many to draw one by one, so the map shows their{" "}
        {plural(communities.length, "cluster")}. Open a cluster to explore its papers; the search box finds any paper or entity in the whole atlas.
      </p>
      {onStartTrace && <StartTrace loadIndex={loadSearch} onStart={onStartTrace} />}
      <Section title="Largest clusters">
        <ul className="cluster-list">
          {largest.map(({ info }) => (
            <li key={info.id}>
              <button type="button" className="cluster" onClick={() => onSelect(info.id, true)}>
                <span className="swatch" style={{ background: graph.getNodeAttribute(nodeKey(info.id), "color") }} aria-hidden="true" />
                <span className="cluster-name">{info.label}</span>
                <span className="count">{info.size.toLocaleString("en")}</span>
              </button>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}

interface CommunityCardProps {
  overview: Overview;
  graph: OverviewGraph;
  id: number;
  navigation: OverviewNavigation;
  onSelect: (community: number, fly?: boolean) => void;
  /** Null while a trace is on. */
  onStartTrace: ((from: string) => void) | null;
  loadSearch: () => Promise<SearchIndex>;
}

function CommunityCard({ overview, graph, id, navigation, onSelect, onStartTrace, loadSearch }: CommunityCardProps) {
  const community = overview.community(id)!;
  const { info, topLabels } = community;
  const key = nodeKey(id);
  const linked = graph
    .mapEdges(key, (_edge, { weight }, source, target) => ({ other: graph.getNodeAttribute(source === key ? target : source, "id"), weight }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, LINKED_CLUSTERS);
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kicker">
        <span className="swatch" style={{ background: graph.getNodeAttribute(key, "color") }} aria-hidden="true" /> Cluster
      </p>
      <h2 id="details-title">{info.label}</h2>
      <dl className="facts">
        <div>
          <dt>Nodes</dt>
          <dd>{info.size.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Papers</dt>
          <dd>{info.papers.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>Entities</dt>
          <dd>{(info.size - info.papers).toLocaleString("en")}</dd>
        </div>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={() => navigation.open(id)}>
          Open this cluster →
        </button>
      </div>
      {topLabels.length > 0 && (
        <Section title="Defined by">
          <ul className="chips">
            {topLabels.map((label, i) => (
              <li key={info.topEntities[i] ?? label}>
                <button
                  type="button"
                  className="node-link chip"
                  onClick={() => navigation.open(id, info.topEntities[i])}
                  title={`Open the cluster with ${label} selected`}
                >
                  <span>{label}</span>
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {linked.length > 0 && (
        <Section title="Most linked clusters">
          <ul className="link-list">
            {linked.map(({ other }) => (
              <li key={other}>
                <button type="button" className="node-link" onClick={() => onSelect(other, true)}>
                  <span className="swatch" style={{ background: graph.getNodeAttribute(nodeKey(other), "color") }} aria-hidden="true" />
                  <span>{overview.community(other)?.info.label}</span>
                </button>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {onStartTrace && <StartTrace loadIndex={loadSearch} onStart={onStartTrace} />}
    </article>
  );
}
