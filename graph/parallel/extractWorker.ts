import { parentPort } from "node:worker_threads";
import { extractPaper, type PaperExtraction } from "../extract/index.ts";

export interface ExtractRequest {
  chunk: number;
  papers: { title: string; abstract: string }[];
}

/** `ready` once the worker has loaded the extractor and can take chunks. */
export type ExtractResponse = { ready: true } | { chunk: number; results: PaperExtraction[] } | { chunk: number; error: string };

parentPort!.on("message", (request: ExtractRequest) => {
  try {
    parentPort!.postMessage({ chunk: request.chunk, results: request.papers.map((p) => extractPaper(p)) } satisfies ExtractResponse);
  } catch (error) {
    parentPort!.postMessage({ chunk: request.chunk, error: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies ExtractResponse);
  }
});
parentPort!.postMessage({ ready: true } satisfies ExtractResponse);
