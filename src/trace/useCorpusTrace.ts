import { useEffect, useState } from "react";
import type { EntityType } from "../../graph/schema";
import { loadCorpusLinks, type OverviewNavigation } from "../model";
import { traceCorpus, type CorpusLinks, type CorpusTrace } from "./corpusTrace";

/** Where a node of the corpus is, from the search index: its label, kind and community. */
export type CorpusPlace = (key: string) => { label: string; kind: "paper" | EntityType; community: number } | undefined;

export type CorpusTraceState =
  | { status: "tracing" }
  | { status: "failed"; message: string }
  | { status: "done"; path: CorpusTrace | null; place: CorpusPlace };

function placeIn(links: CorpusLinks): CorpusPlace {
  return (key) => {
    const i = links.indexOf.get(key);
    return i === undefined ? undefined : { label: links.search.label[i]!, kind: links.search.kind[i]!, community: links.search.community[i]! };
  };
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
      (links) => current && setResult({ request, state: { status: "done", path: traceCorpus(links, from, to), place: placeIn(links) } }),
      (error: unknown) => current && setResult({ request, state: { status: "failed", message: error instanceof Error ? error.message : String(error) } }),
    );
    return () => {
      current = false;
    };
  }, [request, navigation, from, to]);

  if (request === null) return null;
  return result?.request === request ? result.state : { status: "tracing" };
}
