import { parentPort } from "node:worker_threads";
import type { SerializedEdge, SerializedNode } from "../schema.ts";
import { AtomicFile } from "./atomic.ts";
import { GexfText, type GexfModel } from "./gexf.ts";
import { chunkElements, type GraphJsonChunk } from "./graphJson.ts";

export type GraphFilesRequest =
  | { begin: { jsonPath: string; gexfPath: string; model: GexfModel } }
  | { chunk: GraphJsonChunk }
  | { end: true };

/** `taken`: a chunk of so many characters is written, so the main thread may send more. */
export type GraphFilesResponse = { taken: number } | { done: { json: number; gexf: number } } | { error: string };

const port = parentPort!;
let files: { json: AtomicFile; gexf: AtomicFile; text: GexfText } | undefined;
// Requests are handled one at a time, in order: each awaits its writes.
let queue = Promise.resolve();

async function handle(request: GraphFilesRequest): Promise<void> {
  if ("begin" in request) {
    const { jsonPath, gexfPath, model } = request.begin;
    const json = await AtomicFile.open(jsonPath);
    const gexf = await AtomicFile.open(gexfPath).catch(async (error: unknown) => {
      await json.abort();
      throw error;
    });
    files = { json, gexf, text: new GexfText(model) };
    await gexf.write(GexfText.head(model));
    return;
  }
  if (!files) throw new Error("graph files: no file begun");
  if ("chunk" in request) {
    const { chunk } = request;
    await files.json.write(chunk.text);
    if (chunk.elements === "nodes") await files.gexf.write(files.text.nodes(chunkElements<SerializedNode>(chunk)));
    if (chunk.elements === "edges") await files.gexf.write(files.text.edges(chunkElements<SerializedEdge>(chunk)));
    port.postMessage({ taken: chunk.text.length } satisfies GraphFilesResponse);
    return;
  }
  await files.gexf.write(files.text.end());
  const [json, gexf] = await Promise.all([files.json.commit(), files.gexf.commit()]);
  port.postMessage({ done: { json, gexf } } satisfies GraphFilesResponse);
}

port.on("message", (request: GraphFilesRequest) => {
  queue = queue.then(() => handle(request)).catch(async (error: unknown) => {
    await Promise.all([files?.json.abort(), files?.gexf.abort()]);
    files = undefined;
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies GraphFilesResponse);
  });
});
