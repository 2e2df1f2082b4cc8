import { useEffect, useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { CATEGORY_COLOURS, CATEGORY_LABELS } from "../map/appearance";
import { firstFrame } from "../perf";
import type { SearchHit, SearchIndex } from "../search/index";

const SINGULAR: Record<string, string> = { Papers: "Paper", Hardware: "Hardware" };
const singular = (plural: string) => SINGULAR[plural] ?? plural.replace(/s$/, "");

type IndexState = { status: "loading" } | { status: "ready"; index: SearchIndex } | { status: "failed"; message: string };

/** Runs `task` when the browser is idle; returns a canceller. */
function whenIdle(task: () => void): () => void {
  // Safari has no requestIdleCallback.
  if (typeof window.requestIdleCallback !== "function") {
    const timer = setTimeout(task, 1000);
    return () => clearTimeout(timer);
  }
  const idle = window.requestIdleCallback(task, { timeout: 2000 });
  return () => window.cancelIdleCallback(idle);
}

/**
 * Warms the index while the browser is idle once the map is drawn, so it never
 * delays the first paint and the first keystroke rarely waits; focusing the box asks at once.
 */
function useSearchIndex(load: () => Promise<SearchIndex>) {
  const [state, setState] = useState<IndexState>({ status: "loading" });
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    let current = true;
    const start = () =>
      void load().then(
        (index) => current && setState({ status: "ready", index }),
        (error: unknown) => current && setState({ status: "failed", message: error instanceof Error ? error.message : String(error) }),
      );
    let cancel = () => {};
    if (wanted) start();
    else void firstFrame.then(() => current && (cancel = whenIdle(start)));
    return () => {
      current = false;
      cancel();
    };
  }, [load, wanted]);
  return { state, want: () => setWanted(true) };
}

interface SearchBoxProps {
  inputRef: Ref<HTMLInputElement>;
  loadIndex: () => Promise<SearchIndex>;
  onChoose: (hit: SearchHit) => void;
  placeholder: string;
  /** The box's accessible name, when a page has more than one. */
  label?: string;
}

/**
 * One box over paper titles, entity names and aliases, following the ARIA
 * combobox pattern on a search input: arrows move through the suggestions,
 * Enter picks the highlighted one (the top one by default), Esc clears.
 */
export function SearchBox({ inputRef, loadIndex, onChoose, placeholder, label = "Search" }: SearchBoxProps) {
  const { state, want } = useSearchIndex(loadIndex);
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits = useMemo(() => (state.status === "ready" ? state.index.search(query) : []), [state, query]);
  const expanded = open && query.trim() !== "";

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onChoose(hit);
    setQuery("");
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        setOpen(true);
        setActive((i) => (hits.length ? (i + 1) % hits.length : 0));
        break;
      case "ArrowUp":
        event.preventDefault();
        setActive((i) => (hits.length ? (i - 1 + hits.length) % hits.length : 0));
        break;
      case "Enter":
        event.preventDefault();
        choose(active);
        break;
      case "Escape":
        // An empty box lets Esc through to clear the selection.
        if (query !== "") {
          event.stopPropagation();
          setQuery("");
        }
        event.currentTarget.blur();
        break;
    }
  };

  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="search">
      <input
        ref={inputRef}
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={query}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? optionId(active) : undefined}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => {
          want();
          setOpen(true);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${label} results`} className="search-results" hidden={!expanded}>
        {expanded && state.status === "loading" && <li className="search-empty">Indexing…</li>}
        {expanded && state.status === "failed" && <li className="search-empty">Search is unavailable: {state.message}</li>}
        {expanded && state.status === "ready" && hits.length === 0 && <li className="search-empty">No paper or entity matches “{query}”</li>}
        {expanded &&
          hits.map((hit, index) => (
            <li
              key={hit.key}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="search-option"
              // Keep focus in the input so the blur does not close the list before the click lands.
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => choose(index)}
            >
              <span className="swatch" style={{ background: CATEGORY_COLOURS[hit.category] }} />
              <span className="search-label">
                {hit.label}
                {hit.alias && <span className="search-alias"> — also “{hit.alias}”</span>}
              </span>
              <span className="search-kind">{singular(CATEGORY_LABELS[hit.category])}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
