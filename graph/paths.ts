import { fileURLToPath } from "node:url";
import { relative } from "node:path";

const here = (path: string) => relative(process.cwd(), fileURLToPath(new URL(path, import.meta.url))) || ".";

/** The seed corpus shipped with the project: what `atlas build` reads when given no files. */
export const BUNDLED_CORPUS = here("./corpus/");
/** Where the explorer looks for its data. */
export const DEFAULT_OUT_DIR = here("../public/data/");
/** The builder's own code and data: a graph older than these was built by an older builder. */
export const BUILDER_SOURCES = here("./");
export const PROJECT_ROOT = here("../");
export const EXTRACTOR_DIR = here("./extract/");
/** Extraction results by content hash, so rebuilding after small changes is cheap. */
export const DEFAULT_CACHE_DIR = here("../.cache/paper-atlas/");
