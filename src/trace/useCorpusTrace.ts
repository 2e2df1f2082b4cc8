import { useEffect, useState } from "react";
import type { EntityType, SearchIndex } from "../../graph/schema";
import type { Overview } from "../data/overview";
import { loadCorpusLinks, type OverviewNavigation } from "../model";
import { positionsOf, traceCorpus, type CorpusTrace } from "./corpusTrace";

/** Where a node of the corpus is, from the search index: its label, kind and community. */
export type CorpusPlace = (key: string) => { label: string; kind: "paper" | EntityType; community: number } | undefined;

export type CorpusTraceState =
  | { status: "tracing" }
  | { status: "failed"; message: string }
  | { status: "done"; path: CorpusTrace | null; place: CorpusPlace };

export function placeIn(search: SearchIndex): CorpusPlace {
  const indexOf = positionsOf(search);
  return (key) => {
    const i = indexOf.get(key);
    return i === undefined ? undefined : { label: search.label[i]!, kind: search.kind[i]!, community: search.community[i]! };
  };
}

/** Where nodes of an overview's corpus are, once its search index has arrived; null until then, or when not `wanted`. */
export function useCorpusPlace(overview: Overview | null, wanted: boolean): CorpusPlace | null {
  const [loaded, setLoaded] = useState<{ overview: Overview; place: CorpusPlace } | null>(null);
  useEffect(() => {
    if (!overview || !wanted) return;
    let current = true;
    // A failed fetch leaves keys unnamed here; the trace that needs the index reports it.
    overview.searchData().then(
      (search) => current && setLoaded({ overview, place: placeIn(search) }),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [overview, wanted]);
  return wanted && loaded?.overview === overview ? loaded.place : null;
}

/**
 * In one community of an overview, a trace this graph cannot hold (an end outside it, or ends
 * it does not connect) is traced through the whole corpus's links, fetched on the first such
 * trace. `ends` is null when there is no such trace.
 */
export function useCorpusTrace(navigation: OverviewNavigation | null, ends: { from: string; to: string } | null, picking: boolean): CorpusTraceState | null {
  // Fetched as soon as a trace waits for its end, which may lie in another community: at 100k
  // papers the corpus's links take seconds to arrive, about what it takes to search for the end.
  // A failed fetch is forgotten and tried again by the trace itself, which reports it.
  useEffect(() => {
    if (navigation && picking) loadCorpusLinks(navigation.overview).catch(() => undefined);
  }, [navigation, picking]);

  const from = ends?.from ?? null;
  const to = ends?.to ?? null;
  const request = navigation !== null && from !== null && to !== null ? `${from}\u0000${to}` : null;
  const [result, setResult] = useState<{ request: string; state: CorpusTraceState } | null>(null);

  useEffect(() => {
    if (request === null || navigation === null || from === null || to === null) return;
    let current = true;
    loadCorpusLinks(navigation.overview).then(
      (links) => current && setResult({ request, state: { status: "done", path: traceCorpus(links, from, to), place: placeIn(links.search) } }),
      (error: unknown) => current && setResult({ request, state: { status: "failed", message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [request, navigation, from, to]);

  if (request === null) return null;
  return result?.request === request ? result.state : { status: "tracing" };
}
