import { useEffect, useMemo, useState } from "react";
import { CATEGORY_COLOURS, CATEGORY_LABELS } from "../map/appearance";
import { useDispatch, useModel } from "../model";
import { categoryOf } from "../state/filters";
import { papersBibtex, shownPaper } from "../map/exportPapers";
import { CopyButton, Expandable, NodeLink, Section } from "./common";
import type { PaperDetails as PaperInfo } from "../../graph/schema";
import type { SearchIndex } from "../search/index";
import type { LinkedPaper, PaperDetails } from "./details";
import { formatDate, plural, safeUrl } from "./format";
import { highlightEntities } from "./highlight";

type Loaded = { status: "loading" } | { status: "ready"; details: PaperInfo } | { status: "failed"; message: string };

/** Abstract, authors and links live in details chunks, fetched when a paper is opened. */
function usePaperInfo(key: string): Loaded {
  const { atlas } = useModel();
  const [loaded, setLoaded] = useState<{ key: string; state: Loaded } | null>(null);
  useEffect(() => {
    let current = true;
    atlas.detailsOf(key).then(
      (details) => current && setLoaded({ key, state: { status: "ready", details } }),
      (error: unknown) => current && setLoaded({ key, state: { status: "failed", message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [atlas, key]);
  return loaded !== null && loaded.key === key ? loaded.state : { status: "loading" };
}

export function PaperPanel({ details }: { details: PaperDetails }) {
  const { atlas } = useModel();
  const { attributes } = details;
  const info = usePaperInfo(details.key);
  const ready = info.status === "ready" ? info.details : null;
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kicker">
        <span className="swatch" style={{ background: CATEGORY_COLOURS.paper }} aria-hidden="true" /> Paper
      </p>
      <h2 id="details-title">{attributes.label}</h2>
      <p className="meta">
        <span>{formatDate(attributes.date)}</span>
        {attributes.authorsCount !== undefined && <span>{plural(attributes.authorsCount, "author")}</span>}
        {ready?.upvotes !== undefined && <span>{plural(ready.upvotes, "upvote")}</span>}
        {ready && paperLinks(ready).map(({ label, href }) => (
          <a key={label} href={href} target="_blank" rel="noreferrer noopener">
            {label} ↗
          </a>
        ))}
        {ready && (
          <CopyButton
            className="copy-bibtex"
            text={() => papersBibtex([shownPaper(atlas, details.key, ready)])}
            label="Copy BibTeX"
            copied="BibTeX copied ✓"
            failed="Copy failed"
          />
        )}
      </p>
      {ready?.authors && ready.authors.length > 0 && <p className="authors">{authorList(ready.authors)}</p>}
      <NodeActions node={details.key} community={attributes.community} />
      <Abstract details={details} info={info} />
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
      {ready && <ElsewhereEntities keys={ready.entities} />}
      <LinkedPapers title="Related papers" papers={details.related} why="shared" />
      <LinkedPapers title="Cites" papers={details.cites} why="via" />
      <LinkedPapers title="Cited by" papers={details.citedBy} why="via" />
    </article>
  );
}

const AUTHORS_SHOWN = 6;

function authorList(authors: string[]): string {
  if (authors.length <= AUTHORS_SHOWN) return authors.join(", ");
  return `${authors.slice(0, AUTHORS_SHOWN).join(", ")} and ${authors.length - AUTHORS_SHOWN} more`;
}

/** Where to read the paper: only web links, whatever the data file says. */
function paperLinks(info: PaperInfo): { label: string; href: string }[] {
  const links: { label: string; href: string }[] = [];
  const add = (label: string, url: string | undefined) => {
    const href = safeUrl(url);
    if (href && !links.some((link) => link.href === href)) links.push({ label, href });
  };
  if (info.arxivId) add("arXiv", `https://arxiv.org/abs/${encodeURIComponent(info.arxivId).replace(/%2F/g, "/")}`);
  if (info.doi) add("DOI", `https://doi.org/${info.doi}`);
  add("Open paper", info.url);
  return links;
}

/**
 * In one community of an overview, the entities a paper mentions that belong
 * to other communities: named from the global search index, each a way there.
 */
function ElsewhereEntities({ keys }: { keys: string[] }) {
  const { atlas, navigation, loadSearch } = useModel();
  const elsewhere = useMemo(() => keys.filter((key) => !atlas.graph.hasNode(key)), [atlas, keys]);
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    if (!navigation || elsewhere.length === 0) return;
    let current = true;
    loadSearch().then(
      (loaded) => current && setIndex(loaded),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [navigation, elsewhere, loadSearch]);
  if (!navigation || !index) return null;
  const documents = elsewhere.flatMap((key) => index.find(key) ?? []);
  if (documents.length === 0) return null;
  return (
    <Section title="Also mentions, in other clusters" count={documents.length}>
      <ul className="chips">
        {documents.map((document) => (
          <li key={document.key}>
            <button
              type="button"
              className="node-link chip"
              onClick={() => navigation.open(document.community, document.key)}
              title={`Open its cluster: ${navigation.overview.community(document.community)?.info.label ?? ""}`}
            >
              <span className="swatch" style={{ background: CATEGORY_COLOURS[document.category] }} aria-hidden="true" />
              <span>{document.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </Section>
  );
}

function Abstract({ details, info }: { details: PaperDetails; info: Loaded }) {
  const { atlas } = useModel();
  const dispatch = useDispatch();
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
  const text = info.status === "ready" ? info.details.abstract : "";
  const segments = useMemo(() => highlightEntities(text, terms), [text, terms]);

  if (info.status === "loading") return <p className="abstract loading-text">Loading abstract…</p>;
  if (info.status === "failed") return <p className="abstract muted">The abstract could not be loaded: {info.message}</p>;
  if (!text) return <p className="abstract muted">No abstract.</p>;
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
