import { useEffect, useMemo, useState } from "react";
import { CATEGORY_COLOURS, CATEGORY_LABELS } from "../map/appearance";
import { useDispatch, useModel } from "../model";
import { categoryOf } from "../state/filters";
import { Expandable, NodeLink, Section } from "./common";
import type { LinkedPaper, PaperDetails } from "./details";
import { formatDate, plural, safeUrl } from "./format";
import { highlightEntities } from "./highlight";

export function PaperPanel({ details }: { details: PaperDetails }) {
  const { attributes } = details;
  const url = safeUrl(attributes.url);
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kicker">
        <span className="swatch" style={{ background: CATEGORY_COLOURS.paper }} aria-hidden="true" /> Paper
      </p>
      <h2 id="details-title">{attributes.label}</h2>
      <p className="meta">
        <span>{formatDate(attributes.date)}</span>
        {attributes.authorsCount !== undefined && <span>{plural(attributes.authorsCount, "author")}</span>}
        {url && (
          <a href={url} target="_blank" rel="noreferrer noopener">
            Open paper ↗
          </a>
        )}
      </p>
      <NodeActions node={details.key} community={attributes.community} />
      <Abstract details={details} />
      {details.entitiesByType.length > 0 && (
        <Section title="Entities" count={details.entitiesByType.reduce((n, [, list]) => n + list.length, 0)}>
          {details.entitiesByType.map(([type, entities]) => (
            <div key={type} className="entity-group">
              <h4 style={{ color: CATEGORY_COLOURS[type] }}>{CATEGORY_LABELS[type]}</h4>
              <ul className="chips">
                {entities.map((entity) => (
                  <li key={entity.key}>
                    <NodeLink node={entity.key} className="chip" />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}
      <LinkedPapers title="Related papers" papers={details.related} why="shared" />
      <LinkedPapers title="Cites" papers={details.cites} why="via" />
      <LinkedPapers title="Cited by" papers={details.citedBy} why="via" />
    </article>
  );
}

function Abstract({ details }: { details: PaperDetails }) {
  const { atlas } = useModel();
  const dispatch = useDispatch();
  const [abstract, setAbstract] = useState<{ key: string; text: string } | null>(null);

  useEffect(() => {
    let current = true;
    atlas.abstractOf(details.key).then(
      (text) => current && setAbstract({ key: details.key, text }),
      () => current && setAbstract({ key: details.key, text: "" }),
    );
    return () => {
      current = false;
    };
  }, [atlas, details.key]);

  const terms = useMemo(
    () =>
      details.entitiesByType.flatMap(([, entities]) =>
        entities.map((entity) => {
          const attributes = atlas.graph.getNodeAttributes(entity.key);
          return { key: entity.key, forms: [attributes.label, ...(attributes.kind === "entity" ? attributes.aliases : [])] };
        }),
      ),
    [atlas, details],
  );
  const loaded = abstract !== null && abstract.key === details.key;
  const segments = useMemo(() => (loaded ? highlightEntities(abstract.text, terms) : []), [loaded, abstract, terms]);

  if (!loaded) return <p className="abstract loading-text">Loading abstract…</p>;
  if (!abstract.text) return <p className="abstract muted">No abstract.</p>;
  return (
    <p className="abstract">
      {segments.map((segment, i) =>
        segment.key === undefined ? (
          segment.text
        ) : (
          <button
            key={i}
            type="button"
            className="mention"
            style={{ textDecorationColor: CATEGORY_COLOURS[categoryOf(atlas.graph.getNodeAttributes(segment.key))] }}
            onClick={() => dispatch({ type: "select", node: segment.key, focus: true })}
            title="Show this entity"
          >
            {segment.text}
          </button>
        ),
      )}
    </p>
  );
}

function LinkedPapers({ title, papers, why }: { title: string; papers: LinkedPaper[]; why: "shared" | "via" }) {
  if (papers.length === 0) return null;
  return (
    <Section title={title} count={papers.length}>
      <Expandable
        items={papers}
        limit={8}
        label="papers"
        render={(paper) => (
          <li key={paper.key}>
            <NodeLink node={paper.key} />
            {paper.because.length > 0 && (
              <p className="why">
                {why === "shared" ? "Why linked: both mention " : "For "}
                {paper.because.map((entity, i) => (
                  <span key={entity.key}>
                    {i > 0 && ", "}
                    <strong>{entity.label}</strong>
                  </span>
                ))}
              </p>
            )}
          </li>
        )}
      />
    </Section>
  );
}

/** Actions on the selected node: start a trace from it, focus its community. */
export function NodeActions({ node, community }: { node: string; community: number }) {
  const dispatch = useDispatch();
  const { atlas, appearance } = useModel();
  const info = atlas.communities.find((c) => c.id === community);
  return (
    <div className="actions">
      <button type="button" className="primary" onClick={() => dispatch({ type: "traceFrom", node })}>
        Trace from here
      </button>
      {info && (
        <button type="button" onClick={() => dispatch({ type: "focusCommunity", community })} title={`Show only the cluster “${info.label}”`}>
          <span className="swatch" style={{ background: appearance.colourOfCommunity(community) }} aria-hidden="true" />
          Cluster: {info.label.split(" · ")[0]}
        </button>
      )}
    </div>
  );
}
