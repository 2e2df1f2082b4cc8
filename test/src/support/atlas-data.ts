import { execFile } from "node:child_process";
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { inject } from "vitest";
import { parseAtlas } from "../../../src/data/load";
import type { Atlas } from "../../../src/data/atlas";

const run = promisify(execFile);
const POLL_MS = 100;

/**
 * Builds the bundled corpus once per test run, whichever test file asks
 * first; the others wait for it. Returns the directory holding graph.json.
 */
export async function builtDataDir(): Promise<string> {
  const runDir = inject("atlasRunDir");
  const dataDir = join(runDir, "data");
  const done = join(runDir, "built");
  const failed = join(runDir, "failed");
  try {
    await mkdir(join(runDir, "lock"));
  } catch {
    return waitFor(done, failed, dataDir);
  }
  try {
    await run(process.execPath, ["bin/atlas.mjs", "build", "--out", dataDir], { maxBuffer: 16 * 1024 * 1024 });
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

/** The real graph of the bundled corpus, loaded through the explorer's own data layer. */
export async function realAtlas(): Promise<Atlas> {
  const dir = await builtDataDir();
  return parseAtlas(await readFile(join(dir, "graph.json"), "utf8"));
}
