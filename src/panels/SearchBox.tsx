import { useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { CATEGORY_COLOURS, CATEGORY_LABELS } from "../map/appearance";
import { useDispatch, useModel, useView } from "../model";

const SINGULAR: Record<string, string> = { Papers: "Paper", Hardware: "Hardware" };
const singular = (plural: string) => SINGULAR[plural] ?? plural.replace(/s$/, "");

/**
 * One box over paper titles, entity names and aliases, following the ARIA
 * combobox pattern on a search input: arrows move through the suggestions,
 * Enter picks the highlighted one (the top one by default), Esc clears.
 */
export function SearchBox({ inputRef }: { inputRef: Ref<HTMLInputElement> }) {
  const { search } = useModel();
  const { trace } = useView();
  const dispatch = useDispatch();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const listId = useId();
  const hits = useMemo(() => search.search(query), [search, query]);
  const expanded = open && query.trim() !== "";

  const choose = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    dispatch({ type: "select", node: hit.key, focus: true });
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
        aria-label="Search"
        placeholder={trace.picking ? "Search the end of the trace…" : "Search papers, models, methods…  ( / )"}
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
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Search results" className="search-results" hidden={!expanded}>
        {expanded && hits.length === 0 && <li className="search-empty">No paper or entity matches “{query}”</li>}
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
