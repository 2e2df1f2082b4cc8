import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Communities } from "../cluster/communities.ts";
import type { AtlasGraph } from "../link/assemble.ts";
import type { Positions } from "../layout/layout.ts";
import { writeFileAtomic } from "../write/atomic.ts";

/**
 * The map of an output directory's last build: where each node was drawn and in which
 * community. `atlas build --update` starts from it. graph.json holds the same, but parsing it
 * takes 1.4 s at 10k papers, longer than the update's clustering and layout together, and past
 * 100k papers it is longer than a JavaScript string can be.
 */
export interface MapState {
  format: typeof MAP_STATE_FORMAT;
  /** The layout and clusters of another seed are another map, not a start for this one. */
  seed: string;
  /** graph.json as this build wrote it: a build without the cache may have replaced it since. */
  graphJson: { bytes: number; mtimeMs: number };
  unclustered?: number;
  key: string[];
  x: number[];
  y: number[];
  community: number[];
}

const MAP_STATE_FORMAT = "paper-atlas-map-1";

/** One file per output directory, in the cache directory. */
export function mapStatePath(cacheDir: string, outDir: string): string {
  return join(cacheDir, `map-${createHash("sha1").update(resolve(outDir)).digest("hex").slice(0, 16)}.json`);
}

export async function mapStateOf(graph: AtlasGraph, seed: string, communities: Communities, graphJson: string): Promise<MapState> {
  const { size, mtimeMs } = await stat(graphJson);
  const state: MapState = { format: MAP_STATE_FORMAT, seed, graphJson: { bytes: size, mtimeMs }, key: [], x: [], y: [], community: [] };
  if (communities.unclustered !== undefined) state.unclustered = communities.unclustered;
  graph.forEachNode((key, a) => {
    state.key.push(key);
    state.x.push(a.x);
    state.y.push(a.y);
    state.community.push(a.community);
  });
  return state;
}

export async function writeMapState(path: string, state: MapState): Promise<void> {
  await writeFileAtomic(path, JSON.stringify(state));
}

export type PreviousMap = { communities: Communities; positions: Positions } | { missing: string };

/** The previous map of this seed, if it is still the one in `graphJson`, or why there is none to start from. */
export async function readMapState(path: string, seed: string, graphJson: string): Promise<PreviousMap> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return { missing: "no previous build of this output directory in the cache" };
  }
  let state: MapState;
  try {
    state = JSON.parse(text) as MapState;
  } catch {
    return { missing: `unreadable previous map (${path})` };
  }
  const n = state.key?.length;
  if (state.format !== MAP_STATE_FORMAT || ![state.x, state.y, state.community].every((list) => Array.isArray(list) && list.length === n)) {
    return { missing: `previous map of another format (${path})` };
  }
  if (state.seed !== seed) return { missing: `the previous build used another seed (${state.seed})` };
  const written = await stat(graphJson).catch(() => undefined);
  if (!written) return { missing: `no map in ${graphJson} to keep` };
  if (written.size !== state.graphJson?.bytes || written.mtimeMs !== state.graphJson.mtimeMs) {
    return { missing: `${graphJson} was written by a build without the cache since` };
  }
  const assignment = new Map<string, number>();
  const positions: Positions = new Map();
  state.key.forEach((key, i) => {
    assignment.set(key, state.community[i]!);
    positions.set(key, { x: state.x[i]!, y: state.y[i]! });
  });
  const communities: Communities = state.unclustered === undefined ? { assignment } : { assignment, unclustered: state.unclustered };
  return { communities, positions };
}
