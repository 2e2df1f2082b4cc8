import type { AtlasGraph } from "../link/assemble.ts";

/** Nodes and edges are grouped into chunks of about this many characters. */
const CHUNK = 1 << 20;

/**
 * graph.json as a stream of chunks: what `JSON.stringify(graph.export())` gives (graphology's
 * serialisation), without holding it as one string, which a 100k-paper corpus would not fit in.
 */
export function* graphJsonChunks(graph: AtlasGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let chunk = "";
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    chunk += (first ? "" : ",") + JSON.stringify(Object.keys(attributes).length > 0 ? { key: node, attributes } : { key: node });
    first = false;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = "";
    }
  }
  chunk += '],"edges":[';
  first = true;
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (Object.keys(attributes).length > 0) serialized.attributes = attributes;
    if (graph.type === "mixed" && undirected) serialized.undirected = true;
    chunk += (first ? "" : ",") + JSON.stringify(serialized);
    first = false;
    if (chunk.length >= CHUNK) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}]}`;
}
