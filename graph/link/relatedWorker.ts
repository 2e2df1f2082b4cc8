import { parentPort } from "node:worker_threads";
import { packLinks, relatedPapers, type PackedLinks, type PackedMentions, type RelatedOptions } from "./related.ts";

export interface RelatedRequest {
  mentions: PackedMentions;
  options: RelatedOptions;
}

export type RelatedResponse = { links: PackedLinks } | { error: string };

const port = parentPort!;
port.once("message", ({ mentions, options }: RelatedRequest) => {
  try {
    const links = packLinks(relatedPapers(mentions, options));
    port.postMessage({ links } satisfies RelatedResponse, [links.a.buffer, links.b.buffer, links.weight.buffer, links.sharedStart.buffer, links.shared.buffer]);
  } catch (error) {
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies RelatedResponse);
  }
});
