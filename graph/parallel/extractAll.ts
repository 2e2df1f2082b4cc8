import { setImmediate as yieldToEvents } from "node:timers/promises";
import { extractPaper, type PaperExtraction } from "../extract/index.ts";
import { startWorker } from "../paths.ts";
import type { ExtractRequest, ExtractResponse } from "./extractWorker.ts";

export interface ExtractAllOptions {
  /** Threads that extract, the main thread included; 1 extracts on the main thread alone. */
  workers: number;
  onProgress?: (done: number) => void;
  /** Below this many papers per extra thread, starting a worker (which loads the NLP model) costs more than it saves. */
  minPapersPerWorker?: number;
}

/**
 * Each worker loads the NLP model and tags its vocabulary again, and two busy threads share
 * this 2-vCPU VM's memory badly: measured, the main thread plus one worker lose to the main
 * thread alone at 1,000 papers (6.4 s against 4.9 s of extraction) and are still behind at
 * 3,709 (14.2 s against 13.5 s).
 */
const MIN_PAPERS_PER_WORKER = 4000;
/** Papers per chunk: small enough that a worker starting late still gets its share, large enough to amortise messaging. */
const MIN_CHUNK = 10;
const MAX_CHUNK = 200;
const CHUNKS_PER_THREAD = 16;

/**
 * Extracts every paper, on the main thread and, when it pays, in worker threads. Each thread
 * takes the next chunk when it is free, and results are put back by chunk index, so the output
 * is identical whatever the thread count or scheduling.
 */
export async function extractAll(papers: { title: string; abstract: string }[], options: ExtractAllOptions): Promise<PaperExtraction[]> {
  const threads = Math.max(1, Math.min(options.workers, 1 + Math.floor(papers.length / (options.minPapersPerWorker ?? MIN_PAPERS_PER_WORKER))));
  const size = Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, Math.ceil(papers.length / (threads * CHUNKS_PER_THREAD))));
  const chunks: ExtractRequest[] = [];
  for (let start = 0; start < papers.length; start += size) {
    chunks.push({ chunk: chunks.length, papers: papers.slice(start, start + size).map(({ title, abstract }) => ({ title, abstract })) });
  }
  const results: PaperExtraction[][] = new Array(chunks.length);
  let next = 0;
  let done = 0;
  const finish = (chunk: number, extracted: PaperExtraction[]) => {
    results[chunk] = extracted;
    done += extracted.length;
    options.onProgress?.(done);
  };

  const pool = Array.from({ length: threads - 1 }, () => startWorker("extract"));
  // Settles once every chunk handed to a worker has come back, or on the first failure.
  let inFlight = 0;
  let failed = false;
  let settle!: (error?: Error) => void;
  const workersIdle = new Promise<void>((resolve, reject) => {
    settle = (error) => (error ? reject(error) : resolve());
  });
  // A failure while the main thread is busy must not go unhandled; it is rethrown below.
  workersIdle.catch(() => undefined);
  const fail = (error: Error) => {
    failed = true;
    settle(error);
  };
  for (const worker of pool) {
    const send = () => {
      if (failed || next >= chunks.length) {
        if (inFlight === 0) settle();
        return;
      }
      inFlight++;
      worker.postMessage(chunks[next++]);
    };
    worker.on("message", (response: ExtractResponse) => {
      if ("ready" in response) return send();
      if ("error" in response) return fail(new Error(`extraction failed in chunk ${response.chunk}: ${response.error}`));
      inFlight--;
      finish(response.chunk, response.results);
      send();
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`extraction worker exited with code ${code}`));
    });
  }
  try {
    while (next < chunks.length && !failed) {
      const { chunk, papers: batch } = chunks[next++]!;
      finish(chunk, batch.map((paper) => extractPaper(paper)));
      // Lets finished workers report and take the next chunk.
      if (pool.length > 0) await yieldToEvents();
    }
    // A worker still loading has taken nothing and is not waited for.
    if (inFlight > 0 || failed) await workersIdle;
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}
