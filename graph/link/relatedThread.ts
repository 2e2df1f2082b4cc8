import { startWorker } from "../paths.ts";
import type { CorpusIndex } from "./corpusIndex.ts";
import { packMentions, relatedPapers, unpackLinks, type RelatedLink, type RelatedOptions } from "./related.ts";
import type { RelatedRequest, RelatedResponse } from "./relatedWorker.ts";

/**
 * From this many papers related papers are found in a worker thread while the main thread
 * builds the rest of the graph; below it, starting the thread costs more than the stage.
 */
export const RELATED_THREAD_FROM = 4000;

/** Its garbage is short-lived: a small young generation keeps the thread's memory near its live arrays. */
const RELATED_LIMITS = { maxYoungGenerationSizeMb: 16 };

/**
 * relatedPapers, in a worker thread from RELATED_THREAD_FROM papers on: the same links, while the
 * main thread goes on (the caller awaits them once it needs them).
 */
export function relatedLinks(index: CorpusIndex, options: RelatedOptions, threadFrom = RELATED_THREAD_FROM): Promise<RelatedLink[]> {
  const mentions = packMentions(index);
  if (index.mentions.length < threadFrom) return Promise.resolve(relatedPapers(mentions, options));
  const worker = startWorker("related", RELATED_LIMITS);
  const links = new Promise<RelatedLink[]>((resolve, reject) => {
    worker.on("message", (response: RelatedResponse) => ("error" in response ? reject(new Error(`related papers: ${response.error}`)) : resolve(unpackLinks(response.links))));
    worker.on("error", (error) => reject(new Error(`related papers: ${error.message}`)));
    worker.on("exit", (code) => reject(new Error(`related papers: the thread exited with code ${code}`)));
  });
  worker.postMessage({ mentions, options } satisfies RelatedRequest, [mentions.start.buffer, mentions.entity.buffer, mentions.weight.buffer]);
  // Settled once, so the exit after a result is no failure.
  return links.finally(() => worker.terminate());
}
