import { open, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { SCHEMA_VERSION, type BuildSettings, type Selection } from "./schema.ts";
import { expandInputs } from "./ingest/files.ts";

/** When stale: why, and what to build again: the recorded inputs, with the selection and settings they were built with. */
export type Freshness = { fresh: true } | { fresh: false; reason: string; inputs: string[]; selection?: Selection; settings?: BuildSettings };

async function mtime(path: string): Promise<number | undefined> {
  return (await stat(path).catch(() => undefined))?.mtimeMs;
}

/** Where graph.json's attributes end: the builder writes them before every node (see write/graphJson.ts). */
const NODES_START = ',"nodes":[';
const HEAD_BLOCK = 1 << 16;
/** A head this long is no head of graph.json: the attributes of 150k papers fit in well under 1 MB. */
const MAX_HEAD = 64 << 20;

interface GraphHead {
  attributes?: { schemaVersion?: unknown; build?: BuildSettings; input?: { files?: { file: string }[]; selection?: Selection } };
}

/**
 * graph.json's options and attributes, read without the nodes and edges that follow them: of a
 * 150k-paper corpus the file is 650 MB, past the longest string JavaScript can hold.
 */
async function readHead(path: string): Promise<GraphHead> {
  const handle = await open(path, "r");
  try {
    const decoder = new TextDecoder();
    const block = Buffer.alloc(HEAD_BLOCK);
    let text = "";
    for (let position = 0; position < MAX_HEAD; ) {
      const { bytesRead } = await handle.read(block, 0, HEAD_BLOCK, position);
      if (bytesRead === 0) break;
      position += bytesRead;
      text += decoder.decode(block.subarray(0, bytesRead), { stream: true });
      const end = text.indexOf(NODES_START);
      if (end >= 0) return JSON.parse(text.slice(0, end) + "}") as GraphHead;
    }
    return JSON.parse(text) as GraphHead;
  } finally {
    await handle.close();
  }
}

/**
 * Whether the graph in `outDir` can be served as it is: it must exist, be of
 * this schema version, and be newer than every input file it was built from
 * (as recorded in its own input summary) and than the builder's sources.
 */
export async function checkFreshness(outDir: string, defaultInputs: string[], builderSources: string): Promise<Freshness> {
  const graphPath = join(outDir, "graph.json");
  const built = await mtime(graphPath);
  if (built === undefined) return { fresh: false, reason: `${graphPath} does not exist`, inputs: defaultInputs };
  let head: GraphHead;
  try {
    head = await readHead(graphPath);
  } catch (error) {
    const reason = error instanceof SyntaxError ? "is not valid JSON" : `cannot be read (${error instanceof Error ? error.message : String(error)})`;
    return { fresh: false, reason: `${graphPath} ${reason}`, inputs: defaultInputs };
  }
  const input = head.attributes?.input;
  const files = (input?.files ?? []).map((f) => f.file);
  const existing = (await Promise.all(files.map(async (f) => ((await mtime(f)) === undefined ? undefined : f)))).filter((f): f is string => f !== undefined);
  // The selection and settings belong to the recorded inputs: the default corpus is built as by default.
  const settings = head.attributes?.build;
  const rebuild = existing.length ? { inputs: existing, ...(input?.selection && { selection: input.selection }), ...(settings && { settings }) } : { inputs: defaultInputs };
  const version = head.attributes?.schemaVersion;
  if (version !== SCHEMA_VERSION) return { fresh: false, reason: `${graphPath} has schema version ${String(version)}, this build writes ${SCHEMA_VERSION}`, ...rebuild };
  const sources = (await readdir(builderSources, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !e.parentPath.includes("corpus"))
    .map((e) => join(e.parentPath, e.name));
  for (const file of [...(await expandInputs(rebuild.inputs)), ...sources]) {
    if (((await mtime(file)) ?? 0) > built) return { fresh: false, reason: `${file} is newer than ${graphPath}`, ...rebuild };
  }
  return { fresh: true };
}
