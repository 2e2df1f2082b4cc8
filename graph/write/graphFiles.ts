import type { AtlasGraph } from "../link/assemble.ts";
import { startWorker } from "../paths.ts";
import { gexfModel } from "./gexf.ts";
import { graphJsonChunks } from "./graphJson.ts";
import type { GraphFilesRequest, GraphFilesResponse } from "./graphFilesWorker.ts";

/**
 * Characters of graph.json sent and not yet written. The main thread writes the explorer's
 * files while it waits, so a short queue costs no time, and a 100k-paper graph.json (430 MB) is
 * never held twice.
 */
const IN_FLIGHT = 8 * 2 ** 20;

/**
 * The thread holds a few batches at a time, but left to itself V8 lets its garbage grow by a
 * hundred megabytes and more before collecting it: capped, a 10k-paper rebuild from the cache
 * peaked at 937 and 976 MB instead of 1,066 to 1,088 MB, in the same time.
 */
const GRAPH_FILES_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 512 };

/**
 * Writes graph.json and graph.gexf, as writeFileAtomic would. The main thread serialises
 * graph.json; a worker thread writes it and makes GEXF of the same batches, so encoding and
 * GEXF (more than half of the writing) run on the second core while the main thread writes the
 * explorer's files. Resolves once both files are in place.
 */
export async function writeGraphFiles(graph: AtlasGraph, jsonPath: string, gexfPath: string): Promise<{ json: number; gexf: number }> {
  const worker = startWorker("graph-files", GRAPH_FILES_LIMITS);
  const send = (request: GraphFilesRequest) => worker.postMessage(request);
  let inFlight = 0;
  let drained: (() => void) | undefined;
  let finished = false;
  const written = new Promise<{ json: number; gexf: number }>((resolve, reject) => {
    const fail = (reason: string) => reject(new Error(`could not write ${jsonPath} and ${gexfPath}: ${reason}`));
    worker.on("message", (response: GraphFilesResponse) => {
      if ("taken" in response) {
        inFlight -= response.taken;
        drained?.();
      } else if ("done" in response) {
        finished = true;
        resolve(response.done);
      } else {
        fail(response.error);
      }
    });
    worker.on("error", (error) => fail(error.message));
    worker.on("exit", (code) => {
      if (!finished) fail(`the writing thread exited with code ${code}`);
    });
  });
  // A failure while the main thread is still serialising is rethrown below, not left unhandled.
  written.catch(() => undefined);
  try {
    send({ begin: { jsonPath, gexfPath, model: gexfModel(graph) } });
    for (const chunk of graphJsonChunks(graph)) {
      send({ chunk });
      inFlight += chunk.text.length;
      while (inFlight > IN_FLIGHT) await Promise.race([new Promise<void>((resolve) => (drained = resolve)), written]);
    }
    send({ end: true });
    return await written;
  } finally {
    await worker.terminate();
  }
}
