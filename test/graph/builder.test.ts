import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { compiledBuilder } from "../../bin/builder.mjs";
import { extractPaper } from "../../graph/extract/index.ts";
import { readCorpus } from "../../graph/ingest/index.ts";
import type { ExtractResponse } from "../../graph/parallel/extractWorker.ts";
import { BUNDLED_CORPUS, WORKER_SOURCES } from "../../graph/paths.ts";

describe("builder: the compiled command line", () => {
  it("builder: is compiled once per version of the sources, into .cache", async () => {
    const cli = await compiledBuilder();
    expect(fileURLToPath(cli), "builder: compiled under .cache/paper-atlas/builder").toMatch(/\.cache\/paper-atlas\/builder\/[0-9a-f]{16}\/cli\.mjs$/);
    expect(await compiledBuilder(), "builder: the same sources, the same bundle").toBe(cli);
    for (const name of Object.keys(WORKER_SOURCES)) expect(existsSync(new URL(`./${name}.mjs`, cli)), `builder: with the ${name} worker's entry`).toBe(true);
  });

  it("builder: its extraction worker gives what the sources give", async () => {
    const papers = (await readCorpus([BUNDLED_CORPUS])).papers.slice(0, 8).map(({ title, abstract }) => ({ title, abstract }));
    const worker = new Worker(new URL("./extract.mjs", await compiledBuilder()));
    try {
      const results = await new Promise<unknown>((resolve, reject) => {
        worker.on("error", reject);
        worker.on("message", (response: ExtractResponse) => {
          if ("ready" in response) worker.postMessage({ chunk: 0, papers });
          else resolve("error" in response ? response.error : response.results);
        });
      });
      expect(results).toEqual(papers.map((paper) => extractPaper(paper)));
    } finally {
      await worker.terminate();
    }
  });
});
