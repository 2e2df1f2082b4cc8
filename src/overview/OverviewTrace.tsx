import { useEffect, useRef, type ReactNode } from "react";
import type { Overview } from "../data/overview";
import type { OverviewNavigation } from "../model";
import type { SearchIndex } from "../search/index";
import { Section } from "../panels/common";
import { SearchBox } from "../panels/SearchBox";
import { ClusterNodeButton, clusterName, corpusTraceProblem, Hops } from "../panels/TraceHops";
import { NO_TRACE, type TraceEnds } from "../state/url";
import { useCorpusPlace, type CorpusTraceState } from "../trace/useCorpusTrace";

interface OverviewTraceProps {
  overview: Overview;
  navigation: OverviewNavigation;
  trace: TraceEnds;
  state: CorpusTraceState | null;
  onChange: (trace: TraceEnds) => void;
  loadIndex: () => Promise<SearchIndex>;
}

/**
 * A trace on the map of clusters: its ends are any two papers or entities of the corpus, and
 * each node of the path opens its cluster there, the trace kept. Null without a trace.
 */
export function OverviewTrace({ overview, navigation, trace, state, onChange, loadIndex }: OverviewTraceProps) {
  const { from, to } = trace;
  const loadedPlace = useCorpusPlace(overview, from !== null);
  // A finished trace carries the index it was traced on.
  const place = state?.status === "done" ? state.place : loadedPlace;
  const endInput = useRef<HTMLInputElement>(null);
  const picking = from !== null && to === null;
  useEffect(() => {
    if (picking) endInput.current?.focus();
  }, [picking]);
  if (from === null) return null;

  const labelOf = (key: string) => place?.(key)?.label ?? key;
  const renderNode = (node: string) => {
    const where = place?.(node);
    if (!where) return <span>{node}</span>;
    return <ClusterNodeButton place={where} cluster={clusterName(overview, where.community)} onOpen={() => navigation.open(where.community, node, trace)} />;
  };

  return (
    <section className="trace" aria-labelledby="overview-trace-title">
      <div className="trace-head">
        <h2 id="overview-trace-title">Trace</h2>
        <div className="trace-buttons">
          {to !== null && (
            <button type="button" onClick={() => onChange({ from: to, to: from })} title="Swap the two ends">
              ⇅ Swap
            </button>
          )}
          <button type="button" onClick={() => onChange(NO_TRACE)}>
            Clear
          </button>
        </div>
      </div>
      {to === null ? (
        <>
          <p className="trace-hint" role="status">
            From {renderNode(from)}. Now search for the other end, in any cluster.
          </p>
          <SearchBox
            inputRef={endInput}
            label="Trace to"
            loadIndex={loadIndex}
            onChoose={(hit) => onChange({ from, to: hit.key })}
            placeholder="The other end: a paper, model, method…"
          />
        </>
      ) : (
        <TraceResult overview={overview} from={from} to={to} state={state} labelOf={labelOf} renderNode={renderNode} />
      )}
    </section>
  );
}

function TraceResult({
  overview,
  from,
  to,
  state,
  labelOf,
  renderNode,
}: {
  overview: Overview;
  from: string;
  to: string;
  state: CorpusTraceState | null;
  labelOf: (key: string) => string;
  renderNode: (node: string) => ReactNode;
}) {
  if (state?.status === "failed") return <p role="alert">Could not trace: {state.message}</p>;
  if (state?.status !== "done") {
    return (
      <p role="status" className="trace-hint">
        Tracing through every cluster of the atlas…
      </p>
    );
  }
  const { path, place } = state;
  const problem = corpusTraceProblem(from, to, path, place, labelOf);
  if (problem || !path) return problem;
  const communities = path.nodes.map((node) => place(node)!.community);
  const clusters = new Set(communities).size;
  return (
    <>
      <Hops from={from} to={to} nodes={path.nodes} hops={path.hops} labelOf={labelOf} clusters={clusters} renderNode={renderNode} />
      {clusters === 1 && <p className="trace-hint">All of it inside {clusterName(overview, communities[0]!)}.</p>}
    </>
  );
}

/** On the map of clusters with no trace yet: where one starts. */
export function StartTrace({ loadIndex, onStart }: { loadIndex: () => Promise<SearchIndex>; onStart: (from: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <Section title="Trace a connection">
      <p className="trace-hint">How do two papers or entities connect? Pick one end here, then the other: the path may cross any clusters.</p>
      <SearchBox inputRef={input} label="Trace from" loadIndex={loadIndex} onChoose={(hit) => onStart(hit.key)} placeholder="One end: a paper, model, method…" />
    </Section>
  );
}
