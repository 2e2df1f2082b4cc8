import { CATEGORY_COLOURS, CATEGORY_LABELS } from "../map/appearance";
import { Expandable, NodeLink, Section } from "./common";
import type { EntityDetails } from "./details";
import { formatDate, plural } from "./format";
import { NodeActions } from "./PaperPanel";

const SINGULAR_TYPE: Record<string, string> = { hardware: "Hardware" };

export function EntityPanel({ details }: { details: EntityDetails }) {
  const { attributes } = details;
  const typeName = SINGULAR_TYPE[attributes.type] ?? CATEGORY_LABELS[attributes.type].replace(/s$/, "");
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kicker">
        <span className="swatch" style={{ background: CATEGORY_COLOURS[attributes.type] }} aria-hidden="true" /> {typeName}
      </p>
      <h2 id="details-title">{attributes.label}</h2>
      {attributes.aliases.length > 0 && (
        <p className="aliases">
          Also written{" "}
          {attributes.aliases.map((alias, i) => (
            <span key={alias}>
              {i > 0 && ", "}
              <q>{alias}</q>
            </span>
          ))}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>Papers</dt>
          <dd>{attributes.paperCount.toLocaleString("en")}</dd>
        </div>
        <div>
          <dt>First seen</dt>
          <dd>{formatDate(attributes.firstDate)}</dd>
        </div>
        <div>
          <dt>Last seen</dt>
          <dd>{formatDate(attributes.lastDate)}</dd>
        </div>
      </dl>
      <NodeActions node={details.key} community={attributes.community} />
      <Section title="Papers that mention it" count={details.papers.length}>
        <Expandable
          items={details.papers}
          limit={12}
          label="papers"
          render={(paper) => (
            <li key={paper.key} className="dated">
              <NodeLink node={paper.key} />
              <span className="date">{formatDate(paper.date)}</span>
            </li>
          )}
        />
      </Section>
      {details.cooccurring.length > 0 && (
        <Section title="Often appears with">
          <ul className="chips">
            {details.cooccurring.map((entity) => (
              <li key={entity.key}>
                <NodeLink node={entity.key} className="chip">
                  {entity.label} <span className="chip-count">{plural(entity.together, "paper")}</span>
                </NodeLink>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}
