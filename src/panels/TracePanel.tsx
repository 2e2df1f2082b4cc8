import { useDispatch, useModel } from "../model";
import type { Trace } from "../state/view";
import { describeReason, type TraceResult } from "../trace/path";
import { NodeLink } from "./common";
import { plural } from "./format";

export function TracePanel({ trace, path }: { trace: Trace; path: TraceResult | null }) {
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
      ) : path === null ? (
        <p role="status">
          No connection between <strong>{labelOf(trace.from)}</strong> and <strong>{labelOf(trace.to)}</strong>.
        </p>
      ) : (
        <>
          <p className="trace-summary" role="status">
            {plural(path.hops.length, "hop")} from <strong>{labelOf(trace.from)}</strong> to <strong>{labelOf(trace.to)}</strong>
          </p>
          <ol className="hops" aria-label="Path">
            {path.nodes.map((node, i) => {
              const hop = path.hops[i];
              return (
                <li key={node} className="hop">
                  <NodeLink node={node} />
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
      )}
    </section>
  );
}
