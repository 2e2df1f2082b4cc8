import { useMemo, useState } from "react";
import { CATEGORY_COLOURS, CATEGORY_LABELS } from "../map/appearance";
import { useModel } from "../model";
import { Expandable, NodeLink, Section } from "./common";
import { rankAliases, type EntityDetails } from "./details";
import { formatDate, plural } from "./format";
import { NodeActions } from "./PaperPanel";

const SINGULAR_TYPE: Record<string, string> = { hardware: "Hardware" };

export function EntityPanel({ details }: { details: EntityDetails }) {
  const { scope } = useModel().atlas;
  const { attributes } = details;
  const typeName = SINGULAR_TYPE[attributes.type] ?? CATEGORY_LABELS[attributes.type].replace(/s$/, "");
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kicker">
        <span className="swatch" style={{ background: CATEGORY_COLOURS[attributes.type] }} aria-hidden="true" /> {typeName}
      </p>
      <h2 id="details-title">{attributes.label}</h2>
      <Aliases label={attributes.label} aliases={attributes.aliases} />
      <dl className="facts">
        <div>
          <dt>{scope.view === "community" ? "Papers in this cluster" : "Papers"}</dt>
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

const ALIASES_SHOWN = 5;

/** A few telling aliases; some entities collect dozens of phrasings, which stay one click away. */
function Aliases({ label, aliases }: { label: string; aliases: string[] }) {
  const ranked = useMemo(() => rankAliases(label, aliases), [label, aliases]);
  const [all, setAll] = useState(false);
  if (ranked.length === 0) return null;
  const shown = all ? ranked : ranked.slice(0, ALIASES_SHOWN);
  return (
    <p className="aliases">
      Also written{" "}
      {shown.map((alias, i) => (
        <span key={alias}>
          {i > 0 && ", "}
          <q>{alias}</q>
        </span>
      ))}
      {ranked.length > ALIASES_SHOWN && (
        <>
          {" "}
          <button type="button" className="inline-more" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? "show fewer" : `and ${ranked.length - ALIASES_SHOWN} more`}
          </button>
        </>
      )}
    </p>
  );
}
