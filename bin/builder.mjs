import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, rename, rm } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * The builder is TypeScript. Loading it through a TypeScript loader costs about 0.6 s at every
 * start and more in each worker thread, so it is bundled with esbuild once per version of its
 * sources, into .cache, and plain Node runs the bundle. Dependencies stay outside the bundle.
 */

const PROJECT = fileURLToPath(new URL("..", import.meta.url));
const SOURCES = join(PROJECT, "graph");
/** Read at run time, not bundled. */
const CORPUS = join(SOURCES, "corpus") + sep;
const OUT = join(PROJECT, ".cache", "paper-atlas", "builder");

/**
 * Left to Node: loaded only by some commands (the dev server, the browser benchmark, BibTeX
 * input) or this compiler itself. Everything else is bundled: compromise alone is a few hundred
 * modules, and one file loads about 0.2 s faster.
 */
const EXTERNAL = ["vite", "playwright-core", "esbuild", "tsx", "@retorquere/bibtex-parser"];

/** Changes with any source file or with this file's build options. */
async function sourcesKey() {
  const hash = createHash("sha256").update(await readFile(fileURLToPath(import.meta.url)));
  const files = (await readdir(SOURCES, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !file.startsWith(CORPUS))
    .sort();
  for (const file of files) hash.update(relative(SOURCES, file)).update("\0").update(await readFile(file)).update("\0");
  return hash.digest("hex").slice(0, 16);
}

async function compile(key) {
  const { build } = await import("esbuild");
  const dir = join(OUT, key);
  // Built aside and renamed, so that builds started at once never see half a bundle.
  const staging = `${dir}.tmp-${process.pid}`;
  await build({
    // The workers as graph/paths.ts's WORKER_SOURCES names them; the builder test checks each is here.
    entryPoints: {
      cli: join(SOURCES, "cli.ts"),
      extract: join(SOURCES, "parallel", "extractWorker.ts"),
      "graph-files": join(SOURCES, "write", "graphFilesWorker.ts"),
      related: join(SOURCES, "link", "relatedWorker.ts"),
    },
    outdir: staging,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    // Syntax as written: a "node" target makes esbuild turn \p{...} regex literals into `new RegExp` calls, rebuilt at every call.
    target: "es2022",
    external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    // Bundled CommonJS dependencies (commander, cli-progress) require Node's own modules.
    banner: { js: 'import { createRequire as __atlasRequire } from "node:module"; const require = __atlasRequire(import.meta.url);' },
    logLevel: "error",
  });
  await rename(staging, dir).catch(async (error) => {
    if (!existsSync(join(dir, "cli.mjs"))) throw error;
    await rm(staging, { recursive: true, force: true });
  });
  for (const name of await readdir(OUT)) {
    if (!name.startsWith(key)) await rm(join(OUT, name), { recursive: true, force: true });
  }
}

/** URL of the compiled command line, compiled first if the sources changed. */
export async function compiledBuilder() {
  const key = await sourcesKey();
  if (!existsSync(join(OUT, key, "cli.mjs"))) await compile(key);
  return pathToFileURL(join(OUT, key, "cli.mjs")).href;
}
