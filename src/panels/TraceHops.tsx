import type { ReactNode } from "react";
import type { Overview } from "../data/overview";
import { CATEGORY_COLOURS } from "../map/appearance";
import { describeReason, type Hop } from "../trace/path";
import type { CorpusTrace } from "../trace/corpusTrace";
import type { CorpusPlace } from "../trace/useCorpusTrace";
import { plural } from "./format";

/** A path hop by hop with the reasons of each; how a node of it shows is the caller's. */
export function Hops({
  from,
  to,
  nodes,
  hops,
  labelOf,
  clusters,
  renderNode,
}: {
  from: string;
  to: string;
  nodes: string[];
  hops: Hop[];
  labelOf: (key: string) => string;
  /** How many clusters of an overview the path runs through. */
  clusters?: number;
  renderNode: (node: string) => ReactNode;
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
              {renderNode(node)}
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

/** A cluster of an overview by its label, or by its id when the overview does not have it. */
export const clusterName = (overview: Overview, community: number) => overview.community(community)?.info.label ?? `cluster ${community}`;

/** A node of another cluster of an overview, named with its cluster; clicking opens the cluster there. */
export function ClusterNodeButton({ place, cluster, onOpen }: { place: NonNullable<ReturnType<CorpusPlace>>; cluster: string; onOpen: () => void }) {
  return (
    <button type="button" className="node-link elsewhere" onClick={onOpen} title={`Open the cluster “${cluster}” at this node`}>
      <span className="swatch" style={{ background: CATEGORY_COLOURS[place.kind] }} aria-hidden="true" />
      <span className="elsewhere-text">
        <span className="elsewhere-label">{place.label}</span>
        <span className="cluster-name">in {cluster}</span>
      </span>
    </button>
  );
}

/** What a trace through a whole overview found, once its links are loaded; null when it found a path to show. */
export function corpusTraceProblem(from: string, to: string, path: CorpusTrace | null, place: CorpusPlace, labelOf: (key: string) => string): ReactNode {
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
  return null;
}
