import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** Scratch directory shared by the test files of one run; the graph is built into it on first use. */
    atlasRunDir: string;
  }
}

/** Cheap on purpose: test files that never need the graph do not pay for building it. */
export default async function setup(project: TestProject) {
  const dir = await mkdtemp(join(tmpdir(), "paper-atlas-test-"));
  project.provide("atlasRunDir", dir);
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
