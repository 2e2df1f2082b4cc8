import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

/**
 * A fresh directory under the system's temp directory, removed when the enclosing suite ends.
 * A build of the bundled corpus writes about 5 MB and the ingest suite 20 MB: left behind, every
 * `npm test` would add them to the user's /tmp. Call it at suite level, where `afterAll` belongs.
 */
export function scratchDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
