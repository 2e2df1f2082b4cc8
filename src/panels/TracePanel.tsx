import { CATEGORY_COLOURS } from "../map/appearance";
import { useDispatch, useModel } from "../model";
import type { Trace } from "../state/view";
import { describeReason, type Hop, type TraceResult } from "../trace/path";
import type { CorpusPlace, CorpusTraceState } from "../trace/useCorpusTrace";
import { NodeLink } from "./common";
import { plural } from "./format";

export function TracePanel({ trace, path, corpusTrace }: { trace: Trace; path: TraceResult | null; corpusTrace: CorpusTraceState | null }) {
  const dispatch = useDispatch();
  const { labelOf } = useModel();
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
          From <NodeLink node={trace.from} />. {trace.picking ? "Now click another node on the map, or search for it, to trace the path between them." : ""}
        </p>
      ) : corpusTrace ? (
        <CorpusTraceBody from={trace.from} to={trace.to} state={corpusTrace} />
      ) : path === null ? (
        <p role="status">
          No connection between <strong>{labelOf(trace.from)}</strong> and <strong>{labelOf(trace.to)}</strong>.
        </p>
      ) : (
        <Hops from={trace.from} to={trace.to} nodes={path.nodes} hops={path.hops} labelOf={labelOf} />
      )}
    </section>
  );
}

function Hops({
  from,
  to,
  nodes,
  hops,
  labelOf,
  place,
  clusters,
}: {
  from: string;
  to: string;
  nodes: string[];
  hops: Hop[];
  labelOf: (key: string) => string;
  place?: CorpusPlace;
  clusters?: number;
}) {
  return (
    <>
      <p className="trace-summary" role="status">
        {plural(hops.length, "hop")} from <strong>{labelOf(from)}</strong> to <strong>{labelOf(to)}</strong>
        {clusters !== undefined && clusters > 1 && <>, through {plural(clusters, "cluster")}</>}
      </p>
      <ol className="hops" aria-label="Path">
        {nodes.map((node, i) => {
          const hop = hops[i];
          return (
            <li key={node} className="hop">
              <PathNode node={node} place={place} from={from} to={to} />
              {hop && (
                <ul className="hop-reasons">
                  {hop.reasons.map((reason, j) => (
                    <li key={j}>{describeReason(reason, labelOf, hop)}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

/** A node of the path: on this map it selects; in another cluster it opens that cluster there, keeping the trace. */
function PathNode({ node, place, from, to }: { node: string; place?: CorpusPlace; from: string; to: string }) {
  const { atlas, navigation } = useModel();
  const where = place?.(node);
  if (atlas.graph.hasNode(node) || !where || !navigation) return <NodeLink node={node} />;
  const cluster = navigation.overview.community(where.community)?.info.label ?? `cluster ${where.community}`;
  return (
    <button type="button" className="node-link elsewhere" onClick={() => navigation.open(where.community, node, { from, to })} title={`Open the cluster “${cluster}” at this node`}>
      <span className="swatch" style={{ background: CATEGORY_COLOURS[where.kind] }} aria-hidden="true" />
      <span className="elsewhere-text">
        <span className="elsewhere-label">{where.label}</span>
        <span className="cluster-name">in {cluster}</span>
      </span>
    </button>
  );
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
  const unknown = [from, to].filter((key) => place(key) === undefined);
  if (unknown.length > 0) {
    return (
      <p role="status">
        {unknown.map((key) => `“${key}”`).join(" and ")} {unknown.length === 1 ? "is" : "are"} not in this atlas.
      </p>
    );
  }
  if (path === null) {
    return (
      <p role="status">
        No connection between <strong>{labelOf(from)}</strong> and <strong>{labelOf(to)}</strong> anywhere in the atlas.
      </p>
    );
  }
  const clusters = new Set(path.nodes.map((key) => place(key)!.community)).size;
  return <Hops from={from} to={to} nodes={path.nodes} hops={path.hops} labelOf={labelOf} place={place} clusters={clusters} />;
}
