import { useEffect, useId, useState, type ReactNode } from "react";
import { categoryOf } from "../state/filters";
import { CATEGORY_COLOURS } from "../map/appearance";
import { useHover } from "../map/useHover";
import { useDispatch, useModel } from "../model";

/** A node name that selects the node and flies the camera to it. */
export function NodeLink({ node, children, className }: { node: string; children?: ReactNode; className?: string }) {
  const dispatch = useDispatch();
  const { atlas, labelOf } = useModel();
  const onHover = useHover();
  const category = atlas.graph.hasNode(node) ? categoryOf(atlas.graph.getNodeAttributes(node)) : "paper";
  return (
    <button
      type="button"
      className={`node-link ${className ?? ""}`}
      onClick={() => dispatch({ type: "select", node, focus: true })}
      onMouseEnter={() => onHover(node)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(node)}
      onBlur={() => onHover(null)}
    >
      <span className="swatch" style={{ background: CATEGORY_COLOURS[category] }} aria-hidden="true" />
      <span>{children ?? labelOf(node)}</span>
    </button>
  );
}

/** Long lists show their head and a button for the rest. */
export function Expandable<T>({ items, limit, render, label }: { items: T[]; limit: number; render: (item: T) => ReactNode; label: string }) {
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, limit);
  return (
    <>
      <ul className="link-list">{shown.map(render)}</ul>
      {items.length > limit && (
        <button type="button" className="more" onClick={() => setExpanded(!expanded)} aria-expanded={expanded}>
          {expanded ? "Show fewer" : `Show all ${items.length} ${label}`}
        </button>
      )}
    </>
  );
}

export function Section({ title, count, children }: { title: string; count?: number; children: ReactNode }) {
  const id = useId();
  return (
    <section className="detail-section" aria-labelledby={id}>
      <h3 id={id}>
        {title}
        {count !== undefined && <span className="count">{count}</span>}
      </h3>
      {children}
    </section>
  );
}

/** Copies `text()` to the clipboard and says, for two seconds, whether that worked. */
export function CopyButton({ text, label, copied, failed, className }: { text: () => string; label: string; copied: string; failed: string; className?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (status === "idle") return;
    const timer = window.setTimeout(() => setStatus("idle"), 2000);
    return () => window.clearTimeout(timer);
  }, [status]);
  const copy = () => {
    navigator.clipboard.writeText(text()).then(
      () => setStatus("copied"),
      () => setStatus("failed"),
    );
  };
  return (
    <button type="button" className={className} onClick={copy} aria-live="polite">
      {status === "copied" ? copied : status === "failed" ? failed : label}
    </button>
  );
}
