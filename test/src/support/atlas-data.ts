import { execFile } from "node:child_process";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";
import type { SerializedAtlas } from "../../../graph/schema";
import type { Atlas } from "../../../src/data/atlas";
import { loadData, type Fetch } from "../../../src/data/load";
import type { Overview } from "../../../src/data/overview";

const run = promisify(execFile);
const POLL_MS = 100;

/**
 * Builds of the bundled corpus: "full" as `atlas build` makes it, and
 * "overview" with the overview threshold lowered below its size, so the same
 * real data also exercises the aggregated view of graphs too large to draw.
 */
const BUILDS = {
  full: [],
  overview: ["--overview-above", "500"],
} satisfies Record<string, string[]>;

export type BuildName = keyof typeof BUILDS;

/**
 * Builds the bundled corpus once per test run, whichever test file asks
 * first; the others wait for it. Returns the directory holding atlas.json.
 */
export async function builtDataDir(name: BuildName = "full"): Promise<string> {
  const runDir = inject("atlasRunDir");
  const dataDir = join(runDir, `data-${name}`);
  const done = join(runDir, `${name}.built`);
  const failed = join(runDir, `${name}.failed`);
  try {
    await mkdir(join(runDir, `${name}.lock`));
  } catch {
    return waitFor(done, failed, dataDir);
  }
  try {
    await run(process.execPath, ["bin/atlas.mjs", "build", "--out", dataDir, ...BUILDS[name]], { maxBuffer: 16 * 1024 * 1024 });
    await writeFile(done, "");
  } catch (error) {
    const message = `atlas build failed: ${(error as { stderr?: string }).stderr || String(error)}`;
    await writeFile(failed, message);
    throw new Error(message, { cause: error });
  }
  return dataDir;
}

async function waitFor(done: string, failed: string, dataDir: string): Promise<string> {
  for (;;) {
    if (await exists(done)) return dataDir;
    if (await exists(failed)) throw new Error(await readFile(failed, "utf8"));
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

const exists = (path: string) => stat(path).then(
  () => true,
  () => false,
);

/** `fetch` over the file system, answering 404 for a missing file as a static host would. */
export const fileFetch: Fetch = (path) =>
  readFile(path).then(
    (body) => new Response(body),
    () => new Response("", { status: 404 }),
  );

/** The real graph of the bundled corpus, loaded through the explorer's own data layer. */
export async function realAtlas(): Promise<Atlas> {
  const loaded = await loadData(join(await builtDataDir("full"), "atlas.json"), fileFetch);
  if (loaded.kind !== "full") throw new Error("the bundled corpus should build a full graph");
  return loaded.atlas;
}

/** The bundled corpus built as an overview of its communities. */
export async function realOverview(): Promise<Overview> {
  const loaded = await loadData(join(await builtDataDir("overview"), "atlas.json"), fileFetch);
  if (loaded.kind !== "overview") throw new Error("the overview build should write an overview");
  return loaded.overview;
}

/** graph.json of a build: the builder's own account of the graph, to check the explorer's reading against. */
export async function realGraphJson(name: BuildName = "full"): Promise<SerializedAtlas> {
  return JSON.parse(await readFile(join(await builtDataDir(name), "graph.json"), "utf8"));
}
