import { createAtlas, type Atlas } from "./atlas";
import { InvalidAtlasError, SchemaVersionError, validateAtlas } from "./validate";

export type { Atlas } from "./atlas";

/** Relative, so the static site works under any base path. */
export const DEFAULT_DATA_URL = "./data/graph.json";
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

type Fetch = (url: string) => Promise<Response>;

/** Fetches, validates and builds the graph: the one entry point from the explorer into its data. */
export async function loadAtlas(url: string = DEFAULT_DATA_URL, fetchImpl: Fetch = (u) => fetch(u)): Promise<Atlas> {
  const rebuild = `Build it with \`${BUILD_COMMAND}\` (or \`npm start\`, which builds it when missing), then reload.`;
  let response: Response;
  try {
    response = await fetchImpl(url);
  } catch (error) {
    throw new AtlasLoadError("missing", `Could not fetch the graph data at ${url}: ${messageOf(error)}.`, rebuild);
  }
  if (!response.ok) throw new AtlasLoadError("missing", `No graph data at ${url} (HTTP ${response.status}).`, rebuild);
  const text = await response.text();
  // A dev server answers an unknown path with the app's index.html instead of a 404.
  if (/^\s*</.test(text)) throw new AtlasLoadError("missing", `No graph data at ${url} (the server answered with an HTML page).`, rebuild);
  return parseAtlas(text, url);
}

/** Validates graph.json text and builds the graph; throws AtlasLoadError with a rebuild hint. */
export function parseAtlas(text: string, url: string = DEFAULT_DATA_URL): Atlas {
  const rebuild = `Rebuild it with \`${BUILD_COMMAND}\`, then reload.`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AtlasLoadError("invalid", `The graph data at ${url} is not valid JSON (${messageOf(error)}); the file may be truncated.`, rebuild);
  }
  try {
    return createAtlas(validateAtlas(json));
  } catch (error) {
    if (error instanceof SchemaVersionError)
      throw new AtlasLoadError(
        "version",
        `The graph data at ${url} was ${error.message}.`,
        `Rebuild it with the builder of this checkout: \`${BUILD_COMMAND}\`, then reload.`,
      );
    if (error instanceof InvalidAtlasError) throw new AtlasLoadError("invalid", `The graph data at ${url} is invalid: ${error.message}.`, rebuild);
    // graphology refuses what validation let through (e.g. parallel edges in a simple graph).
    throw new AtlasLoadError("invalid", `The graph data at ${url} could not be loaded: ${messageOf(error)}.`, rebuild);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
