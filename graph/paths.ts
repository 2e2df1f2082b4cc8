import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

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
 * The extraction worker's entry: compiled next to this module in the compiled builder (see
 * bin/builder.mjs); from the sources, a wrapper that registers tsx in the worker first.
 */
export const EXTRACT_WORKER = new URL(MODULE.endsWith(".ts") ? "./parallel/worker.mjs" : "./worker.mjs", import.meta.url);
/** The entry of the worker that writes graph.json and graph.gexf, found as EXTRACT_WORKER is. */
export const GRAPH_FILES_WORKER = new URL(MODULE.endsWith(".ts") ? "./write/worker.mjs" : "./graph-files.mjs", import.meta.url);
