import { useDispatch, useModel } from "../model";
import type { Trace } from "../state/view";
import type { TraceResult } from "../trace/path";
import { useCorpusPlace, type CorpusPlace, type CorpusTraceState } from "../trace/useCorpusTrace";
import { NodeLink } from "./common";
import { ClusterNodeButton, clusterName, corpusTraceProblem, Hops } from "./TraceHops";

export function TracePanel({ trace, path, corpusTrace }: { trace: Trace; path: TraceResult | null; corpusTrace: CorpusTraceState | null }) {
  const dispatch = useDispatch();
  const { atlas, labelOf, navigation } = useModel();
  // A link may start a trace in another cluster: its start is named from the corpus's index.
  const startElsewhere = trace.from !== null && !atlas.graph.hasNode(trace.from);
  const place = useCorpusPlace(navigation?.overview ?? null, startElsewhere);
  if (trace.from === null) return null;

  return (
    <section className="trace" aria-labelledby="trace-title">
      <div className="trace-head">
        <h2 id="trace-title">Trace</h2>
        <div className="trace-buttons">
          {trace.to !== null && (
            <button type="button" onClick={() => dispatch({ type: "swapTrace" })} title="Swap the two ends">
              ⇅ Swap
            </button>
          )}
          <button type="button" onClick={() => dispatch({ type: "clearTrace" })}>
            Clear
          </button>
        </div>
      </div>
      {trace.to === null ? (
        <p className="trace-hint" role="status">
          From {startElsewhere ? <ElsewhereName node={trace.from} place={place} /> : <NodeLink node={trace.from} />}. {trace.picking ? "Now click another node on the map, or search for it, to trace the path between them." : ""}
        </p>
      ) : corpusTrace ? (
        <CorpusTraceBody from={trace.from} to={trace.to} state={corpusTrace} />
      ) : path === null ? (
        <p role="status">
          No connection between <strong>{labelOf(trace.from)}</strong> and <strong>{labelOf(trace.to)}</strong>.
        </p>
      ) : (
        <Hops from={trace.from} to={trace.to} nodes={path.nodes} hops={path.hops} labelOf={labelOf} renderNode={(node) => <NodeLink node={node} />} />
      )}
    </section>
  );
}

/** A node of another cluster, by its label and cluster once the corpus's index has arrived. */
function ElsewhereName({ node, place }: { node: string; place: CorpusPlace | null }) {
  const { navigation } = useModel();
  const where = place?.(node);
  if (!where) return <strong>{place ? `“${node}”, which is not in this atlas` : "…"}</strong>;
  const cluster = navigation?.overview.community(where.community)?.info.label;
  return (
    <>
      <strong>{where.label}</strong>
      {cluster && <> in {cluster}</>}
    </>
  );
}

/** A node of the path: on this map it selects; in another cluster it opens that cluster there, keeping the trace. */
function PathNode({ node, place, from, to }: { node: string; place?: CorpusPlace; from: string; to: string }) {
  const { atlas, navigation } = useModel();
  const where = place?.(node);
  if (atlas.graph.hasNode(node) || !where || !navigation) return <NodeLink node={node} />;
  return <ClusterNodeButton place={where} cluster={clusterName(navigation.overview, where.community)} onOpen={() => navigation.open(where.community, node, { from, to })} />;
}

function CorpusTraceBody({ from, to, state }: { from: string; to: string; state: CorpusTraceState }) {
  const { labelOf: labelOnMap, atlas } = useModel();
  if (state.status === "tracing") {
    return (
      <p role="status" className="trace-hint">
        Tracing through every cluster of the atlas…
      </p>
    );
  }
  if (state.status === "failed") {
    return (
      <p role="alert">
        Could not trace beyond this cluster: {state.message}
      </p>
    );
  }
  const { path, place } = state;
  const labelOf = (key: string) => (atlas.graph.hasNode(key) ? labelOnMap(key) : (place(key)?.label ?? key));
  const problem = corpusTraceProblem(from, to, path, place, labelOf);
  if (problem || !path) return problem;
  const clusters = new Set(path.nodes.map((key) => place(key)!.community)).size;
  return (
    <Hops
      from={from}
      to={to}
      nodes={path.nodes}
      hops={path.hops}
      labelOf={labelOf}
      clusters={clusters}
      renderNode={(node) => <PathNode node={node} place={place} from={from} to={to} />}
    />
  );
}
