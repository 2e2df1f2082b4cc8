import { describe, expect, it } from "vitest";
import { readCorpus } from "../../graph/ingest/index.ts";
import { extractAll } from "../../graph/parallel/extractAll.ts";
import { BUNDLED_CORPUS } from "../../graph/paths.ts";

describe("parallel: extraction in worker threads", () => {
  it("parallel: a worker beside the main thread gives exactly what one thread gives, in input order", async () => {
    const { papers } = await readCorpus([BUNDLED_CORPUS]);
    const progress: number[] = [];
    const inline = await extractAll(papers, { workers: 1 });
    const pooled = await extractAll(papers, { workers: 2, minPapersPerWorker: 50, onProgress: (done) => progress.push(done) });
    expect(pooled).toEqual(inline);
    expect(progress.at(-1), "parallel: progress reaches every paper").toBe(papers.length);
  });
});
