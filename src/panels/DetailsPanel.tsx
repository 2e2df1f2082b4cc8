import { useMemo, type Ref } from "react";
import { isEntity } from "../data/atlas";
import { useDispatch, useModel, useView } from "../model";
import type { Trace } from "../state/view";
import type { TraceResult } from "../trace/path";
import type { CorpusTraceState } from "../trace/useCorpusTrace";
import { NodeLink, Section } from "./common";
import { clusterDetails, entityDetails, paperDetails } from "./details";
import { EntityPanel } from "./EntityPanel";
import { plural, selectionText } from "./format";
import { PaperPanel } from "./PaperPanel";
import { TracePanel } from "./TracePanel";

export function DetailsPanel({
  ref,
  selected,
  trace,
  path,
  corpusTrace,
}: {
  ref?: Ref<HTMLElement>;
  selected: string | null;
  trace: Trace;
  path: TraceResult | null;
  corpusTrace: CorpusTraceState | null;
}) {
  const { atlas } = useModel();
  const paper = useMemo(() => (selected && atlas.graph.hasNode(selected) ? paperDetails(atlas.graph, selected) : null), [atlas, selected]);
  const entity = useMemo(() => (selected && atlas.graph.hasNode(selected) ? entityDetails(atlas.graph, selected) : null), [atlas, selected]);
  return (
    <aside className="details" aria-label="Details" ref={ref}>
      <TracePanel trace={trace} path={path} corpusTrace={corpusTrace} />
      {paper ? <PaperPanel key={paper.key} details={paper} /> : entity ? <EntityPanel key={entity.key} details={entity} /> : <Overview />}
    </aside>
  );
}

const TOP_ENTITIES = 15;

/** A cluster picked on the full map (the legend, the filters, a link): what it is about, in place of the whole map's summary. */
function ClusterSummary({ community }: { community: number }) {
  const { atlas } = useModel();
  const dispatch = useDispatch();
  const info = atlas.communities.find((c) => c.id === community);
  const details = useMemo(() => clusterDetails(atlas.graph, community), [atlas, community]);
  const defining = (info?.topEntities ?? []).filter((key) => atlas.graph.hasNode(key));
  return (
    <div className="details-body overview">
      <p className="kicker">Cluster</p>
      <h2>{info?.label ?? `Cluster ${community}`}</h2>
      <p className="lead">
        {plural(details.papers, "paper")} and {plural(details.entities, "entity", "entities")} of the map&apos;s {plural(atlas.stats.papers, "paper")}; the rest
        of the map is hidden while it is picked.
      </p>
      <div className="actions">
        <button type="button" onClick={() => dispatch({ type: "focusCommunity", community: null })}>
          ← All clusters
        </button>
      </div>
      {defining.length > 0 && (
        <Section title="What sets it apart">
          <ul className="chips">
            {defining.map((key) => (
              <li key={key}>
                <NodeLink node={key} className="chip" />
              </li>
            ))}
          </ul>
        </Section>
      )}
      {details.mentioned.length > 0 && (
        <Section title="Most mentioned by its papers">
          <ul className="chips">
            {details.mentioned.map(({ key, label, here }) => (
              <li key={key}>
                <NodeLink node={key} className="chip">
                  {label} <span className="chip-count">{here}</span>
                </NodeLink>
              </li>
            ))}
          </ul>
        </Section>
      )}
      {details.connected.length > 0 && (
        <Section title="Its most connected papers">
          <ul className="link-list">
            {details.connected.map(({ key }) => (
              <li key={key}>
                <NodeLink node={key} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}

function Overview() {
  const { atlas } = useModel();
  const { filters } = useView();
  if (filters.community !== null && atlas.scope.view !== "community") return <ClusterSummary community={filters.community} />;
  return <WholeMap />;
}

function WholeMap() {
  const { atlas, navigation } = useModel();
  const { trace } = useView();
  const { stats, input, scope } = atlas;
  const top = useMemo(() => {
    const entities: { key: string; paperCount: number }[] = [];
    atlas.graph.forEachNode((key, attributes) => {
      if (isEntity(attributes)) entities.push({ key, paperCount: attributes.paperCount });
    });
    return entities.sort((a, b) => b.paperCount - a.paperCount).slice(0, TOP_ENTITIES);
  }, [atlas]);
  return (
    <div className="details-body overview">
      {scope.view === "community" ? (
        <>
          <p className="kicker">Cluster</p>
          <h2>{scope.community.label}</h2>
          <p className="lead">
            {plural(stats.papers, "paper")} and {plural(stats.entities, "entity", "entities")}: one of the {plural(atlas.corpus.communities, "cluster")} of an
            atlas of {plural(atlas.corpus.papers, "paper")}, too large to draw at once. The search box finds papers in every cluster.
          </p>
          {navigation && (
            <div className="actions">
              <button type="button" onClick={() => navigation.leave(trace)}>
                ← Map of all clusters
              </button>
            </div>
          )}
        </>
      ) : (
        <>
          <h2>Paper Atlas</h2>
          <p className="lead">
            {plural(stats.papers, "paper")} and {plural(stats.entities, "entity", "entities")} they mention, in {plural(atlas.communities.length, "cluster")}
            {input.files.length > 0 && <> — read from {plural(input.files.length, "source file")}</>}
            {input.selection && <>: only {selectionText(input.selection)}</>}.
          </p>
        </>
      )}
      <ul className="tips">
        <li>
          Search with <kbd>/</kbd>, pick with <kbd>Enter</kbd>; <kbd>Esc</kbd> clears.
        </li>
        <li>Hover a node to see its neighbours; click it for details.</li>
        <li>“Trace from here” then pick another node{navigation ? ", here or in any cluster," : ""} to see how two things connect.</li>
      </ul>
      {top.length > 0 && (
        <Section title="Most mentioned">
          <ul className="chips">
            {top.map(({ key, paperCount }) => (
              <li key={key}>
                <NodeLink node={key} className="chip">
                  {atlas.graph.getNodeAttribute(key, "label")} <span className="chip-count">{paperCount}</span>
                </NodeLink>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
