import type { PaperDetails } from "../../graph/schema";
import { createAtlas, type Atlas, type DetailsSource } from "./atlas";
import { createOverview, type Overview } from "./overview";
import { InvalidAtlasError, SchemaVersionError, validateCompact, validateDetailsChunk, validateOverview, validatePathIndex, validateSearchIndex } from "./validate";

export type { Atlas } from "./atlas";

/** Relative, so the static site works under any base path. */
export const DEFAULT_DATA_URL = "./data/atlas.json";
export const BUILD_COMMAND = "npm run atlas -- build";

export type AtlasProblem = "missing" | "invalid" | "version";

/** Why the explorer cannot show a graph, worded for the person who has to fix it. */
export class AtlasLoadError extends Error {
  readonly problem: AtlasProblem;
  readonly hint: string;
  constructor(problem: AtlasProblem, message: string, hint: string) {
    super(message);
    this.name = "AtlasLoadError";
    this.problem = problem;
    this.hint = hint;
  }
}

export type Fetch = (url: string) => Promise<Response>;

/** What atlas.json holds: the whole graph, or past what a browser can draw, an overview of its communities. */
export type Loaded = { kind: "full"; atlas: Atlas } | { kind: "overview"; overview: Overview };

const BUILD_HINT = `Build it with \`${BUILD_COMMAND}\` (or \`npm start\`, which builds it when missing), then reload.`;
const REBUILD_HINT = `Rebuild it with \`${BUILD_COMMAND}\`, then reload.`;
const VERSION_HINT = `Rebuild it with the builder of this checkout: \`${BUILD_COMMAND}\`, then reload.`;

/** Fetches and validates atlas.json: the one entry point from the explorer into its data. */
export async function loadData(url: string = DEFAULT_DATA_URL, fetchImpl: Fetch = (u) => fetch(u)): Promise<Loaded> {
  const base = url.slice(0, url.lastIndexOf("/") + 1);
  const json = await fetchJson(url, fetchImpl);
  const isOverview = typeof json === "object" && json !== null && (json as { view?: unknown }).view === "overview";
  if (!isOverview) {
    // graphology refuses what validation let through (e.g. two links of one kind between the same nodes).
    return { kind: "full", atlas: validated(url, () => {
      const data = validateCompact(json);
      return createAtlas(data, detailsSource(base, data.detailsChunk, fetchImpl));
    }) };
  }
  const data = validated(url, () => validateOverview(json));
  const details = detailsSource(base, data.detailsChunk, fetchImpl);
  const overview = createOverview(data, {
    open: async (file) => {
      const path = base + file;
      const community = await fetchJson(path, fetchImpl);
      return validated(path, () => createAtlas(validateCompact(community), details));
    },
    search: async (file) => {
      const path = base + file;
      const searchJson = await fetchJson(path, fetchImpl);
      return validated(path, () => validateSearchIndex(searchJson));
    },
    paths: async (file, nodes) => {
      const path = base + file;
      // Fetched alongside the search index rather than after it: at 100k papers each is 16-19 MB.
      const [pathsJson, count] = await Promise.all([fetchJson(path, fetchImpl), nodes]);
      return validated(path, () => validatePathIndex(pathsJson, count));
    },
  });
  return { kind: "overview", overview };
}

/** Fetches the details chunks the builder writes next to atlas.json, each once. */
function detailsSource(base: string, chunkSize: number, fetchImpl: Fetch): DetailsSource {
  const chunks = new Map<number, Promise<PaperDetails[]>>();
  return async (index) => {
    const n = Math.floor(index / chunkSize);
    let chunk = chunks.get(n);
    if (!chunk) {
      const path = `${base}details/${n}.json`;
      chunk = fetchJson(path, fetchImpl).then((json) => validated(path, () => validateDetailsChunk(json)));
      chunk.catch(() => chunks.delete(n));
      chunks.set(n, chunk);
    }
    const entry = (await chunk)[index % chunkSize];
    if (!entry) throw new AtlasLoadError("invalid", `details/${n}.json has no entry for paper ${index}.`, REBUILD_HINT);
    return entry;
  };
}

export async function fetchJson(url: string, fetchImpl: Fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new AtlasLoadError("missing", `Could not fetch the graph data at ${url}: ${messageOf(error)}.`, BUILD_HINT);
  }
  if (!response.ok) throw new AtlasLoadError("missing", `No graph data at ${url} (HTTP ${response.status}).`, BUILD_HINT);
  const text = await response.text();
  // A dev server answers an unknown path with the app's index.html instead of a 404.
  if (/^\s*</.test(text)) throw new AtlasLoadError("missing", `No graph data at ${url} (the server answered with an HTML page).`, BUILD_HINT);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AtlasLoadError("invalid", `The graph data at ${url} is not valid JSON (${messageOf(error)}); the file may be truncated.`, REBUILD_HINT);
  }
}

/** Runs a validation and turns its failure into a message that names the file and the fix. */
function validated<T>(url: string, validate: () => T): T {
  try {
    return validate();
  } catch (error) {
    if (error instanceof SchemaVersionError) throw new AtlasLoadError("version", `The graph data at ${url} was ${error.message}.`, VERSION_HINT);
    if (error instanceof InvalidAtlasError) throw new AtlasLoadError("invalid", `The graph data at ${url} is invalid: ${error.message}.`, REBUILD_HINT);
    throw new AtlasLoadError("invalid", `The graph data at ${url} could not be read: ${messageOf(error)}.`, REBUILD_HINT);
  }
}

/** Whatever went wrong, as a message with a way out. */
export function asLoadError(error: unknown): AtlasLoadError {
  return error instanceof AtlasLoadError ? error : new AtlasLoadError("invalid", messageOf(error), REBUILD_HINT);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
