import { readFile, readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { SCHEMA_VERSION } from "./schema.ts";
import { expandInputs } from "./ingest/files.ts";

export type Freshness = { fresh: true } | { fresh: false; reason: string; inputs: string[] };

async function mtime(path: string): Promise<number | undefined> {
  return (await stat(path).catch(() => undefined))?.mtimeMs;
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
  let recorded: string[] = defaultInputs;
  try {
    const head = JSON.parse(await readFile(graphPath, "utf8")) as { attributes?: { schemaVersion?: unknown; input?: { files?: { file: string }[] } } };
    const version = head.attributes?.schemaVersion;
    const files = (head.attributes?.input?.files ?? []).map((f) => f.file);
    const existing = (await Promise.all(files.map(async (f) => ((await mtime(f)) === undefined ? undefined : f)))).filter((f): f is string => f !== undefined);
    if (existing.length) recorded = existing;
    if (version !== SCHEMA_VERSION) return { fresh: false, reason: `${graphPath} has schema version ${String(version)}, this build writes ${SCHEMA_VERSION}`, inputs: recorded };
  } catch {
    return { fresh: false, reason: `${graphPath} is not valid JSON`, inputs: defaultInputs };
  }
  const sources = (await readdir(builderSources, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && !e.parentPath.includes("corpus"))
    .map((e) => join(e.parentPath, e.name));
  for (const file of [...(await expandInputs(recorded)), ...sources]) {
    if ((await mtime(file) ?? 0) > built) return { fresh: false, reason: `${file} is newer than ${graphPath}`, inputs: recorded };
  }
  return { fresh: true };
}
