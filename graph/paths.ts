import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";

const MODULE = fileURLToPath(import.meta.url);

/** The nearest directory above `file` with a package.json: the same from the sources and from the compiled builder in .cache. */
function projectDirAbove(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json above ${file}`);
  }
}

/** Absolute path of the project. */
export const PROJECT_DIR = projectDirAbove(MODULE);

const here = (path: string) => relative(process.cwd(), join(PROJECT_DIR, path)) || ".";

/** The seed corpus shipped with the project: what `atlas build` reads when given no files. */
export const BUNDLED_CORPUS = here("graph/corpus/");
/** Where the explorer looks for its data. */
export const DEFAULT_OUT_DIR = here("public/data/");
/** The builder's own code and data: a graph older than these was built by an older builder. */
export const BUILDER_SOURCES = here("graph/");
export const PROJECT_ROOT = here(".");
export const EXTRACTOR_DIR = here("graph/extract/");
/** Extraction results by content hash, so rebuilding after small changes is cheap. */
export const DEFAULT_CACHE_DIR = here(".cache/paper-atlas/");
/**
 * The builder's worker threads by the name of their compiled entry, with their sources. The
 * compiled builder (bin/builder.mjs) bundles each into `<name>.mjs` beside this module.
 */
export const WORKER_SOURCES = {
  extract: "parallel/extractWorker.ts",
  "graph-files": "write/graphFilesWorker.ts",
  related: "link/relatedWorker.ts",
} as const;

/** Starts a worker thread: its compiled entry, or from the sources a wrapper that registers tsx in the thread first. */
export function startWorker(name: keyof typeof WORKER_SOURCES, resourceLimits?: ResourceLimits): Worker {
  if (!MODULE.endsWith(".ts")) return new Worker(new URL(`./${name}.mjs`, import.meta.url), { resourceLimits });
  return new Worker(new URL("./parallel/tsWorker.mjs", import.meta.url), { resourceLimits, workerData: { source: new URL(`./${WORKER_SOURCES[name]}`, import.meta.url).href } });
}
